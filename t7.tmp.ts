import { readFileSync } from 'node:fs'
import { copiedGrid } from '@/import/cells/copied'
import { readGrid } from '@/import/cells/read'
for (const f of ['pingtan-2025-copied.txt', 'hualong-gxj-2020.txt']) {
const text = readFileSync('tests/fixtures/samples/'+f,'utf8')
const doc = copiedGrid(text)!
if (process.argv[2]) doc.rows.forEach(r => console.log(r.table, r.cells.map(c=>c.text.slice(0,20)).join(' | ')))
const exp = JSON.parse(readFileSync('tests/fixtures/samples/'+f.replace('.txt','.json'),'utf8'))
const g = readGrid(doc, exp.edition)
for (const [k, v] of Object.entries(g)) console.log(f, k, v.refused, JSON.stringify(v.values) === JSON.stringify(exp[k]), v.blankCells, v.notes.map(n=>n.message))
}
