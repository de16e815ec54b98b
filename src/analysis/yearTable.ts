/**
 * The year-over-year table of a briefing: the key figures of each year (a district's sums, or one
 * agency's own), each with its change from the year before and how many reports of the year do
 * not give it — a sum over fewer reports is said to be so, never read as a fall.
 */
import type { RateDefinitions } from './definitions'
import { known, type Grouped, type KeyFigures, type Tally } from './figures'
import { disclosureRate, isReliable, reviewCorrectionRate, type Rate } from './rates'

export const YEAR_FIGURES = [
  'reports',
  'received',
  'handled',
  'granted',
  'partial',
  'disclosure',
  'review',
  'suits',
  'correction',
] as const
export type YearFigure = (typeof YEAR_FIGURES)[number]

export interface YearCell {
  value: number | null
  /** Reports of the year that do not give the figure (for a rate: not every part). */
  lacking: number
  rate?: Rate
  previous: number | null
  diff: number | null
  change: number | null
}

export interface YearRow {
  year: number
  cells: Record<YearFigure, YearCell>
}

function tallyCell(f: KeyFigures, t: Tally): Pick<YearCell, 'value' | 'lacking'> {
  return { value: known(t), lacking: f.reports - t.n }
}

function rateCell(f: KeyFigures, r: Rate, minCases: number) {
  return { value: isReliable(r, minCases) ? r.value : null, lacking: f.reports - r.n, rate: r }
}

function cellOf(
  figure: YearFigure,
  f: KeyFigures,
  o: { definitions: RateDefinitions; minCases: number },
): Omit<YearCell, 'previous' | 'diff' | 'change'> {
  switch (figure) {
    case 'reports':
      return { value: f.reports, lacking: 0 }
    case 'received':
      return tallyCell(f, f.received)
    case 'handled':
      return tallyCell(f, f.handled)
    case 'granted':
      return tallyCell(f, f.outcomes.granted)
    case 'partial':
      return tallyCell(f, f.outcomes.partial)
    case 'review':
      return tallyCell(f, f.review.total)
    case 'suits':
      return tallyCell(f, f.suits.total)
    case 'disclosure':
      return rateCell(f, disclosureRate(f, o.definitions.disclosure), o.minCases)
    case 'correction':
      return rateCell(f, reviewCorrectionRate(f, o.definitions.correction), o.minCases)
  }
}

export function yearTable(
  byYear: readonly Grouped<number>[],
  options: { definitions: RateDefinitions; minCases: number },
): YearRow[] {
  const sorted = [...byYear].sort((a, b) => a.key - b.key)
  const rows: YearRow[] = []
  sorted.forEach((g, i) => {
    const before = sorted[i - 1]
    const prevRow = before && before.key === g.key - 1 ? rows[i - 1] : undefined
    const cells = {} as Record<YearFigure, YearCell>
    for (const figure of YEAR_FIGURES) {
      const c = cellOf(figure, g.figures, options)
      const previous = c.value === null ? null : (prevRow?.cells[figure].value ?? null)
      const diff = c.value !== null && previous !== null ? c.value - previous : null
      const rate = figure === 'disclosure' || figure === 'correction'
      cells[figure] = {
        ...c,
        previous,
        diff,
        change: !rate && diff !== null && previous ? diff / previous : null,
      }
    }
    rows.push({ year: g.key, cells })
  })
  return rows
}
