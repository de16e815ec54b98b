import { readFileSync } from 'node:fs'
import { importText } from '@/import'
import { htmlGrid } from '@/import/cells/html'
import { readGrid } from '@/import/cells/read'
const html = readFileSync('tests/fixtures/samples/pingtan-2025.html','utf8')
const g = readGrid(htmlGrid(html), '2021')
for (const [k, v] of Object.entries(g)) console.log(k, v.refused, JSON.stringify(v.values)?.slice(0,300), v.blankCells, v.notes.map(n=>n.message))
const r = importText('pingtan-2025.html', html)
console.log(r.error, r.reports[0]?.notes.map(n=>n.message), r.reports[0]?.report.unread)
