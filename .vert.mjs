import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import fs from 'node:fs'
for (const f of ['hongze-2023','hongze-2024','huaian-2024']) {
const data = new Uint8Array(fs.readFileSync(`tests/fixtures/samples/${f}.pdf`))
const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise
for (let p = 1; p <= doc.numPages; p++) {
const page = await doc.getPage(p)
const tc = await page.getTextContent()
for (const it of tc.items) if ('str' in it && (tc.styles[it.fontName]?.vertical || it.dir !== 'ltr' || it.transform[1] !== 0 || it.transform[2] !== 0)) { const t = it.transform; console.log(f, p, t.slice(0,4).map(v=>v.toFixed(2)).join(','), 'x', t[4].toFixed(2), 'y', t[5].toFixed(2), 'w', it.width.toFixed(2), 'h', it.height.toFixed(2), it.dir, it.fontName, JSON.stringify(it.str)) }
}}
