import { readFileSync, readdirSync } from 'node:fs'
import { importFile } from '@/import'
const kind = process.argv[2]!
const root = '/tmp/gridbench/' + kind + '/'
const files = readdirSync(root).slice(0, 400).map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(root + n)) }))
const t0 = performance.now()
for (const f of files) await importFile(f.name, f.bytes)
console.log(kind, (performance.now() - t0).toFixed(0))
