/**
 * 机构对比's table: ranks, changes and rank changes per figure, with missing figures (a table not
 * read, a summary sheet's blanks, no report for the year, a rate over too few cases) left out of
 * every rank and delta and said why — and the file it downloads as.
 */
import { describe, expect, it } from 'vitest'
import {
  agencyTable,
  defaultYear,
  groupByRegion,
  ranks,
  sortRows,
  type TableRow,
} from '@/analysis/agencyTable'
import { DEFAULT_DEFINITIONS } from '@/analysis/definitions'
import { shortNames } from '@/analysis/names'
import type { Report } from '@/domain/report'
import { agencyTableSheet } from '@/export/agencyTableSheet'
import { stampedCsv } from '@/export/stampedCsv'
import { sheetMatrix } from '@/export/stampedSheet'

interface Figures {
  received?: number
  handled?: number
  granted?: number
  partial?: number
  review?: { corrected: number; pending: number; total: number }
}

/** A report giving the totals named, nothing else (as a summary sheet would). */
function report(agency: string, region: string, year: number, f: Figures): Report {
  const requests: Report['requests'] = {}
  if (f.received !== undefined) requests.newReceived = { total: f.received }
  if (f.handled !== undefined) requests.total = { total: f.handled }
  if (f.granted !== undefined) requests.granted = { total: f.granted }
  if (f.partial !== undefined) requests.partial = { total: f.partial }
  return {
    schema: 'gov-disclosure-report/1',
    agency,
    region,
    year,
    edition: '2021',
    requests,
    appeals: f.review ? { review: { ...f.review } } : {},
  }
}

const A = '青禾区教育局'
const B = '青禾区民政局'
const C = '青禾区财政局'
const D = '平潭综合实验区公安局'
const P = '平潭综合实验区'

const reports: Report[] = [
  report(A, '青禾区', 2023, { received: 40, handled: 40, granted: 20, partial: 4 }),
  report(A, '青禾区', 2024, {
    received: 50,
    handled: 48,
    granted: 30,
    partial: 6,
    review: { corrected: 1, pending: 0, total: 4 },
  }),
  report(B, '青禾区', 2023, { received: 60, handled: 60, granted: 10, partial: 2 }),
  report(B, '青禾区', 2024, { received: 50, handled: 20, granted: 5, partial: 1 }),
  // 2024: table 3 printed but not read.
  report(C, '青禾区', 2023, { received: 5, handled: 5, granted: 5, partial: 0 }),
  {
    ...report(C, '青禾区', 2024, {}),
    unread: [{ table: 'requests', reason: '数字连在一起，无法唯一拆分', where: '第3页' }],
  },
  // Only 2023: no report for 2024.
  report(D, P, 2023, { received: 7, handled: 7, granted: 7, partial: 0 }),
  // A summary sheet: received only.
  report(P, P, 2024, { received: 9 }),
]

const options = { year: 2024, definitions: DEFAULT_DEFINITIONS, minCases: 30 }
const table = agencyTable(reports, options)
const row = (agency: string) => table.rows.find((r) => r.agency === agency) as TableRow

