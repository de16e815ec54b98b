import { generateDemoReports } from '@/analysis/demo'
import { renderCopied, renderDocx } from '@/generate/cells'
import { renderHtml } from '@/generate/render'
import { importText, importFile } from '@/import'
const reports = generateDemoReports()
const optsList = [{}, { blankZeros: true }, { blankZeros: true, blankTotals: true, trailingRow: true }]
let bad = 0, notes = new Map<string, number>()
for (const opts of optsList) for (const r of reports) {
  for (const fmt of ['copied', 'docx', 'html']) {
    const res = fmt === 'copied' ? importText('r.txt', renderCopied(r, opts)) : fmt === 'docx' ? await importFile('r.docx', renderDocx(r, opts)) : importText('r.html', renderHtml(r, opts as any))
    const got = res.reports[0]?.report
    const want = (opts as any).blankTotals ? Object.fromEntries(Object.entries(r.requests).map(([k, v]) => [k, { ...v, total: 0 }])) : r.requests
    const ok = got && JSON.stringify(got.requests) === JSON.stringify(want) && JSON.stringify(got.appeals) === JSON.stringify(r.appeals) && JSON.stringify(got.active ?? null) === JSON.stringify(r.active ?? null)
    for (const n of res.reports[0]?.notes ?? []) if (n.code === 'one-reading' || n.code==='table-refused') notes.set(fmt + ' ' + JSON.stringify(opts) + ' ' + n.message.slice(0, 90), (notes.get(fmt + ' ' + JSON.stringify(opts) + ' ' + n.message.slice(0, 90)) ?? 0) + 1)
    if (!ok) { bad++; if (bad < 6) console.log(fmt, JSON.stringify(opts), r.agency, r.year, res.error, got?.unread) }
  }
}
console.log('bad', bad, 'of', reports.length * 9)
for (const [k, v] of [...notes].slice(0, 30)) console.log(v, k)
