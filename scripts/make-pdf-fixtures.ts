/**
 * Writes tests/fixtures/pdf/: generated reports printed to PDF by chromium (as a person prints a
 * saved page: empty cells print nothing), each with the .json of what it prints. CI has neither
 * chromium's print path nor poppler for every run, so the PDFs are committed; run this again
 * after the renderer changes: `npx tsx scripts/make-pdf-fixtures.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { generateDemoReports } from '@/generate/demo'
import type { Report } from '@/domain/report'
import { renderHtml } from '@/generate/render'
import { launchChromium } from '../tests/e2e/browser'

const out = fileURLToPath(new URL('../tests/fixtures/pdf/', import.meta.url))

interface Fixture {
  name: string
  report: Report
  opts: { blankZeros?: boolean; blankTotals?: boolean; trailingRow?: boolean }
  /** Extra CSS: a taller table breaks across pages with its header printed once. */
  css?: string
}

const reports = generateDemoReports()
const pick = (edition: string, skip: number) =>
  reports.filter((r) => r.edition === edition && r.active)[skip] as Report

const FIXTURES: Fixture[] = [
  { name: 'generated-2021-blank', report: pick('2021', 0), opts: { blankZeros: true } },
  { name: 'generated-2019-blank', report: pick('2019', 1), opts: { blankZeros: true } },
  {
    name: 'generated-2021-totals-blank',
    report: pick('2021', 3),
    opts: { blankZeros: true, blankTotals: true, trailingRow: true },
  },
  {
    name: 'generated-2021-page-break',
    report: pick('2021', 5),
    opts: { blankZeros: true },
    css: 'td { padding: 9px 2px; } h1 { margin-bottom: 300px; }',
  },
]

/** What the page prints: a blank 总计 column reads as 0. */
function printed(f: Fixture): Report {
  const r = structuredClone(f.report)
  if (f.opts.blankTotals) for (const row of Object.values(r.requests)) if (row) row.total = 0
  return { ...r, text: undefined, source: undefined }
}

mkdirSync(out, { recursive: true })
const browser = await launchChromium()
try {
  const page = await browser.newPage()
  for (const f of FIXTURES) {
    const css = `<style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:12px} table{border-collapse:collapse} ${f.css ?? ''}</style>`
    await page.setContent(renderHtml(f.report, f.opts).replace('</head>', `${css}</head>`))
    const pdf = await page.pdf({ format: 'A4', printBackground: false })
    writeFileSync(`${out}${f.name}.pdf`, pdf)
    writeFileSync(`${out}${f.name}.json`, JSON.stringify(printed(f), null, 2) + '\n')
    console.log(`${f.name}.pdf: ${pdf.length} bytes`)
  }
} finally {
  await browser.close()
}
