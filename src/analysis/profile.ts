/**
 * 机构档案: one agency over all its years — requests by applicant type, outcomes, refusal reasons,
 * review and litigation with their outcomes, and rates — each year beside the year before, and
 * what is missing: years with no report between its first and last, tables not read (with the
 * importer's reason) or not given. A total over several years adds up only the years that give
 * the figure and says how many do.
 */
import {
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  OUTCOME_GROUPS,
  rowSpec,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
  type OutcomeGroup,
  type RequestRowKey,
} from '@/domain/catalog'
import type { Report, TableKey } from '@/domain/report'
import { absenceIn, rateShown, type Absence, type FigureTable } from './absence'
import { appealFigure, outcomeGroupFigure, requestFigure, rowsOfGroup } from './cells'
import type { RateDefinitions } from './definitions'
import { figuresOf, sumFigures, type KeyFigures } from './figures'
import { regionOf } from './filter'
import { REFUSAL_GROUPS } from './outcomes'
import { disclosureRate, reviewCorrectionRate, suitCorrectionRate, type Rate } from './rates'

export interface YearCell {
  value: number | null
  absence: Absence | null
  /** A rate's parts, also where the rate is withheld. */
  rate?: Rate
  /** The previous calendar year's value, where it has one. */
  previous: number | null
  diff: number | null
  /** value ÷ previous − 1 (counts only). */
  change: number | null
}

export type ProfileSectionKey = 'applicants' | 'outcomes' | 'reasons' | 'appeals' | 'rates'
export type RateKey = 'disclosure' | 'reviewCorrection' | 'suitCorrection'

export interface ProfileRow {
  /** A cell path (requests.newReceived.natural), or rate.<RateKey>. */
  key: string
  /** The template's words. */
  label: string
  kind: 'count' | 'rate'
  /** A part of the row above it (drawn indented). */
  part: boolean
  /** One per year of the profile, in order. */
  cells: YearCell[]
  /** Over every year that gives it: counts added, a rate from the added parts. */
  total: { value: number | null; n: number; rate?: Rate }
}

export interface ProfileSection {
  key: ProfileSectionKey
  rows: ProfileRow[]
}

export type YearGap =
  | { year: number; kind: 'missing' }
  | { year: number; kind: 'unread'; table: TableKey; reason: string; where?: string }
  | { year: number; kind: 'noTable'; table: FigureTable }

export interface AgencyProfile {
  agency: string
  region: string
  /** Years with a report, in order. */
  years: number[]
  /** Years between the first and last report that have none (MISSING). */
  missing: number[]
  /** What is missing, year by year: missing years, tables not read or not given. */
  gaps: YearGap[]
  sections: ProfileSection[]
  /** Each year's figures (the charts draw these). */
  byYear: { key: number; figures: KeyFigures }[]
  /** All years added up. */
  totals: KeyFigures
}

export interface ProfileOptions {
  definitions: RateDefinitions
  minCases: number
}

type Figure = (r: Report) => { value: number } | undefined

function countRow(
  key: string,
  label: string,
  part: boolean,
  table: FigureTable,
  pick: Figure,
  reports: readonly Report[],
): ProfileRow {
  let total = 0
  let n = 0
  const values = reports.map((r) => {
    const g = pick(r)
    if (g) {
      total += g.value
      n += 1
    }
    return g ? g.value : null
  })
  const cells = reports.map((r, i) => {
    const value = values[i] ?? null
    return withDelta(
      { value, absence: value === null ? absenceIn(r, table) : null },
      reports,
      values,
      i,
      true,
    )
  })
  return { key, label, kind: 'count', part, cells, total: { value: n > 0 ? total : null, n } }
}

/** The cell with its change from the previous calendar year (only if that year has a value). */
function withDelta(
  cell: { value: number | null; absence: Absence | null; rate?: Rate },
  reports: readonly Report[],
  values: readonly (number | null)[],
  i: number,
  relative: boolean,
): YearCell {
  const r = reports[i] as Report
  const before = reports[i - 1]
  const previous = before && before.year === r.year - 1 ? (values[i - 1] ?? null) : null
  const diff = cell.value !== null && previous !== null ? cell.value - previous : null
  return {
    ...cell,
    previous: cell.value === null ? null : previous,
    diff,
    change:
      relative && diff !== null && previous !== null && previous !== 0 ? diff / previous : null,
  }
}

function rateRow(
  key: RateKey,
  label: string,
  table: FigureTable,
  of: (f: KeyFigures) => Rate,
  reports: readonly Report[],
  totals: KeyFigures,
  minCases: number,
): ProfileRow {
  const shown = reports.map((r) => {
    const rate = of(figuresOf(r))
    return { rate, ...rateShown(rate, minCases, r, table) }
  })
  const values = shown.map((s) => s.value)
  const cells = shown.map((s, i) => withDelta(s, reports, values, i, false))
  const all = of(totals)
  const total = rateShown(all, minCases, reports[0] as Report, table)
  return {
    key: `rate.${key}`,
    label,
    kind: 'rate',
    part: false,
    cells,
    total: { value: total.value, n: all.n, rate: all },
  }
}

const collatorYear = (a: Report, b: Report) => a.year - b.year

