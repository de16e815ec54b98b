/**
 * Missing is not zero: a table not read, or a figure a summary sheet does not give, is left out of
 * every sum, rate, matrix, delta, export and check — and the gap is counted, never filled with 0.
 * Expected numbers are the samples' printed values, added up by hand in the comments.
 */
import { describe, expect, it } from 'vitest'
import { lackOf } from '@/analysis/coverage'
import { requestFigure } from '@/analysis/cells'
import { compareAgency } from '@/analysis/compare'
import { figuresOf, known, sumFigures } from '@/analysis/figures'
import { agencyYearMatrix } from '@/analysis/matrix'
import { disclosureRate } from '@/analysis/rates'
import { checkReports } from '@/checks'
import type { Report } from '@/domain/report'
import { parseReport } from '@/domain/schema'
import { summaryColumns, summaryMatrix } from '@/export/summaryRows'
import { toCanonicalJson, toTidyCsv } from '@/export/reports'
import { importText } from '@/import'
import { expected } from './helpers'

/** 洪泽 2024 as if its table 3 had been refused by the reader. */
function hongze2024Unread(): Report {
  const r = expected('hongze-2024')
  return {
    ...r,
    requests: {},
    unread: [{ table: 'requests', reason: '数字连在一起，无法唯一拆分', where: '第3页' }],
  }
}

/** A district office's summary-sheet row: some totals, nothing else. */
const sheetRow: Report = {
  schema: 'gov-disclosure-report/1',
  agency: '华龙区教育局',
  region: '华龙区',
  year: 2023,
  edition: '2021',
  requests: { newReceived: { total: 35 }, granted: { total: 20 }, partial: { total: 5 } },
  appeals: { review: { total: 2 } },
}

describe('a report whose table 3 was not read', () => {
  const reports = [expected('hongze-2023'), hongze2024Unread()]

  it('is left out of sums, and the lack is counted', () => {
    const f = sumFigures(reports)
    // only 2023's 21 requests; 2024's 95 is unknown, not 0
    expect(f.received).toEqual({ value: 21, n: 1, derived: 0 })
    expect(lackOf(f, f.received, 'requests')).toEqual({
      table: 'requests',
      missing: 1,
      unread: 1,
      noTable: 1,
    })
    // table 4 of 2024 was read: review 2023 0 + 2024 2
    expect(known(f.review.total)).toBe(2)
    expect(lackOf(f, f.review.total, 'appeals')).toBeNull()
  })

  it('gives no rate of its own, and the sum’s rate rests on the other report only', () => {
    expect(disclosureRate(figuresOf(hongze2024Unread())).value).toBeNull()
    // 2023: (0 + 4) / 21
    const r = disclosureRate(sumFigures(reports))
    expect(r).toMatchObject({ numerator: 4, denominator: 21, n: 1 })
  })

  it('shows as a dash in the agency × year matrix, not as a 0 cell', () => {
    const m = agencyYearMatrix(reports, (f) => known(f.received))
    expect(m.cells).toEqual([[0, 0, 21]])
    expect(m.lacking).toEqual([[1, 0]])
  })

  it('has no year-over-year delta (never −100 %)', () => {
    const c = compareAgency(reports, '淮安市洪泽区人民政府')
    expect(c.years).toEqual([2023, 2024])
    expect(c.rows.received[1]).toBeNull()
    // the review count was read both years: 0 → 2
    expect(c.rows.review[1]).toMatchObject({ value: 2, diff: 2 })
  })

  it('exports an empty cell and names the unread table', () => {
    const columns = summaryColumns()
    const [row] = summaryMatrix([hongze2024Unread()], columns)
    const at = (h: string) => row?.[columns.findIndex((c) => c.header === h)]
    expect(at('本年新收')).toBeNull()
    expect(at('公开率')).toBeNull()
    expect(at('行政复议')).toBe(2)
    expect(at('未读取的表')).toBe('表三')
  })

  it('gives an UNREAD finding and no identity finding about the absent table', () => {
    const findings = checkReports([hongze2024Unread()])
    const unread = findings.filter((f) => f.rule === 'UNREAD')
    expect(unread).toHaveLength(1)
    expect(unread[0]?.message).toContain('表三')
    expect(unread[0]?.message).toContain('第3页')
    expect(findings.some((f) => f.rule.startsWith('T3-'))).toBe(false)
  })

  it('keeps its unread list through canonical JSON and refuses a table both held and unread', () => {
    const back = importText('x.json', toCanonicalJson([hongze2024Unread()]))
    expect(back.reports[0]?.report.unread).toEqual(hongze2024Unread().unread)
    expect(back.reports[0]?.report.requests).toEqual({})
    const both = parseReport({ ...expected('hongze-2024'), unread: hongze2024Unread().unread })
    expect(both.ok).toBe(false)
  })
})

describe('a partial report from a summary sheet', () => {
  it('gives what it holds and nothing else', () => {
    const f = figuresOf(sheetRow)
    expect(known(f.received)).toBe(35)
    expect(known(f.outcomes.granted)).toBe(20)
    // no outcome rows but these two, no carry-over: 办结 cannot be known
    expect(known(f.handled)).toBeNull()
    expect(known(f.outcomes.denied)).toBeNull()
    expect(f.distribution.n).toBe(0)
    expect(disclosureRate(f).value).toBeNull()
    expect(known(f.review.total)).toBe(2)
    expect(known(f.suits.total)).toBeNull()
  })

  it('runs no identity it cannot test', () => {
    expect(checkReports([sheetRow]).filter((f) => f.severity === 'error')).toEqual([])
  })

  it('round-trips through canonical JSON and tidy CSV value for value, with no 0 added', () => {
    const json = importText('x.json', toCanonicalJson([sheetRow]))
    expect(json.error).toBeUndefined()
    expect(json.reports[0]?.report.requests).toEqual(sheetRow.requests)
    const csv = importText('x.csv', toTidyCsv([sheetRow]))
    expect(csv.error).toBeUndefined()
    expect(csv.reports[0]?.report.requests).toEqual(sheetRow.requests)
    expect(csv.reports[0]?.report.appeals).toEqual(sheetRow.appeals)
    // four values, four lines after the header
    expect(toTidyCsv([sheetRow]).trim().split('\n')).toHaveLength(5)
  })
})

describe('figures derived by the template’s identities', () => {
  it('takes （七）总计 from 新收 + 上年结转 − 结转下年度 and marks it derived', () => {
    const r: Report = {
      ...sheetRow,
      requests: {
        newReceived: { total: 35 },
        carriedOver: { total: 4 },
        carriedForward: { total: 6 },
      },
    }
    // 35 + 4 − 6
    expect(requestFigure(r, 'total')).toEqual({ value: 33, derived: true })
    expect(figuresOf(r).handled).toEqual({ value: 33, n: 1, derived: 1 })
  })

  it('takes a row’s 总计 from its six applicant columns', () => {
    const r: Report = {
      ...sheetRow,
      requests: {
        newReceived: { natural: 30, commercial: 3, research: 0, social: 0, legal: 1, other: 1 },
      },
    }
    expect(requestFigure(r, 'newReceived')).toEqual({ value: 35, derived: true })
  })

  it('prefers the printed figure, even where it breaks an identity', () => {
    // 洪泽 2023 prints review total 0 beside non-zero outcomes: the printed 0 is kept
    expect(figuresOf(expected('hongze-2023')).review.total).toEqual({
      value: 0,
      n: 1,
      derived: 0,
    })
  })
})
