import { readFileSync } from 'node:fs'
import { readPdf } from '@/import/pdf'
const { pages, rules } = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)), { rules: true })
const p = Number(process.argv[3])
const hs = rules![p-1]!.filter(r => r.horizontal && r.at > Number(process.argv[4])).map(r => `${r.at.toFixed(1)}:${r.from.toFixed(0)}-${r.to.toFixed(0)}`)
console.log('H', hs.join(' '))
const vs = rules![p-1]!.filter(r => !r.horizontal && r.to > Number(process.argv[4])).map(r => `${r.at.toFixed(1)}:${r.from.toFixed(0)}-${r.to.toFixed(0)}`)
console.log('V', vs.slice(0,30).join(' '))
pages[p-1]!.forEach(l => { const y = l.pieces[0]!.y; if (y > Number(process.argv[4])) console.log(y.toFixed(1), l.text) })
