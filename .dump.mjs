import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import fs from 'node:fs'
const f = process.argv[2]
const data = new Uint8Array(fs.readFileSync(f))
const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise
const pages = process.argv[3] ? [Number(process.argv[3])] : Array.from({length: doc.numPages}, (_, i) => i + 1)
for (const p of pages) {
const page = await doc.getPage(p)
const tc = await page.getTextContent()
console.log('=== page', p, page.view, page.rotate)
for (const it of tc.items) if ('str' in it && it.str.trim()) { const t = it.transform; console.log(t.slice(0,4).map(v=>v.toFixed(2)).join(','), 'x', t[4].toFixed(2), 'y', t[5].toFixed(2), 'w', it.width.toFixed(2), 'h', it.height.toFixed(2), it.fontName, JSON.stringify(it.str)) }
}
