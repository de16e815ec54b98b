import { readFileSync } from 'node:fs'
import { readPdfPages } from '@/import/pdf'
const f = process.argv[2]!
const pages = await readPdfPages(new Uint8Array(readFileSync('tests/fixtures/samples/'+f)))
let on = false
pages.forEach((lines, p) => lines.forEach((l) => {
  if (l.text.includes('收到和处理政府信息公开申请情况')) on = true
  if (l.text.includes('存在的主要问题')) on = false
  if (on) console.log(p+1, l.pieces.map(q => `${q.str}@${q.x.toFixed(0)}-${(q.x+q.w).toFixed(0)},${q.y.toFixed(1)}`).join(' | '))
}))
