import { readFileSync, readdirSync } from 'node:fs'
import { importFile } from '@/import'
const root = '/tmp/gridbench/'
const gc = (globalThis as { gc?: () => void }).gc
for (const kind of readdirSync(root).sort()) {
  const files = readdirSync(root + kind).map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(root + kind + '/' + n)) }))
  await importFile(files[0]!.name, files[0]!.bytes)
  let best = Infinity, reports = 0, exactish = 0
  for (let round = 0; round < 2; round++) {
    gc?.()
    const t0 = performance.now(); reports = 0; exactish = 0
    for (const f of files) { const r = await importFile(f.name, f.bytes); reports += r.reports.length; if (r.reports[0] && !r.reports[0].report.unread) exactish++ }
    best = Math.min(best, performance.now() - t0)
  }
  const mb = files.reduce((a, f) => a + f.bytes.length, 0) / 1e6
  console.log(`| ${kind} | ${files.length} | ${reports} | ${exactish} | ${best.toFixed(0)} | ${(files.length / (best / 1000)).toFixed(0)} | ${(mb / (best / 1000)).toFixed(1)} |`)
}