describe('the comparison table', () => {
  it('lists every agency in scope for the year, each with its region and report', () => {
    expect(table.year).toBe(2024)
    expect(table.years).toEqual([2023, 2024])
    expect(table.rows.map((r) => r.agency).sort()).toEqual([A, B, C, D, P].sort())
    expect(row(D).report).toBeNull()
    expect(row(A).region).toBe('青禾区')
  })

  it('ranks a figure largest first with ties sharing a rank, leaving out who lacks it', () => {
    // received 2024: A 50, B 50, P 9; C unread, D no report
    expect(row(A).cells.received).toMatchObject({ value: 50, rank: 1 })
    expect(row(B).cells.received).toMatchObject({ value: 50, rank: 1 })
    expect(row(P).cells.received).toMatchObject({ value: 9, rank: 3 })
    expect(row(C).cells.received).toMatchObject({ value: null, rank: null, diff: null })
    expect(row(D).cells.received).toMatchObject({ value: null, rank: null })
    expect(table.ranked.received).toBe(3)
    expect(ranks([3, null, 5, 5, 1])).toEqual([3, null, 1, 1, 4])
  })

  it('says why a figure is missing: table not read (with reason and place), not given, no report', () => {
    expect(row(C).cells.received.absence).toEqual({
      kind: 'unread',
      table: 'requests',
      reason: '数字连在一起，无法唯一拆分',
      where: '第3页',
    })
    expect(row(P).cells.granted.absence).toEqual({ kind: 'notGiven', table: 'requests' })
    expect(row(P).cells.review.absence).toEqual({ kind: 'noTable', table: 'appeals' })
    expect(row(D).cells.handled.absence).toEqual({ kind: 'noReport', year: 2024 })
  })

  it('changes from the year before only where both years give the figure', () => {
    expect(row(A).cells.received).toMatchObject({ previous: 40, diff: 10, change: 0.25 })
    expect(row(B).cells.received).toMatchObject({ previous: 60, diff: -10 })
    // P has no 2023 report; C's 2024 is unread: no delta either way.
    expect(row(P).cells.received).toMatchObject({ previous: null, diff: null, change: null })
    expect(row(C).cells.received).toMatchObject({ previous: null, diff: null })
  })

  it('moves ranks against last year’s ranks', () => {
    // received 2023: B 60 (1), A 40 (2), D 7 (3), C 5 (4)
    expect(row(A).cells.received).toMatchObject({ rank: 1, previousRank: 2, rankChange: 1 })
    expect(row(B).cells.received).toMatchObject({ rank: 1, previousRank: 1, rankChange: 0 })
    expect(row(P).cells.received).toMatchObject({ previousRank: null, rankChange: null })
  })

  it('ranks a rate only over enough cases, and keeps its parts for the tooltip', () => {
    // A: (30 + 6) / 48 = 75 %, 48 cases; B: (5 + 1) / 20, 20 cases < 30
    expect(row(A).cells.disclosure.value).toBeCloseTo(0.75, 10)
    expect(row(A).cells.disclosure.rank).toBe(1)
    expect(row(B).cells.disclosure).toMatchObject({
      value: null,
      rank: null,
      absence: { kind: 'tooFew', cases: 20, minCases: 30 },
      rate: { numerator: 6, denominator: 20 },
    })
    // A 2023: 24 / 40 = 60 % → +15 pp; a rate's change is its difference only
    expect(row(A).cells.disclosure.diff).toBeCloseTo(0.15, 10)
    expect(row(A).cells.disclosure.change).toBeNull()
    // With the other definition: 30 / 48
    const granted = agencyTable(reports, {
      ...options,
      definitions: { ...DEFAULT_DEFINITIONS, disclosure: 'granted' },
    })
    const a = granted.rows.find((r) => r.agency === A)
    expect(a?.cells.disclosure.value).toBeCloseTo(0.625, 10)
    // With no minimum, B's 30 % ranks too.
    const all = agencyTable(reports, { ...options, minCases: 0 })
    expect(all.rows.find((r) => r.agency === B)?.cells.disclosure.rank).toBe(2)
  })

  it('counts open findings per agency and year, a missing year included, and none without report', () => {
    const withFindings = agencyTable(reports, {
      ...options,
      openFindings: new Map([
        [`${A}\u00002024`, 2],
        [`${D}\u00002024`, 1],
      ]),
    })
    const f = (a: string) => withFindings.rows.find((r) => r.agency === a)?.cells.findings
    expect(f(A)).toMatchObject({ value: 2, rank: 1 })
    expect(f(D)).toMatchObject({ value: 1 })
    expect(f(B)).toMatchObject({ value: 0 })
  })

  it('opens on the latest year most agencies reported, not a year of first reports', () => {
    const early = [...reports, report('某局', '青禾区', 2025, { received: 1 })]
    expect(defaultYear(early)).toBe(2024)
    expect(agencyTable(early, { ...options, year: null }).year).toBe(2024)
    // A year asked for that is held is shown as asked.
    expect(agencyTable(early, { ...options, year: 2025 }).year).toBe(2025)
    expect(agencyTable([], options)).toMatchObject({ year: null, rows: [] })
  })
})

