import { readFileSync } from 'node:fs'
import { readPdfPages, pagesToText } from '@/import/pdf'
import { pdfGrid } from '@/import/cells/pdf'
import { readGrid } from '@/import/cells/read'
import { readText } from '@/import/text/readText'
const f = process.argv[2] ?? 'pingtan-2025-printed.pdf'
const pages = await readPdfPages(new Uint8Array(readFileSync('tests/fixtures/samples/'+f)))
const doc = pdfGrid(pages)
if (process.argv[3]) doc.rows.filter(r=>r.table!==undefined).forEach(r => console.log(r.table, r.cells.map(c=>c.text.slice(0,14)).join(' | ')))
const exp = JSON.parse(readFileSync('tests/fixtures/samples/'+f.replace(/\.pdf$/,'.json'),'utf8'))
const g = readGrid(doc, exp.edition)
for (const [k, v] of Object.entries(g)) console.log(k, v.refused, JSON.stringify(v.values) === JSON.stringify(exp[k]), v.blankCells)
const { text } = pagesToText(pages)
const r = readText({ text, name: f, format: 'pdf', grid: doc, title: '平潭综合实验区2025年度政府信息公开工作年度报告' })
if (!r.ok) console.log(r.error); else { console.log(r.value.notes.map(n=>n.message)); for (const k of ['requests','appeals']) console.log(k, JSON.stringify((r.value.report as any)[k]) === JSON.stringify(exp[k])) }
