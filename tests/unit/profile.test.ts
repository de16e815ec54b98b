/**
 * 机构档案 and the briefings' data: an agency's years with their changes, what its record lacks
 * (missing years, tables not read, tables not given), totals over the years that give a figure,
 * the year-over-year table of a district, and a finding's evidence from the report's own source.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_DEFINITIONS } from '@/analysis/definitions'
import { byPlace, cellValue, dataDate, findingEvidence, topFindings } from '@/analysis/evidence'
import { figuresByYear } from '@/analysis/figures'
import { agencyProfile, profileRow } from '@/analysis/profile'
import { yearTable } from '@/analysis/yearTable'
import { checkReports } from '@/checks'
import type { ReportEntry } from '@/domain/entry'
import type { Report } from '@/domain/report'
import { importText } from '@/import'
import { expected, sampleText } from './helpers'

const HONGZE = '淮安市洪泽区人民政府'
const options = { definitions: DEFAULT_DEFINITIONS, minCases: 30 }

/** 洪泽 2023 and 2024 as printed, a 2021 with table 3 unread, and a 2019 from a summary sheet. */
function hongzeYears(): Report[] {
  const y2023 = expected('hongze-2023')
  const y2024 = expected('hongze-2024')
  return [
    {
      ...y2023,
      year: 2019,
      edition: '2019',
      requests: { newReceived: { total: 10 } },
      appeals: {},
    },
    {
      ...y2023,
      year: 2021,
      requests: {},
      unread: [{ table: 'requests', reason: '数字连在一起，无法唯一拆分', where: '第3页' }],
    },
    y2023,
    y2024,
    // Another agency's report is no part of this profile.
    expected('huaian-2024'),
  ]
}

describe('an agency’s profile', () => {
  const p = agencyProfile(hongzeYears(), HONGZE, options)

  it('holds its years only, and names the years between its first and last that have none', () => {
    expect(p?.years).toEqual([2019, 2021, 2023, 2024])
    expect(p?.missing).toEqual([2020, 2022])
    expect(p?.region).toBe('洪泽区')
    expect(agencyProfile(hongzeYears(), '没有这个机构', options)).toBeNull()
  })

  it('says what is missing, year by year: no report, a table not read and why, a table not given', () => {
    expect(p?.gaps).toEqual([
      { year: 2019, kind: 'noTable', table: 'appeals' },
      { year: 2020, kind: 'missing' },
      {
        year: 2021,
        kind: 'unread',
        table: 'requests',
        reason: '数字连在一起，无法唯一拆分',
        where: '第3页',
      },
      { year: 2022, kind: 'missing' },
    ])
  })

  it('gives each year’s figure, — with why where a year does not give it, never 0', () => {
    const received = profileRow(p!, 'requests.newReceived.total')
    // 2019 10 (sheet), 2021 unread, 2023 21, 2024 95
    expect(received?.cells.map((c) => c.value)).toEqual([10, null, 21, 95])
    expect(received?.cells[1]?.absence).toMatchObject({ kind: 'unread', table: 'requests' })
    const natural = profileRow(p!, 'requests.newReceived.natural')
    expect(natural?.cells[0]).toMatchObject({
      value: null,
      absence: { kind: 'notGiven', table: 'requests' },
    })
  })

  it('changes only from the calendar year before, and adds up only the years that give it', () => {
    const received = profileRow(p!, 'requests.newReceived.total')
    // 2021 has no value, 2023's year before (2022) has no report: no delta; 2024: 95 − 21
    expect(received?.cells.map((c) => c.diff)).toEqual([null, null, null, 74])
    expect(received?.cells[3]?.change).toBeCloseTo(74 / 21, 10)
    expect(received?.total).toEqual({ value: 126, n: 3 })
  })

  it('breaks requests down by applicant, outcome, reason; review and litigation by outcome', () => {
    const keys = p!.sections.map((s) => [s.key, s.rows.length])
    expect(keys).toEqual([
      ['applicants', 7],
      ['outcomes', 9],
      ['reasons', 19],
      ['appeals', 15],
      ['rates', 3],
    ])
    const labels = p!.sections.flatMap((s) => s.rows.map((r) => r.label))
    expect(labels).toContain('予以公开')
    expect(labels).toContain('部分公开')
    expect(labels).toContain('（七）总计')
    // 2024's review: printed 2 in total
    expect(profileRow(p!, 'appeals.review.total')?.cells[3]?.value).toBe(2)
  })

  it('withholds a rate below the minimum cases, with its parts, and rates the years together', () => {
    const rate = profileRow(p!, 'rate.disclosure')
    // 2023: (0 + 4) ÷ 21 cases < 30
    expect(rate?.cells[2]).toMatchObject({
      value: null,
      absence: { kind: 'tooFew', cases: 21, minCases: 30 },
      rate: { numerator: 4, denominator: 21 },
    })
    // Over the years that give every part: 2023 and 2024 (59 ÷ 95 + 4 ÷ 21)
    expect(rate?.total.rate).toMatchObject({ numerator: 63, denominator: 116, n: 2 })
    expect(rate?.total.value).toBeCloseTo(63 / 116, 10)
  })
})

