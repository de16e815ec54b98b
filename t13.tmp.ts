import { readFileSync } from 'node:fs'
import { loadPdfJs } from '@/import/pdfText/load'
const f = process.argv[2]!
const { pdfjs, options } = await loadPdfJs()
const doc = await pdfjs.getDocument({ ...options, data: new Uint8Array(readFileSync(f)) }).promise
const page = await doc.getPage(Number(process.argv[3] ?? 2))
const list = await page.getOperatorList()
const { OPS } = pdfjs
const names = Object.fromEntries(Object.entries(OPS).map(([k, v]) => [v, k]))
const counts: Record<string, number> = {}
let shown = 0
list.fnArray.forEach((fn, i) => {
  counts[names[fn]!] = (counts[names[fn]!] ?? 0) + 1
  if (fn === OPS.constructPath && shown < 6) { const a = list.argsArray[i] as any[]; console.log(names[a[0]], Array.from(a[1][0] ?? []).slice(0, 20), Array.from(a[2] ?? [])); shown++ }
})
console.log(counts)
