/**
 * 机构对比's table: every agency in scope × the key figures of one year, each with its change from
 * the year before, its rank and how the rank moved. A figure an agency's report does not give (or
 * a rate over too few cases) has no value, no delta and no rank: it is listed with why, and
 * ranked after every agency that gives it.
 */
import { reportKey, type Report } from '@/domain/report'
import { absenceIn, rateShown, type Absence, type FigureTable } from './absence'
import type { RateDefinitions } from './definitions'
import { figuresOf, known, type KeyFigures, type Tally } from './figures'
import { regionOf } from './filter'
import { disclosureRate, reviewCorrectionRate, type Rate } from './rates'

export const TABLE_FIGURES = [
  'received',
  'handled',
  'granted',
  'partial',
  'disclosure',
  'review',
  'suits',
  'correction',
  'findings',
] as const
export type TableFigure = (typeof TABLE_FIGURES)[number]

/** Figures that are rates: shown as percentages, ranked only over enough cases. */
export const RATE_FIGURES: ReadonlySet<TableFigure> = new Set(['disclosure', 'correction'])

export interface TableCell {
  /** The figure; a rate as a ratio. null where it is not given or too few cases. */
  value: number | null
  /** A rate's parts, also where the rate itself is withheld (for the tooltip). */
  rate?: Rate
  /** Why there is no value. */
  absence: Absence | null
  /** The previous calendar year's value, where that year has one. */
  previous: number | null
  diff: number | null
  /** value ÷ previous − 1, for counts only (a rate's change is its difference). */
  change: number | null
  /** 1 = largest; equal values share a rank (1, 2, 2, 4). */
  rank: number | null
  previousRank: number | null
  /** previousRank − rank: positive means it moved up. */
  rankChange: number | null
}

export interface TableRow {
  agency: string
  region: string
  /** The agency's report of the year, if any. */
  report: Report | null
  cells: Record<TableFigure, TableCell>
}

export interface AgencyTable {
  /** The year shown; null when there are no reports. */
  year: number | null
  /** Every year with a report in scope, for the year picker. */
  years: number[]
  rows: TableRow[]
  /** How many agencies each figure ranks (those with a value). */
  ranked: Record<TableFigure, number>
}

export interface AgencyTableOptions {
  /** The year to show; the latest year in scope when absent or not held. */
  year?: number | null
  definitions: RateDefinitions
  minCases: number
  /** Open findings per reportKey (agency, year); MISSING years count too. */
  openFindings?: ReadonlyMap<string, number>
}

interface Shown {
  value: number | null
  rate?: Rate
  absence: Absence | null
}

function count(report: Report, f: KeyFigures, pick: (f: KeyFigures) => Tally, table: FigureTable) {
  const value = known(pick(f))
  return { value, absence: value === null ? absenceIn(report, table) : null }
}

/** One figure of one report, or why it has none. */
export function figureOf(
  figure: TableFigure,
  report: Report | null,
  year: number,
  agency: string,
  options: AgencyTableOptions,
): Shown {
  if (figure === 'findings') {
    const n = options.openFindings?.get(reportKey({ agency, year }))
    if (n !== undefined) return { value: n, absence: null }
    // No finding and a report: none open. No report: a count would claim a year it did not send
    // (a missing year has its MISSING finding, counted above).
    if (report && options.openFindings) return { value: 0, absence: null }
    return { value: null, absence: report ? null : { kind: 'noReport', year } }
  }
  if (!report) return { value: null, absence: { kind: 'noReport', year } }
  const f = figuresOf(report)
  switch (figure) {
    case 'received':
      return count(report, f, (x) => x.received, 'requests')
    case 'handled':
      return count(report, f, (x) => x.handled, 'requests')
    case 'granted':
      return count(report, f, (x) => x.outcomes.granted, 'requests')
    case 'partial':
      return count(report, f, (x) => x.outcomes.partial, 'requests')
    case 'review':
      return count(report, f, (x) => x.review.total, 'appeals')
    case 'suits':
      return count(report, f, (x) => x.suits.total, 'appeals')
    case 'disclosure': {
      const rate = disclosureRate(f, options.definitions.disclosure)
      return { rate, ...shownRate(rate, options.minCases, report, 'requests') }
    }
    case 'correction': {
      const rate = reviewCorrectionRate(f, options.definitions.correction)
      return { rate, ...shownRate(rate, options.minCases, report, 'appeals') }
    }
  }
}

function shownRate(r: Rate, minCases: number, report: Report, table: FigureTable) {
  return rateShown(r, minCases, report, table)
}

/** Competition ranks, largest first: values equal share a rank. */
export function ranks(values: readonly (number | null)[]): (number | null)[] {
  const order = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null)
    .sort((a, b) => b.v - a.v)
  const out: (number | null)[] = values.map(() => null)
  order.forEach((x, k) => {
    const before = order[k - 1]
    out[x.i] = before && before.v === x.v ? (out[before.i] ?? k + 1) : k + 1
  })
  return out
}

