import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import fs from 'node:fs'
pdfjs.GlobalWorkerOptions.workerSrc = 'file:///tmp/pdfx/w.mjs'
const data = new Uint8Array(fs.readFileSync(process.argv[2]))
const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise
const page = await doc.getPage(Number(process.argv[3]))
const tc = await page.getTextContent()
