import { readFileSync } from 'node:fs'
import { readPdf } from '@/import/pdf'
import { pdfGrid } from '@/import/cells/pdf'
const f = process.argv[2]!
const { pages, rules } = await readPdf(new Uint8Array(readFileSync(f)), { rules: true })
const doc = pdfGrid(pages, rules)
doc.rows.forEach(r => { if (r.table !== undefined || process.argv[3]) console.log(r.table ?? '-', r.cells.map(c=>(c.copy?'^':'')+c.text.slice(0,12)).join(' | ')) })