describe('sorting and grouping', () => {
  it('sorts by a figure with agencies lacking it last in either direction, ties by name', () => {
    const desc = sortRows(table.rows, 'received', 'desc').map((r) => r.agency)
    const asc = sortRows(table.rows, 'received', 'asc').map((r) => r.agency)
    // A and B tie at 50: by name; then P's 9.
    expect(desc.slice(0, 2)).toEqual([A, B].sort(new Intl.Collator('zh-CN').compare))
    expect(desc[2]).toBe(P)
    expect(asc[0]).toBe(P)
    expect(desc.slice(3).sort()).toEqual([C, D].sort())
    expect(asc.slice(3).sort()).toEqual([C, D].sort())
    expect(sortRows(table.rows, 'agency', 'asc').map((r) => r.agency)).toEqual(
      [A, B, C, D, P].sort(new Intl.Collator('zh-CN').compare),
    )
  })

  it('groups by region in the sorted order, the region’s own government leading', () => {
    const names = shortNames(table.rows)
    const sorted = sortRows(table.rows, 'received', 'desc')
    const groups = groupByRegion(sorted, (r) => names.get(r.agency)?.head ?? false)
    expect(groups.map((g) => g.region)).toEqual(['青禾区', P])
    const pingtan = groups[1]
    expect(pingtan?.head?.agency).toBe(P)
    expect(pingtan?.members.map((m) => m.agency)).toEqual([D])
    expect(groups[0]?.head).toBeNull()
    expect(names.get(D)?.short).toBe('公安局')
  })
})

describe('the table as a file', () => {
  const sorted = sortRows(table.rows, 'received', 'desc')
  const sheet = agencyTableSheet(table, sorted, {
    definitions: DEFAULT_DEFINITIONS,
    minCases: 30,
    dataDate: Date.UTC(2025, 4, 3, 4),
    filter: '全部年度 · 青禾区',
    exportedAt: Date.UTC(2025, 4, 6, 4),
  })

  it('keeps the order shown, leaves a missing figure blank (never 0) and says why', () => {
    expect(sheet.header.slice(0, 6)).toEqual([
      '区域',
      '机构',
      '本年新收',
      '本年新收·同比增减',
      '本年新收·排名',
      '本年新收·排名变化',
    ])
    const c = sheet.rows.find((r) => r[1] === C) ?? []
    expect(c.slice(2, 6)).toEqual([null, null, null, null])
    expect(String(c[c.length - 1])).toContain('表三未能读取（第3页）：数字连在一起，无法唯一拆分')
    const d = sheet.rows.find((r) => r[1] === D) ?? []
    // One reason shared by every figure is said once.
    expect(d[d.length - 1]).toBe('无 2024 年报告')
    const a = sheet.rows.find((r) => r[1] === A) ?? []
    expect(a.slice(2, 6)).toEqual([50, 10, 1, 1])
  })

  it('is stamped with the 口径, the minimum cases, the data date and the filter', () => {
    const notes = sheet.notes.join('\n')
    expect(notes).toContain('口径：公开率 =（予以公开 + 部分公开）÷ 办结')
    expect(notes).toContain('纠错率 = 结果纠正 ÷ 已审结')
    expect(notes).toContain('案件少于 30 件的比率不计算、不排名')
    expect(notes).toContain('数据日期：2025-05-03')
    expect(notes).toContain('筛选：全部年度 · 青禾区')
    expect(sheetMatrix(sheet).at(-sheet.notes.length - 1)).toEqual([])
  })

  it('writes CSV with a BOM, blank cells for missing figures and no formula a spreadsheet runs', () => {
    const evil = { ...sheet, rows: [['=HYPERLINK("x")', '甲', null, 1]] }
    const csv = stampedCsv(evil)
    expect(csv.startsWith('\ufeff')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""x"")",甲,,1`)
    expect(csv).toContain('口径：')
  })
})
