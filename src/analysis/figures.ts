/**
 * Key figures of a report and their sums over many reports: the numbers every view starts from.
 *
 * A sum is kept with how many reports gave its figure (a `Tally`): a report whose table 3 was not
 * read, or a summary sheet that gives only some figures, is left out of that sum — never added as
 * 0 — and the view says how many reports it lacks. Rates keep their numerator and denominator
 * from the same reports only, those that give every part.
 */
import {
  APPEAL_MEASURE_KEYS,
  OUTCOME_GROUPS,
  type AppealBlockKey,
  type AppealMeasureKey,
  type OutcomeGroup,
} from '@/domain/catalog'
import type { Report, TableKey } from '@/domain/report'
import { appealFigure, outcomeGroupFigure, requestFigure, type Given } from './cells'
import { groupBy } from '@/lib/groupBy'
import type { CorrectionBasis, DisclosureBasis } from './definitions'

/** A figure added up over reports: over those that give it, and how many do. */
export interface Tally {
  /** The sum over the reports that give the figure. */
  value: number
  /** How many reports give it, printed or derived. */
  n: number
  /** How many of those give it only as derived from other printed cells. */
  derived: number
}

/** A ratio's parts, added up over the reports that give all of them. */
export interface RateTally {
  numerator: number
  denominator: number
  n: number
}

export type AppealTallies = Record<AppealMeasureKey, Tally>

export interface KeyFigures {
  reports: number
  /** 一、本年新收 · 总计 */
  received: Tally
  /** 二、上年结转 · 总计 */
  carriedOver: Tally
  /** （七）总计 · 总计: requests handled (办结) this year. */
  handled: Tally
  /** 四、结转下年度继续办理 · 总计 */
  carriedForward: Tally
  outcomes: Record<OutcomeGroup, Tally>
  /**
   * The outcome groups over the reports that give all six: shares of a whole are only meaningful
   * when every part comes from the same reports.
   */
  distribution: { n: number; values: Record<OutcomeGroup, number> }
  review: AppealTallies
  suitDirect: AppealTallies
  suitAfterReview: AppealTallies
  /** Both kinds of lawsuit together: given where a report gives both blocks' cell. */
  suits: AppealTallies
  rates: {
    disclosure: Record<DisclosureBasis, RateTally>
    reviewCorrection: Record<CorrectionBasis, RateTally>
    suitCorrection: Record<CorrectionBasis, RateTally>
  }
  /** Reports that hold nothing of a table: printed but not read, or not given at all. */
  lacking: Record<Exclude<TableKey, 'active'>, number>
  /** Of those, reports that printed the table but it could not be read exactly. */
  unread: Record<TableKey, number>
}

export function emptyTally(): Tally {
  return { value: 0, n: 0, derived: 0 }
}

function emptyRate(): RateTally {
  return { numerator: 0, denominator: 0, n: 0 }
}

function emptyAppeal(): AppealTallies {
  return {
    upheld: emptyTally(),
    corrected: emptyTally(),
    other: emptyTally(),
    pending: emptyTally(),
    total: emptyTally(),
  }
}

export function emptyFigures(): KeyFigures {
  return {
    reports: 0,
    received: emptyTally(),
    carriedOver: emptyTally(),
    handled: emptyTally(),
    carriedForward: emptyTally(),
    outcomes: {
      granted: emptyTally(),
      partial: emptyTally(),
      denied: emptyTally(),
      unavailable: emptyTally(),
      rejected: emptyTally(),
      other: emptyTally(),
    },
    distribution: {
      n: 0,
      values: { granted: 0, partial: 0, denied: 0, unavailable: 0, rejected: 0, other: 0 },
    },
    review: emptyAppeal(),
    suitDirect: emptyAppeal(),
    suitAfterReview: emptyAppeal(),
    suits: emptyAppeal(),
    rates: {
      disclosure: { grantedPartial: emptyRate(), granted: emptyRate() },
      reviewCorrection: { decided: emptyRate(), total: emptyRate() },
      suitCorrection: { decided: emptyRate(), total: emptyRate() },
    },
    lacking: { requests: 0, appeals: 0 },
    unread: { requests: 0, appeals: 0, active: 0 },
  }
}

