import { readFileSync } from 'node:fs'
import { readPdf } from '@/import/pdf'
const { pages, rules } = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)), { rules: true })
pages.forEach((lines, p) => lines.forEach((l) => { if (l.text.includes(process.argv[3]!)) console.log(p+1, l.pieces.map(q => `${q.str}@${q.x.toFixed(1)}-${(q.x+q.w).toFixed(1)},${q.y.toFixed(1)}`).join(' | ')) }))
const v = rules![0]!.filter(r => !r.horizontal).map(r => r.at.toFixed(1)); console.log([...new Set(v)].join(' '))
