import { readFileSync } from 'node:fs'
import { importFile } from '../src/import/index'
for (const f of process.argv.slice(2)) {
  const r = await importFile(f.replace(/^.*\//, ''), new Uint8Array(readFileSync(f)))
  console.log(f, r.error ?? '', r.reports.map((x) => [x.report.agency, x.report.year, x.report.edition]))
  for (const n of r.notes) console.log('  file-note', n.message)
  for (const x of r.reports) for (const n of x.notes) console.log('  note', n.message.slice(0, 200))
}
