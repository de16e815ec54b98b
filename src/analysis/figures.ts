/**
 * Key figures of a report and their sums over many reports: the numbers every view starts from.
 */
import { APPEAL_MEASURE_KEYS, type AppealMeasureKey, type OutcomeGroup } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { appealCell, outcomeGroupTotal, requestCell } from './cells'

export type AppealTotals = Record<AppealMeasureKey, number>

export interface KeyFigures {
  reports: number
  /** 一、本年新收 · 总计 */
  received: number
  /** 二、上年结转 · 总计 */
  carriedOver: number
  /** （七）总计 · 总计: requests handled this year. */
  handled: number
  /** 四、结转下年度继续办理 · 总计 */
  carriedForward: number
  outcomes: Record<OutcomeGroup, number>
  review: AppealTotals
  suitDirect: AppealTotals
  suitAfterReview: AppealTotals
}

function emptyAppeal(): AppealTotals {
  return { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }
}

export function emptyFigures(): KeyFigures {
  return {
    reports: 0,
    received: 0,
    carriedOver: 0,
    handled: 0,
    carriedForward: 0,
    outcomes: { granted: 0, partial: 0, denied: 0, unavailable: 0, rejected: 0, other: 0 },
    review: emptyAppeal(),
    suitDirect: emptyAppeal(),
    suitAfterReview: emptyAppeal(),
  }
}

const OUTCOME_KEYS = Object.keys(emptyFigures().outcomes) as OutcomeGroup[]

function addInto(target: KeyFigures, r: Report): void {
  target.reports += 1
  target.received += requestCell(r, 'newReceived')
  target.carriedOver += requestCell(r, 'carriedOver')
  target.handled += requestCell(r, 'total')
  target.carriedForward += requestCell(r, 'carriedForward')
  for (const g of OUTCOME_KEYS) target.outcomes[g] += outcomeGroupTotal(r, g)
  for (const m of APPEAL_MEASURE_KEYS) {
    target.review[m] += appealCell(r, 'review', m)
    target.suitDirect[m] += appealCell(r, 'suitDirect', m)
    target.suitAfterReview[m] += appealCell(r, 'suitAfterReview', m)
  }
}

/** Reports do not change once imported: each one's figures are read from its cells once. */
const cache = new WeakMap<Report, KeyFigures>()

/** A report's own figures. Shared: read them, never change them. */
export function figuresOf(report: Report): KeyFigures {
  let f = cache.get(report)
  if (!f) {
    f = emptyFigures()
    addInto(f, report)
    cache.set(report, f)
  }
  return f
}

function addAppeal(target: AppealTotals, a: AppealTotals): void {
  target.upheld += a.upheld
  target.corrected += a.corrected
  target.other += a.other
  target.pending += a.pending
  target.total += a.total
}

/** Adds `f` into `target`, field by field (the hot loop of every aggregation: no key lists). */
function addFigures(target: KeyFigures, f: KeyFigures): void {
  target.reports += f.reports
  target.received += f.received
  target.carriedOver += f.carriedOver
  target.handled += f.handled
  target.carriedForward += f.carriedForward
  const o = target.outcomes
  const p = f.outcomes
  o.granted += p.granted
  o.partial += p.partial
  o.denied += p.denied
  o.unavailable += p.unavailable
  o.rejected += p.rejected
  o.other += p.other
  addAppeal(target.review, f.review)
  addAppeal(target.suitDirect, f.suitDirect)
  addAppeal(target.suitAfterReview, f.suitAfterReview)
}

export function sumFigures(reports: readonly Report[]): KeyFigures {
  const f = emptyFigures()
  for (const r of reports) addFigures(f, figuresOf(r))
  return f
}

/** Lawsuits of both kinds together (direct and after review). */
export function suits(f: KeyFigures): AppealTotals {
  const out = emptyAppeal()
  for (const m of APPEAL_MEASURE_KEYS) out[m] = f.suitDirect[m] + f.suitAfterReview[m]
  return out
}

