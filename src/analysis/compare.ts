/**
 * The comparison view's table: for each agency, key figures per year with the change from the
 * year before.
 */
import type { Report } from '@/domain/report'
import { figuresByYear, suits, type KeyFigures } from './figures'
import { disclosureRate } from './rates'
import { yearOverYear, type Delta } from './yoy'

export const COMPARED_FIGURES = [
  'received',
  'handled',
  'granted',
  'rate',
  'review',
  'suits',
] as const
export type ComparedFigure = (typeof COMPARED_FIGURES)[number]

export function comparedValue(f: KeyFigures, figure: ComparedFigure): number | null {
  switch (figure) {
    case 'received':
      return f.received
    case 'handled':
      return f.handled
    case 'granted':
      return f.outcomes.granted + f.outcomes.partial
    case 'rate':
      return disclosureRate(f).value
    case 'review':
      return f.review.total
    case 'suits':
      return suits(f).total
  }
}

export interface AgencyComparison {
  agency: string
  years: number[]
  /** For each figure, one delta per year the agency reported. */
  rows: Record<ComparedFigure, (Delta | null)[]>
}

export function compareAgency(reports: readonly Report[], agency: string): AgencyComparison {
  const byYear = figuresByYear(reports.filter((r) => r.agency === agency))
  const years = byYear.map((g) => g.key)
  const rows = {} as Record<ComparedFigure, (Delta | null)[]>
  for (const figure of COMPARED_FIGURES) {
    const series = byYear.flatMap((g) => {
      const value = comparedValue(g.figures, figure)
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
