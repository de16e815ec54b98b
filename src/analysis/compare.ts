/**
 * The comparison view's table: for each agency, key figures per year with the change from the
 * year before.
 */
import type { Report } from '@/domain/report'
import type { RateDefinitions } from './definitions'
import { figuresByYear, known, type KeyFigures } from './figures'
import { disclosureRate, isReliable } from './rates'
import { yearOverYear, type Delta } from './yoy'

export const COMPARED_FIGURES = [
  'received',
  'handled',
  'granted',
  'partial',
  'rate',
  'review',
  'suits',
] as const
export type ComparedFigure = (typeof COMPARED_FIGURES)[number]

/**
 * A figure of the agency's reports; null where they do not give it (never 0), and a rate over
 * fewer cases than `minCases` (it is not shown, as in every other view).
 */
export function comparedValue(
  f: KeyFigures,
  figure: ComparedFigure,
  definitions?: RateDefinitions,
  minCases = 0,
): number | null {
  switch (figure) {
    case 'received':
      return known(f.received)
    case 'handled':
      return known(f.handled)
    case 'granted':
      return known(f.outcomes.granted)
    case 'partial':
      return known(f.outcomes.partial)
    case 'rate': {
      const r = disclosureRate(f, definitions?.disclosure)
      return isReliable(r, minCases) ? r.value : null
    }
    case 'review':
      return known(f.review.total)
    case 'suits':
      return known(f.suits.total)
  }
}

export interface AgencyComparison {
  agency: string
  years: number[]
  /** For each figure, one delta per year the agency reported. */
  rows: Record<ComparedFigure, (Delta | null)[]>
}

export function compareAgency(
  reports: readonly Report[],
  agency: string,
  definitions?: RateDefinitions,
  minCases = 0,
): AgencyComparison {
  const byYear = figuresByYear(reports.filter((r) => r.agency === agency))
  const years = byYear.map((g) => g.key)
  const rows = {} as Record<ComparedFigure, (Delta | null)[]>
  for (const figure of COMPARED_FIGURES) {
    const series = byYear.flatMap((g) => {
      const value = comparedValue(g.figures, figure, definitions, minCases)
      return value === null ? [] : [{ year: g.key, value }]
    })
    const deltas = yearOverYear(series)
    rows[figure] = years.map((y) => deltas.find((d) => d.year === y) ?? null)
  }
  return { agency, years, rows }
}

/** One value per year of `years` for the small multiples; null where there is no report. */
export function seriesForYears(
  reports: readonly Report[],
  agency: string,
  years: readonly number[],
  value: (f: KeyFigures) => number | null,
): (number | null)[] {
  const byYear = new Map(
    figuresByYear(reports.filter((r) => r.agency === agency)).map((g) => [g.key, g.figures]),
  )
  return years.map((y) => {
    const f = byYear.get(y)
    return f ? value(f) : null
  })
}
