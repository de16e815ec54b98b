import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import fs from 'node:fs'
const data = new Uint8Array(fs.readFileSync(process.argv[2]))
const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise
const page = await doc.getPage(Number(process.argv[3]))
const ops = await page.getOperatorList()
const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([k,v])=>[v,k]))
const seen = new Set()
ops.fnArray.forEach((fn, i) => {
  const n = names[fn]; if (seen.has(n) || n === 'showText') return; seen.add(n)
  const a = ops.argsArray[i]
  console.log(n, Array.isArray(a) ? a.map(x => x?.constructor?.name + ':' + JSON.stringify(x)?.slice(0,100)) : a)
})
