/** One measure over agencies × years: the heatmaps' grid. */
import type { Report } from '@/domain/report'
import { groupBy } from '@/lib/groupBy'
import { figuresByAgency, figuresOf, sumFigures, type KeyFigures } from './figures'

export interface AgencyYearMatrix {
  agencies: string[]
  years: number[]
  /** [yearIndex, agencyIndex, value] for every (agency, year) whose reports give the measure. */
  cells: [number, number, number][]
  /** (agency, year) pairs that have a report but do not give the measure: shown as —, not 0. */
  lacking: [number, number][]
}

/**
 * One measure for every (agency, year) pair. Pairs without a report are left out; pairs whose
 * report does not give the measure are listed apart (never a 0 cell).
 */
export function agencyYearMatrix(
  reports: readonly Report[],
  measure: (f: KeyFigures) => number | null,
): AgencyYearMatrix {
  const byAgency = figuresByAgency(reports)
  const agencies = byAgency.map((g) => g.key)
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b)
  const agencyIndex = new Map(agencies.map((a, i) => [a, i]))
  const yearIndex = new Map(years.map((y, i) => [y, i]))
  const cells: [number, number, number][] = []
  const lacking: [number, number][] = []
  const pairs = groupBy(reports, (r) => `${r.agency}\u0000${r.year}`)
  for (const list of pairs.values()) {
    const first = list[0] as Report
    const at: [number, number] = [
      yearIndex.get(first.year) ?? -1,
      agencyIndex.get(first.agency) ?? -1,
    ]
    const value = measure(list.length === 1 ? figuresOf(first) : sumFigures(list))
    if (value === null) lacking.push(at)
    else cells.push([...at, value])
  }
  return { agencies, years, cells, lacking }
}
