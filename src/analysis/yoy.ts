/** Year-over-year change of a figure for one agency (or any series keyed by year). */
export interface Delta {
  year: number
  value: number
  /** The value of the previous calendar year, when that year has a report. */
  previous: number | null
  diff: number | null
  /** value ÷ previous − 1; null when the previous year is missing or 0. */
  change: number | null
}

/**
 * Deltas against the immediately preceding year only: a gap year gives no delta rather than a
 * misleading two-year change.
 */
export function yearOverYear(series: readonly { year: number; value: number }[]): Delta[] {
  const byYear = new Map(series.map((p) => [p.year, p.value]))
  return [...series]
    .sort((a, b) => a.year - b.year)
    .map(({ year, value }) => {
      const previous = byYear.get(year - 1) ?? null
      const diff = previous === null ? null : value - previous
      const change = previous === null || previous === 0 ? null : value / previous - 1
      return { year, value, previous, diff, change }
    })
}
