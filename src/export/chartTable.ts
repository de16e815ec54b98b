/**
 * A chart's table as a file: CSV (UTF-8 with a BOM, so Excel reads the Chinese) and the rows an
 * .xlsx sheet gets. Above the table, the lines that say what it is: its title, the filter, what
 * it leaves out and, where it holds rates, the definitions (口径) they were computed with.
 */
import { cellText, type ChartTable, type TableCell } from '@/charts/table'
import { DASH } from '@/format/number'
import { neutralize } from '@/import/formulas'

/** A CSV field: quoted where it holds a separator, a quote or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A cell as the CSV holds it: a count as its plain digits (a spreadsheet reads it as a number),
 * a rate as the table view prints it (58.6%), — where not given, and text that a spreadsheet
 * would run as a formula (agency names come from files) prefixed with `'`.
 */
function csvCell(value: TableCell, kind: ChartTable['columns'][number]['kind']): string {
  if (value === null) return DASH
  if (typeof value === 'string') return neutralize(value)
  if (kind === 'percent') return cellText(value, kind, 'zh-CN')
  return String(value)
}

/** The table as CSV, after the lines of `preamble` (one per line) and an empty line. */
export function chartTableCsv(table: ChartTable, preamble: readonly string[]): string {
  const lines = preamble.map((l) => field(neutralize(l)))
  if (lines.length > 0) lines.push('')
  lines.push(table.columns.map((c) => field(neutralize(c.label))).join(','))
  for (const row of table.rows) {
    lines.push(row.map((v, i) => field(csvCell(v, table.columns[i]?.kind ?? 'text'))).join(','))
  }
  return `\ufeff${lines.join('\r\n')}\r\n`
}
