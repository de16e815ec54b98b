/**
 * `npm run bench`: one table of import speed per format (reports/s, MB/s) beside the floor —
 * decoding the same bytes and scanning them for digit runs — with the ratio to it; checks/s; and
 * the time of the dashboard's aggregations at 1,000 / 10,000 / 50,000 reports. Figures, not tests:
 * nothing here fails because a machine is slow.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { known, summarize } from '@/analysis/figures'
import { agencyYearMatrix } from '@/analysis/matrix'
import { outcomeDistribution, refusalReasons } from '@/analysis/outcomes'
import { emptyFilter, filterPredicate } from '@/analysis/filter'
import { checkReports } from '@/checks'
import { generateCorpus } from '@/generate/corpus'
import { renderCopied, renderDocx } from '@/generate/cells'
import { render, renderHtml, type RenderLayout } from '@/generate/render'
import { importFile } from '@/import'
import { toCanonicalJson, toTidyCsv } from '@/export/reports'

const encoder = new TextEncoder()
const quick = process.argv.includes('--quick')

interface Row {
  what: string
  n: number
  mb: number
  ms: number
  floorMs?: number
}

/** The floor: decoding the bytes and scanning them for digit runs; the best of three runs. */
function floor(files: Uint8Array[]): number {
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now()
    let runs = 0
    for (const bytes of files) {
      const text = new TextDecoder().decode(bytes)
      const re = /\d+/g
      while (re.exec(text)) runs++
    }
    if (runs < 0) console.log(runs)
    best = Math.min(best, performance.now() - t0)
  }
  return best
}

async function timeImport(
  what: string,
  files: { name: string; bytes: Uint8Array }[],
  expect: number,
): Promise<Row> {
  // One warm-up file so module loading and JIT are not counted, then a collection so no format
  // pays for the garbage of the one before (`npm run bench` runs Node with --expose-gc).
  await importFile(files[0]!.name, files[0]!.bytes)
  collectGarbage()
  const t0 = performance.now()
  let n = 0
  for (const f of files) n += (await importFile(f.name, f.bytes)).reports.length
  const ms = performance.now() - t0
  if (n !== expect) console.error(`${what}: expected ${expect} reports, got ${n}`)
  const mb = files.reduce((a, f) => a + f.bytes.length, 0) / 1e6
  return { what, n, mb, ms, floorMs: floor(files.map((f) => f.bytes)) }
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
}

function fmt(x: number, digits = 0): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
}

const rows: Row[] = []
const BULK = quick ? 2_000 : 10_000
const FILES = quick ? 300 : 1_000

const corpus = generateCorpus(BULK)
rows.push(
  await timeImport(
    `canonical JSON (1 file, ${fmt(BULK)} reports)`,
    [{ name: 'all.json', bytes: encoder.encode(toCanonicalJson(corpus)) }],
    BULK,
  ),
)
rows.push(
  await timeImport(
    `tidy CSV (1 file, ${fmt(BULK)} reports)`,
    [{ name: 'all.csv', bytes: encoder.encode(toTidyCsv(corpus)) }],
    BULK,
  ),
)

