/**
 * A chart's data as a table: what the table view shows, what the CSV and .xlsx downloads hold,
 * and what the chart's spoken description reads. Each builder module makes its table from the
 * same rows as its option, so the table says exactly what the chart draws. A figure that is not
 * given is null (shown `—`), never 0.
 */
import { DASH, formatNumber, formatPercent } from '@/format/number'
import { chartWords } from './words'

/** `count`: a whole number as printed; `percent`: a ratio shown with one decimal; `text`: words. */
export type ColumnKind = 'text' | 'count' | 'percent'

export interface TableColumn {
  label: string
  kind: ColumnKind
}

/** A cell: a number of its column's kind, words (a label, or 3/20 where a rate is not shown), or null. */
export type TableCell = number | string | null

export interface ChartTable {
  columns: TableColumn[]
  rows: TableCell[][]
  /** The table holds rates whose definition (口径) a reader must know: exports carry it. */
  rates?: boolean
}

/** A cell as the table view and the CSV show it. */
export function cellText(value: TableCell, kind: ColumnKind, locale: string): string {
  if (value === null) return DASH
  if (typeof value === 'string') return value
  if (kind === 'percent') return formatPercent(value, locale)
  if (kind === 'text') return String(value)
  return formatNumber(value, locale)
}

/** How many rows of a table the spoken description reads before it points to the table view. */
export const DESCRIBED_ROWS = 12

/**
 * The chart described in words for a screen reader (ECharts' aria label): the title, then each
 * row as "first cell: column value, …", the first rows only where there are many.
 */
export function describeTable(title: string, table: ChartTable, locale: string): string {
  const words = chartWords(locale)
  const shown = table.rows.slice(0, DESCRIBED_ROWS)
  const lines = shown.map((row) => {
    const [head, ...rest] = row
    const values = rest.map((v, i) => {
      const column = table.columns[i + 1]
      return words.pair(column?.label ?? '', cellText(v, column?.kind ?? 'text', locale))
    })
    return words.line(cellText(head ?? null, table.columns[0]?.kind ?? 'text', locale), values)
  })
  return words.describe(title, lines, table.rows.length - shown.length)
}
