/**
 * Many reports, rendered the ways agencies publish them, read back: every value exact, or — for
 * glued text, where only the identities can split cells — the table refused with its reason.
 * Never a wrong number.
 */
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { PLANTED, generateDemoReports } from '@/generate/demo'
import { checkReports } from '@/checks'
import type { RequestRowKey } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { render, renderHtml, type RenderLayout } from '@/generate/render'
import { importFile, importText } from '@/import'
import { renderCopied, renderDocx } from '@/generate/cells'
import { parseReport } from '@/domain/schema'

const reports = generateDemoReports()

function tables(r: Report) {
  return {
    agency: r.agency,
    year: r.year,
    edition: r.edition,
    requests: r.requests,
    appeals: r.appeals,
  }
}

describe.each<[RenderLayout, string]>([
  ['tsv', 'txt'],
  ['layout', 'txt'],
  ['html', 'html'],
  ['markdown', 'md'],
])('%s rendering', (layout, ext) => {
  it(`reads ${reports.length} generated reports back exactly`, () => {
    const wrong: string[] = []
    for (const r of reports) {
      const back = importText(`r.${ext}`, render(r, layout))
      const got = back.reports[0]?.report
      if (!got) wrong.push(`${r.agency} ${r.year}: ${back.error}`)
      else {
        try {
          expect(tables(got)).toEqual(tables(r))
          if (r.active) expect(got.active).toEqual(r.active)
        } catch {
          wrong.push(`${r.agency} ${r.year}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})

describe('the generated reports themselves', () => {
  it('are valid canonical reports', () => {
    const invalid = reports
      .map(parseReport)
      .flatMap((p, i) => (p.ok ? [] : [`${reports[i]!.agency}: ${p.issues.join('；')}`]))
    expect(invalid).toEqual([])
  })
})

describe('glued rendering', () => {
  it('reads every table exactly or refuses it with a reason, never a wrong value', () => {
    let exact = 0
    let refused = 0
    for (const r of reports) {
      const back = importText('r.txt', render(r, 'glued'))
      const got = back.reports[0]
      if (!got) {
        expect(back.error).toMatch(/表三|表四/)
        refused++
        continue
      }
      if (Object.keys(got.report.requests).length > 0) {
        expect(got.report.requests).toEqual(r.requests)
        exact++
      } else {
        expect(
          got.notes.some((n) => n.code === 'table-refused' && n.message.includes('表三')),
        ).toBe(true)
        refused++
      }
      if (Object.keys(got.report.appeals).length > 0) expect(got.report.appeals).toEqual(r.appeals)
      // Table 2 has no identities to split glued cells with: it is never read from glued text.
      expect(got.report.active).toBeUndefined()
    }
    // Every one splits one way only, the planted anomalies included (read as published).
    expect(exact).toBe(reports.length)
    expect(exact + refused).toBe(reports.length)
  })
})

describe('glued rendering of tables whose published values break an identity', () => {
  /** The report with one printed cell changed, as an agency's typo would change it. */
  function typo(r: Report, row: RequestRowKey, col: 'natural' | 'total'): Report {
    const counts = r.requests[row]
    if (!counts) return r
    return {
      ...r,
      requests: { ...r.requests, [row]: { ...counts, [col]: (counts[col] ?? 0) + 1 } },
    }
  }

  it('reads the planted T3-BALANCE anomaly back exactly, and the checks flag it', () => {
    const r = reports.find(
      (x) => x.agency === PLANTED.balance.agency && x.year === PLANTED.balance.year,
    )!
    const got = importText('r.txt', render(r, 'glued')).reports[0]!
    expect(got.report.requests).toEqual(r.requests)
    expect(got.notes.find((n) => n.code === 'identity-broken')?.message).toMatch(/T3-BALANCE/)
    expect(checkReports([got.report]).map((f) => f.rule)).toContain('T3-BALANCE')
  })

  it.each<[RequestRowKey, 'natural' | 'total']>([
    ['total', 'natural'],
    ['granted', 'total'],
    ['newReceived', 'natural'],
    ['carriedForward', 'total'],
  ])('a typo in %s.%s: read as printed or refused, never another value', (row, col) => {
    let exact = 0
    for (const r of reports) {
      const printed = typo(r, row, col)
      const got = importText('r.txt', render(printed, 'glued')).reports[0]
      if (!got || Object.keys(got.report.requests).length === 0) continue
      expect(got.report.requests).toEqual(printed.requests)
      exact++
    }
    // Most of them read: a typo breaks two or three identities, and one reading explains it.
    expect(exact).toBeGreaterThan(reports.length * 0.9)
  })
})

describe('a Word-exported page that leaves zero cells blank', () => {
  it('reads the &nbsp; cells as 0 and counts them', () => {
    const r = reports.find((x) => (x.requests.newReceived?.total ?? 0) > 0)!
    const back = importText('r.html', renderHtml(r, { blankZeros: true }))
    expect(tables(back.reports[0]!.report)).toEqual(tables(r))
    const blanks =
      Object.values(r.requests)
        .flatMap((row) => Object.values(row))
        .filter((v) => v === 0).length +
      Object.values(r.appeals)
        .flatMap((b) => Object.values(b))
        .filter((v) => v === 0).length
    expect(back.reports[0]!.notes.find((n) => n.code === 'blank-cells')?.message).toBe(
      `${blanks} 个空白单元格（空白、-、—、/、无）按 0 计`,
    )
  })
})

describe('a page whose 总计 column was left blank', () => {
  it('reads the blank totals as 0, says so, and the checks flag every row', async () => {
    const r = reports.find((x) => (x.requests.newReceived?.total ?? 0) > 2)!
    const html = renderHtml(r, { blankTotals: true })
    const back = importText('r.html', html)
    const report = back.reports[0]!.report
    expect(report.requests.newReceived!.total).toBe(0)
    expect(report.requests.newReceived!.natural).toBe(r.requests.newReceived!.natural)
    const { checkReports } = await import('@/checks')
    const rowsums = checkReports([report]).filter((f) => f.rule === 'T3-ROWSUM')
    expect(rowsums.length).toBeGreaterThan(0)
  })
})

describe.each([
  ['copied text', 'txt'],
  ['Word .docx', 'docx'],
])('%s with blank cells', (_, ext) => {
  it(`reads ${reports.length} generated reports back exactly`, async () => {
    const wrong: string[] = []
    for (const r of reports) {
      const back =
        ext === 'docx'
          ? await importFile('r.docx', renderDocx(r, { blankZeros: true, trailingRow: true }))
          : importText('r.txt', renderCopied(r, { blankZeros: true, trailingRow: true }))
      const got = back.reports[0]?.report
      if (!got) wrong.push(`${r.agency} ${r.year}: ${back.error}`)
      else if (!isDeepStrictEqual(tables(got), tables(r)) || got.unread)
        wrong.push(`${r.agency} ${r.year}`)
      else if (r.active) expect(got.active).toEqual(r.active)
    }
    expect(wrong).toEqual([])
  })
})