/** The figure's value, or null where no report gives it. */
export function known(t: Tally): number | null {
  return t.n > 0 ? t.value : null
}

function count(t: Tally, g: Given | undefined): void {
  if (!g) return
  t.value += g.value
  t.n += 1
  if (g.derived) t.derived += 1
}

function addRate(t: RateTally, numerator: number, denominator: number): void {
  t.numerator += numerator
  t.denominator += denominator
  t.n += 1
}

const BLOCKS: readonly AppealBlockKey[] = ['review', 'suitDirect', 'suitAfterReview']

function appealInto(
  f: KeyFigures,
  r: Report,
): Record<AppealBlockKey, Record<AppealMeasureKey, Given | undefined>> {
  const out = {} as Record<AppealBlockKey, Record<AppealMeasureKey, Given | undefined>>
  for (const block of BLOCKS) {
    const given = {} as Record<AppealMeasureKey, Given | undefined>
    for (const m of APPEAL_MEASURE_KEYS) {
      given[m] = appealFigure(r, block, m)
      count(f[block][m], given[m])
    }
    out[block] = given
  }
  for (const m of APPEAL_MEASURE_KEYS) {
    const a = out.suitDirect[m]
    const b = out.suitAfterReview[m]
    if (a && b) count(f.suits[m], { value: a.value + b.value, derived: a.derived || b.derived })
  }
  return out
}

function correctionInto(
  target: Record<CorrectionBasis, RateTally>,
  blocks: readonly Record<AppealMeasureKey, Given | undefined>[],
): void {
  let corrected = 0
  let total = 0
  let pending = 0
  for (const b of blocks) {
    if (!b.corrected || !b.total || !b.pending) return
    corrected += b.corrected.value
    total += b.total.value
    pending += b.pending.value
  }
  addRate(target.decided, corrected, total - pending)
  addRate(target.total, corrected, total)
}

function figuresInto(f: KeyFigures, r: Report): void {
  f.reports = 1
  count(f.received, requestFigure(r, 'newReceived'))
  count(f.carriedOver, requestFigure(r, 'carriedOver'))
  const handled = requestFigure(r, 'total')
  count(f.handled, handled)
  count(f.carriedForward, requestFigure(r, 'carriedForward'))
  let whole = true
  for (const g of OUTCOME_GROUPS) {
    const given = outcomeGroupFigure(r, g.key)
    count(f.outcomes[g.key], given)
    if (!given) whole = false
  }
  if (whole) {
    f.distribution.n = 1
    for (const g of OUTCOME_GROUPS) f.distribution.values[g.key] = f.outcomes[g.key].value
  }
  const granted = f.outcomes.granted.n > 0 ? f.outcomes.granted.value : undefined
  const partial = f.outcomes.partial.n > 0 ? f.outcomes.partial.value : undefined
  if (handled && granted !== undefined) {
    addRate(f.rates.disclosure.granted, granted, handled.value)
    if (partial !== undefined)
      addRate(f.rates.disclosure.grantedPartial, granted + partial, handled.value)
  }
  const appeals = appealInto(f, r)
  correctionInto(f.rates.reviewCorrection, [appeals.review])
  correctionInto(f.rates.suitCorrection, [appeals.suitDirect, appeals.suitAfterReview])
  for (const u of r.unread ?? []) f.unread[u.table] = 1
  if (Object.keys(r.requests).length === 0) f.lacking.requests = 1
  if (Object.keys(r.appeals).length === 0) f.lacking.appeals = 1
}

/** Reports do not change once imported: each one's figures are read from its cells once. */
const cache = new WeakMap<Report, KeyFigures>()

