import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import fs from 'node:fs'
const data = new Uint8Array(fs.readFileSync(process.argv[2]))
const doc = await pdfjs.getDocument({ data, verbosity: 5 }).promise
const page = await doc.getPage(Number(process.argv[3]))
const tc = await page.getTextContent({ includeMarkedContent: true, disableNormalization: process.argv[4] === 'raw' })
tc.items.forEach((it, i) => { if ('str' in it) { if (it.fontName === process.argv[5] || !process.argv[5]) console.log(i, JSON.stringify(it)) } else console.log(i, JSON.stringify(it)) })
console.log(JSON.stringify(tc.styles))
