import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import fs from 'node:fs'
const data = new Uint8Array(fs.readFileSync(process.argv[2]))
const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise
const page = await doc.getPage(Number(process.argv[3]))
const ops = await page.getOperatorList()
const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([k,v])=>[v,k]))
let font = ''
ops.fnArray.forEach((fn, i) => {
  const a = ops.argsArray[i]
  if (names[fn] === 'setFont') font = a[0]
  if (names[fn] === 'showText' && font === process.argv[4]) console.log(i, font, JSON.stringify(a[0].map(g => g && typeof g === 'object' ? {u: g.unicode, fc: g.fontChar, w: g.width, vm: g.vmetric, sp: g.isSpace} : g)))
  if (font === process.argv[4]) console.log(i, names[fn], JSON.stringify(a)?.slice(0,200))
})