describe('the year-over-year table of a briefing', () => {
  const rows = yearTable(figuresByYear(hongzeYears()), options)

  it('gives each year’s sums with how many reports of the year lack each figure', () => {
    expect(rows.map((r) => r.year)).toEqual([2019, 2021, 2023, 2024])
    const y2024 = rows[3]
    // 2024: 洪泽 95 + 淮安市 3,024 (two reports)
    expect(y2024?.cells.reports.value).toBe(2)
    expect(y2024?.cells.received.value).toBe(95 + 3119)
    expect(rows[1]?.cells.received).toMatchObject({ value: null, lacking: 1 })
    expect(rows[0]?.cells.review).toMatchObject({ value: null, lacking: 1 })
  })

  it('compares with the calendar year before only', () => {
    expect(rows[2]?.cells.received).toMatchObject({ value: 21, previous: null, diff: null })
    expect(rows[3]?.cells.received.diff).toBe(95 + 3119 - 21)
  })
})

describe('a finding’s evidence', () => {
  const imported = importText('hongze-2023.txt', sampleText('hongze-2023.txt')).reports[0]
  const report = imported?.report as Report
  const entry: ReportEntry = {
    key: `${report.agency}\u0000${report.year}`,
    agency: report.agency,
    year: report.year,
    activeId: 'v2',
    versions: [
      {
        id: 'v1',
        report,
        notes: [],
        provenance: {},
        sourceName: '旧版本.txt',
        importedAt: Date.UTC(2025, 0, 1),
        sample: false,
      },
      {
        id: 'v2',
        report,
        notes: [],
        provenance: imported?.provenance ?? {},
        sourceName: 'hongze-2023.txt',
        importedAt: Date.UTC(2025, 4, 3, 4),
        sample: false,
      },
    ],
  }
  const findings = checkReports([report])
  const sum = findings.find((f) => f.rule === 'T4-SUM')

  it('gives each cell’s value as the report holds it and where the source printed it', () => {
    expect(sum).toBeDefined()
    const e = findingEvidence(sum!, entry, {})
    expect(e.status).toBe('open')
    expect(e.cells.length).toBeGreaterThan(0)
    const total = e.cells.find((c) => c.path === 'appeals.review.total')
    expect(total?.value).toBe(cellValue(report, 'appeals.review.total'))
    expect(total?.label).toBe('表四·行政复议·总计')
    expect(total?.where).toMatch(/第\d+行/)
    // Table 4 is one printed line: its cells are one place, told once.
    const places = byPlace(e.cells)
    expect(places).toHaveLength(1)
    expect(places[0]?.cells.map((c) => c.value)).toEqual(e.cells.map((c) => c.value))
    expect(e.source).toEqual({
      name: 'hongze-2023.txt',
      importedAt: Date.UTC(2025, 4, 3, 4),
      versions: 2,
      sample: false,
    })
  })

  it('has no source for a year with no report', () => {
    const e = findingEvidence({ ...sum!, cells: [] }, undefined, {})
    expect(e.source).toBeNull()
    expect(cellValue(report, 'requests.nothing.total')).toBeNull()
  })

  it('leads with open findings, worst first, and counts the open ones', () => {
    const judged = { [sum!.key]: { verdict: 'dismissed' as const, note: '', at: 1 } }
    const open = topFindings(findings, judged, 2)
    expect(open.shown.every((f) => f.key !== sum!.key)).toBe(true)
    expect(open.open).toBe(findings.length - 1)
    expect(open.shown.length).toBeLessThanOrEqual(2)
  })

  it('dates the data by the latest import among the versions in use', () => {
    expect(dataDate([entry])).toBe(Date.UTC(2025, 4, 3, 4))
    expect(dataDate([])).toBeNull()
  })
})