/**
 * The year a table opens on: the latest year that most agencies have reported — at least half
 * as many reports as the busiest year. The very latest year often holds the first few reports
 * only (published each spring), and a table of dashes compares nothing.
 */
export function defaultYear(reports: readonly Report[]): number | null {
  const counts = new Map<number, number>()
  for (const r of reports) counts.set(r.year, (counts.get(r.year) ?? 0) + 1)
  const most = Math.max(0, ...counts.values())
  const years = [...counts.keys()].filter((y) => (counts.get(y) ?? 0) * 2 >= most)
  return years.length ? Math.max(...years) : null
}

export function agencyTable(reports: readonly Report[], options: AgencyTableOptions): AgencyTable {
  const byAgency = new Map<string, { region: string; years: Map<number, Report> }>()
  const years = new Set<number>()
  for (const r of reports) {
    years.add(r.year)
    let a = byAgency.get(r.agency)
    if (!a) byAgency.set(r.agency, (a = { region: regionOf(r), years: new Map() }))
    a.years.set(r.year, r)
    // The region of the latest report names the agency's group.
    const latest = Math.max(...a.years.keys())
    if (r.year === latest) a.region = regionOf(r)
  }
  const yearList = [...years].sort((a, b) => a - b)
  const wanted = options.year ?? null
  const year = wanted !== null && years.has(wanted) ? wanted : defaultYear(reports)
  const ranked = Object.fromEntries(TABLE_FIGURES.map((f) => [f, 0])) as Record<TableFigure, number>
  if (year === null) return { year, years: yearList, rows: [], ranked }

  const agencies = [...byAgency.entries()]
  const rows: TableRow[] = agencies.map(([agency, a]) => ({
    agency,
    region: a.region,
    report: a.years.get(year) ?? null,
    cells: {} as Record<TableFigure, TableCell>,
  }))
  for (const figure of TABLE_FIGURES) {
    const now = agencies.map(([agency, a]) =>
      figureOf(figure, a.years.get(year) ?? null, year, agency, options),
    )
    const before = agencies.map(([agency, a]) =>
      figureOf(figure, a.years.get(year - 1) ?? null, year - 1, agency, options),
    )
    const previous = before.map((b) => b.value)
    const rankNow = ranks(now.map((s) => s.value))
    const rankBefore = ranks(previous)
    ranked[figure] = rankNow.filter((r) => r !== null).length
    now.forEach((s, i) => {
      const prev = s.value === null ? null : (previous[i] ?? null)
      const diff = s.value !== null && prev !== null ? s.value - prev : null
      const rank = rankNow[i] ?? null
      const previousRank = rankBefore[i] ?? null
      const cell: TableCell = {
        value: s.value,
        absence: s.absence,
        previous: prev,
        diff,
        change:
          diff !== null && prev !== null && prev !== 0 && !RATE_FIGURES.has(figure)
            ? diff / prev
            : null,
        rank,
        previousRank,
        rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      }
      if (s.rate) cell.rate = s.rate
      ;(rows[i] as TableRow).cells[figure] = cell
    })
  }
  return { year, years: yearList, rows, ranked }
}

export type SortKey = TableFigure | 'agency'
export type SortOrder = 'asc' | 'desc'

const collator = new Intl.Collator('zh-CN')

/**
 * Rows sorted by a figure (agencies without it last, in either direction) or by name; ties by
 * name, so the order is the same on every machine.
 */
export function sortRows(rows: readonly TableRow[], key: SortKey, order: SortOrder): TableRow[] {
  const sign = order === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    if (key === 'agency') return sign * collator.compare(a.agency, b.agency)
    const x = a.cells[key].value
    const y = b.cells[key].value
    if (x !== y) {
      if (x === null) return 1
      if (y === null) return -1
      return sign * (x - y)
    }
    return collator.compare(a.agency, b.agency)
  })
}

export interface RegionGroup {
  region: string
  /** The region's own government, which the others fold under; null when not in scope. */
  head: TableRow | null
  members: TableRow[]
}

/**
 * Rows grouped by region, in the order of the sorted rows: a group stands where its first row
 * stands, its members keep their order, and its head (`isHead`) leads it.
 */
export function groupByRegion(
  sorted: readonly TableRow[],
  isHead: (row: TableRow) => boolean,
): RegionGroup[] {
  const groups = new Map<string, RegionGroup>()
  for (const row of sorted) {
    let g = groups.get(row.region)
    if (!g) groups.set(row.region, (g = { region: row.region, head: null, members: [] }))
    if (g.head === null && isHead(row)) g.head = row
    else g.members.push(row)
  }
  return [...groups.values()]
}