/** A report's own figures (every `n` is 0 or 1). Shared: read them, never change them. */
export function figuresOf(report: Report): KeyFigures {
  let f = cache.get(report)
  if (!f) {
    f = emptyFigures()
    figuresInto(f, report)
    cache.set(report, f)
  }
  return f
}

function addTally(t: Tally, s: Tally): void {
  t.value += s.value
  t.n += s.n
  t.derived += s.derived
}

function addRateTally(t: RateTally, s: RateTally): void {
  t.numerator += s.numerator
  t.denominator += s.denominator
  t.n += s.n
}

function addAppeal(t: AppealTallies, s: AppealTallies): void {
  addTally(t.upheld, s.upheld)
  addTally(t.corrected, s.corrected)
  addTally(t.other, s.other)
  addTally(t.pending, s.pending)
  addTally(t.total, s.total)
}

/** Adds `f` into `target`, field by field (the hot loop of every aggregation: no key lists). */
function addFigures(target: KeyFigures, f: KeyFigures): void {
  target.reports += f.reports
  addTally(target.received, f.received)
  addTally(target.carriedOver, f.carriedOver)
  addTally(target.handled, f.handled)
  addTally(target.carriedForward, f.carriedForward)
  const o = target.outcomes
  const p = f.outcomes
  addTally(o.granted, p.granted)
  addTally(o.partial, p.partial)
  addTally(o.denied, p.denied)
  addTally(o.unavailable, p.unavailable)
  addTally(o.rejected, p.rejected)
  addTally(o.other, p.other)
  const d = target.distribution
  const e = f.distribution
  if (e.n > 0) {
    d.n += e.n
    d.values.granted += e.values.granted
    d.values.partial += e.values.partial
    d.values.denied += e.values.denied
    d.values.unavailable += e.values.unavailable
    d.values.rejected += e.values.rejected
    d.values.other += e.values.other
  }
  addAppeal(target.review, f.review)
  addAppeal(target.suitDirect, f.suitDirect)
  addAppeal(target.suitAfterReview, f.suitAfterReview)
  addAppeal(target.suits, f.suits)
  const r = target.rates
  const s = f.rates
  addRateTally(r.disclosure.grantedPartial, s.disclosure.grantedPartial)
  addRateTally(r.disclosure.granted, s.disclosure.granted)
  addRateTally(r.reviewCorrection.decided, s.reviewCorrection.decided)
  addRateTally(r.reviewCorrection.total, s.reviewCorrection.total)
  addRateTally(r.suitCorrection.decided, s.suitCorrection.decided)
  addRateTally(r.suitCorrection.total, s.suitCorrection.total)
  target.lacking.requests += f.lacking.requests
  target.lacking.appeals += f.lacking.appeals
  target.unread.requests += f.unread.requests
  target.unread.appeals += f.unread.appeals
  target.unread.active += f.unread.active
}

export function sumFigures(reports: readonly Report[]): KeyFigures {
  const f = emptyFigures()
  for (const r of reports) addFigures(f, figuresOf(r))
  return f
}

export interface Grouped<K> {
  key: K
  figures: KeyFigures
}

const collator = new Intl.Collator('zh-CN')

/** Largest number of requests received first; agencies that give none after them, by name. */
function byReceived(a: Grouped<string>, b: Grouped<string>): number {
  const x = known(a.figures.received)
  const y = known(b.figures.received)
  if (x !== y) {
    if (x === null) return 1
    if (y === null) return -1
    return y - x
  }
  return collator.compare(a.key, b.key)
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

/** A block's values for a chart: null where no report gives the cell. */
export function appealValues(block: AppealTallies): Record<AppealMeasureKey, number | null> {
  return {
    upheld: known(block.upheld),
    corrected: known(block.corrected),
    other: known(block.other),
    pending: known(block.pending),
    total: known(block.total),
  }
}