const few = corpus.slice(0, FILES)
for (const layout of ['tsv', 'layout', 'glued'] as RenderLayout[]) {
  const files = few.map((r, i) => ({ name: `${i}.txt`, bytes: encoder.encode(render(r, layout)) }))
  rows.push(await timeImport(`text, ${layout} (${fmt(FILES)} files)`, files, FILES))
}
rows.push(
  await timeImport(
    `saved web page (${fmt(FILES)} files)`,
    few.map((r, i) => ({ name: `${i}.html`, bytes: encoder.encode(render(r, 'html')) })),
    FILES,
  ),
)
rows.push(
  await timeImport(
    `saved web page, blank cells (${fmt(FILES)} files)`,
    few.map((r, i) => ({
      name: `${i}.html`,
      bytes: encoder.encode(renderHtml(r, { blankZeros: true, trailingRow: true })),
    })),
    FILES,
  ),
)
rows.push(
  await timeImport(
    `text copied from a page, blank cells (${fmt(FILES)} files)`,
    few.map((r, i) => ({
      name: `${i}.txt`,
      bytes: encoder.encode(renderCopied(r, { blankZeros: true })),
    })),
    FILES,
  ),
)
rows.push(
  await timeImport(
    `Word .docx, blank cells (${fmt(FILES)} files)`,
    few.map((r, i) => ({ name: `${i}.docx`, bytes: renderDocx(r, { blankZeros: true }) })),
    FILES,
  ),
)
const samples = fileURLToPath(new URL('../tests/fixtures/samples/', import.meta.url))
const generatedPdfs = fileURLToPath(new URL('../tests/fixtures/pdf/', import.meta.url))
const pdfs = ['hongze-2023', 'hongze-2024', 'huaian-2024'].map((n) => ({
  name: `${n}.pdf`,
  bytes: new Uint8Array(readFileSync(`${samples}${n}.pdf`)),
}))
rows.push(await timeImport('PDF (the 3 sample PDFs)', pdfs, 3))
const gridPdfs = [
  ...['pingtan-2025-printed.pdf', 'pingtan-2025-word.pdf'].map((n) => `${samples}${n}`),
  ...readdirSync(generatedPdfs)
    .filter((n) => n.endsWith('.pdf'))
    .map((n) => `${generatedPdfs}${n}`),
].map((path) => ({
  name: path.slice(path.lastIndexOf('/') + 1),
  bytes: new Uint8Array(readFileSync(path)),
}))
rows.push(
  await timeImport(
    `PDF printed from a page or Word (${gridPdfs.length} files)`,
    gridPdfs,
    gridPdfs.length,
  ),
)

console.log('\n| import | reports | MB | ms | reports/s | MB/s | floor MB/s | × floor |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows) {
  const floorMbs = r.floorMs ? r.mb / (r.floorMs / 1000) : 0
  console.log(
    `| ${r.what} | ${fmt(r.n)} | ${fmt(r.mb, 1)} | ${fmt(r.ms)} | ${fmt(r.n / (r.ms / 1000))} | ${fmt(r.mb / (r.ms / 1000), 1)} | ${fmt(floorMbs, 0)} | ${r.floorMs ? fmt(r.ms / r.floorMs, 1) : '—'} |`,
  )
}

// Checks: every rule, across all reports.
const c0 = performance.now()
const findings = checkReports(corpus)
const cms = performance.now() - c0
console.log(
  `\n| checks | reports | findings | ms | reports/s |\n| --- | ---: | ---: | ---: | ---: |`,
)
console.log(
  `| all rules | ${fmt(corpus.length)} | ${fmt(findings.length)} | ${fmt(cms)} | ${fmt(corpus.length / (cms / 1000))} |`,
)

// Aggregation: what the overview, volumes and outcomes views compute on a filter change, first
// with every report's figures still to compute (right after an import), then again with them
// cached (any later filter change).
console.log(
  '\n| aggregation (filter + overview/volumes/outcomes figures) | first, ms | again, ms |\n| --- | ---: | ---: |',
)
for (const size of quick ? [1_000, 10_000] : [1_000, 10_000, 50_000]) {
  const reports = size <= corpus.length ? corpus.slice(0, size) : generateCorpus(size)
  // A fresh copy, so no figures are cached for it yet.
  const fresh = reports.map((r) => ({ ...r }))
  const run = () => {
    const a0 = performance.now()
    const s = summarize(fresh, filterPredicate(emptyFilter()))
    agencyYearMatrix(s.reports, (f) => known(f.received))
    outcomeDistribution(s.reports)
    refusalReasons(s.reports)
    return performance.now() - a0
  }
  const first = run()
  const again = run()
  console.log(`| ${fmt(size)} reports | ${fmt(first, 1)} | ${fmt(again, 1)} |`)
}