export function agencyProfile(
  reports: readonly Report[],
  agency: string,
  options: ProfileOptions,
): AgencyProfile | null {
  // One report per year (the active version); any other agency's reports are left out.
  const own = reports.filter((r) => r.agency === agency).sort(collatorYear)
  if (own.length === 0) return null
  const years = own.map((r) => r.year)
  const first = years[0] as number
  const last = years[years.length - 1] as number
  const held = new Set(years)
  const missing: number[] = []
  for (let y = first + 1; y < last; y++) if (!held.has(y)) missing.push(y)

  const gaps: YearGap[] = missing.map((year) => ({ year, kind: 'missing' as const }))
  for (const r of own) {
    for (const u of r.unread ?? []) {
      const gap: YearGap = { year: r.year, kind: 'unread', table: u.table, reason: u.reason }
      if (u.where !== undefined) gap.where = u.where
      gaps.push(gap)
    }
    const unread = new Set((r.unread ?? []).map((u) => u.table))
    if (!unread.has('requests') && Object.keys(r.requests).length === 0)
      gaps.push({ year: r.year, kind: 'noTable', table: 'requests' })
    if (!unread.has('appeals') && Object.keys(r.appeals).length === 0)
      gaps.push({ year: r.year, kind: 'noTable', table: 'appeals' })
  }
  gaps.sort((a, b) => a.year - b.year)

  const request = (row: RequestRowKey, column: ApplicantKey = 'total'): Figure => {
    return (r) => requestFigure(r, row, column)
  }
  const group = (g: OutcomeGroup): Figure => {
    return (r) => outcomeGroupFigure(r, g)
  }
  const appeal = (block: AppealBlockKey, m: AppealMeasureKey): Figure => {
    return (r) => appealFigure(r, block, m)
  }

  const applicants: ProfileRow[] = [
    countRow(
      'requests.newReceived.total',
      rowSpec('newReceived').short,
      false,
      'requests',
      request('newReceived'),
      own,
    ),
    ...APPLICANT_COLUMNS.filter((c) => c.key !== 'total').map((c) =>
      countRow(
        `requests.newReceived.${c.key}`,
        c.short,
        true,
        'requests',
        request('newReceived', c.key),
        own,
      ),
    ),
  ]

  const outcomes: ProfileRow[] = [
    countRow(
      'requests.carriedOver.total',
      rowSpec('carriedOver').short,
      false,
      'requests',
      request('carriedOver'),
      own,
    ),
    ...OUTCOME_GROUPS.map((g) =>
      countRow(`outcome.${g.key}`, g.label, true, 'requests', group(g.key), own),
    ),
    countRow(
      'requests.total.total',
      rowSpec('total').label,
      false,
      'requests',
      request('total'),
      own,
    ),
    countRow(
      'requests.carriedForward.total',
      rowSpec('carriedForward').short,
      false,
      'requests',
      request('carriedForward'),
      own,
    ),
  ]

  const reasons: ProfileRow[] = REFUSAL_GROUPS.flatMap((g) => [
    countRow(
      `outcome.${g}`,
      OUTCOME_GROUPS.find((o) => o.key === g)?.label ?? g,
      false,
      'requests',
      group(g),
      own,
    ),
    ...rowsOfGroup(g).map((row) =>
      countRow(`requests.${row}.total`, rowSpec(row).short, true, 'requests', request(row), own),
    ),
  ])

  const appeals: ProfileRow[] = APPEAL_BLOCKS.flatMap((b) => [
    countRow(`appeals.${b.key}.total`, b.label, false, 'appeals', appeal(b.key, 'total'), own),
    ...APPEAL_MEASURES.filter((m) => m.key !== 'total').map((m) =>
      countRow(`appeals.${b.key}.${m.key}`, m.label, true, 'appeals', appeal(b.key, m.key), own),
    ),
  ])

  const totals = sumFigures(own)
  const { definitions: d, minCases } = options
  const rates: ProfileRow[] = [
    rateRow(
      'disclosure',
      '公开率',
      'requests',
      (f) => disclosureRate(f, d.disclosure),
      own,
      totals,
      minCases,
    ),
    rateRow(
      'reviewCorrection',
      '行政复议纠错率',
      'appeals',
      (f) => reviewCorrectionRate(f, d.correction),
      own,
      totals,
      minCases,
    ),
    rateRow(
      'suitCorrection',
      '行政诉讼纠错率',
      'appeals',
      (f) => suitCorrectionRate(f, d.correction),
      own,
      totals,
      minCases,
    ),
  ]

  const latest = own[own.length - 1] as Report
  return {
    agency,
    region: regionOf(latest),
    years,
    missing,
    gaps,
    sections: [
      { key: 'applicants', rows: applicants },
      { key: 'outcomes', rows: outcomes },
      { key: 'reasons', rows: reasons },
      { key: 'appeals', rows: appeals },
      { key: 'rates', rows: rates },
    ],
    byYear: own.map((r) => ({ key: r.year, figures: figuresOf(r) })),
    totals,
  }
}

/** A row of the profile by its key. */
export function profileRow(p: AgencyProfile, key: string): ProfileRow | undefined {
  for (const s of p.sections) {
    const row = s.rows.find((r) => r.key === key)
    if (row) return row
  }
  return undefined
}
