/** MISSING: an agency that reported in other years has no report for a year between its first and last. */
import type { Report } from '@/domain/report'
import { finding, type Finding } from './types'

/** Each agency's years, first to last, with the ones it has no report for. */
export function yearGrid(
  reports: readonly Report[],
): Map<string, { first: number; last: number; missing: number[] }> {
  const years = new Map<string, Set<number>>()
  for (const r of reports) {
    const set = years.get(r.agency) ?? new Set<number>()
    set.add(r.year)
    years.set(r.agency, set)
  }
  const grid = new Map<string, { first: number; last: number; missing: number[] }>()
  for (const [agency, set] of years) {
    const sorted = [...set].sort((a, b) => a - b)
    const first = sorted[0] as number
    const last = sorted[sorted.length - 1] as number
    const missing: number[] = []
    for (let y = first + 1; y < last; y++) if (!set.has(y)) missing.push(y)
    grid.set(agency, { first, last, missing })
  }
  return grid
}

export function checkMissing(reports: readonly Report[]): Finding[] {
  const out: Finding[] = []
  for (const [agency, { first, last, missing }] of yearGrid(reports)) {
    for (const year of missing) {
      out.push(
        finding('MISSING', 'warning', { agency, year }, [], 'missing', {
          agency,
          first,
          last,
          year,
        }),
      )
    }
  }
  return out
}