export interface Grouped<K> {
  key: K
  figures: KeyFigures
}

function groupBy<K>(reports: readonly Report[], keyOf: (r: Report) => K): Map<K, Report[]> {
  const map = new Map<K, Report[]>()
  for (const r of reports) {
    const k = keyOf(r)
    const list = map.get(k)
    if (list) list.push(r)
    else map.set(k, [r])
  }
  return map
}

const collator = new Intl.Collator('zh-CN')

/** Largest number of requests received first (ties by name). */
function byReceived(a: Grouped<string>, b: Grouped<string>): number {
  return b.figures.received - a.figures.received || collator.compare(a.key, b.key)
}

/** Figures per agency, largest number of requests received first (ties by name). */
export function figuresByAgency(reports: readonly Report[]): Grouped<string>[] {
  return [...groupBy(reports, (r) => r.agency)]
    .map(([key, list]) => ({ key, figures: sumFigures(list) }))
    .sort(byReceived)
}

/** Figures per reporting year, in year order. */
export function figuresByYear(reports: readonly Report[]): Grouped<number>[] {
  return [...groupBy(reports, (r) => r.year)]
    .map(([key, list]) => ({ key, figures: sumFigures(list) }))
    .sort((a, b) => a.key - b.key)
}

/** What the views start from, for one selection of reports. */
export interface Summary {
  /** The reports selected, in the order given. */
  reports: Report[]
  totals: KeyFigures
  /** As figuresByAgency(reports). */
  byAgency: Grouped<string>[]
  /** As figuresByYear(reports). */
  byYear: Grouped<number>[]
}

/**
 * The selected reports with their totals, per agency and per year, in one pass: the same numbers
 * as sumFigures, figuresByAgency and figuresByYear over `reports.filter(keep)`.
 */
export function summarize(reports: readonly Report[], keep: (r: Report) => boolean): Summary {
  const selected: Report[] = []
  const totals = emptyFigures()
  const agencies = new Map<string, KeyFigures>()
  const years = new Map<number, KeyFigures>()
  for (const r of reports) {
    if (!keep(r)) continue
    selected.push(r)
    const f = figuresOf(r)
    addFigures(totals, f)
    let a = agencies.get(r.agency)
    if (!a) agencies.set(r.agency, (a = emptyFigures()))
    addFigures(a, f)
    let y = years.get(r.year)
    if (!y) years.set(r.year, (y = emptyFigures()))
    addFigures(y, f)
  }
  return {
    reports: selected,
    totals,
    byAgency: [...agencies].map(([key, figures]) => ({ key, figures })).sort(byReceived),
    byYear: [...years].map(([key, figures]) => ({ key, figures })).sort((a, b) => a.key - b.key),
  }
}

export interface AgencyYearMatrix {
  agencies: string[]
  years: number[]
  /** [yearIndex, agencyIndex, value] for every (agency, year) that has a report. */
  cells: [number, number, number][]
}

/** One measure for every (agency, year) pair; pairs without a report are left out (not zero). */
export function agencyYearMatrix(
  reports: readonly Report[],
  measure: (f: KeyFigures) => number,
): AgencyYearMatrix {
  const byAgency = figuresByAgency(reports)
  const agencies = byAgency.map((g) => g.key)
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b)
  const agencyIndex = new Map(agencies.map((a, i) => [a, i]))
  const yearIndex = new Map(years.map((y, i) => [y, i]))
  const cells: [number, number, number][] = []
  const pairs = groupBy(reports, (r) => `${r.agency}\u0000${r.year}`)
  for (const list of pairs.values()) {
    const first = list[0] as Report
    cells.push([
      yearIndex.get(first.year) ?? -1,
      agencyIndex.get(first.agency) ?? -1,
      measure(list.length === 1 ? figuresOf(first) : sumFigures(list)),
    ])
  }
  return { agencies, years, cells }
}
