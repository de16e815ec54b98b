/** Exports that import back value for value: canonical JSON and the tidy CSV of the contract. */
import Papa from 'papaparse'
import { orderReport } from '@/domain/schema'
import { TIDY_COLUMNS, reportCells, type Report } from '@/domain/report'
import { neutralize } from '@/import/formulas'

export function toCanonicalJson(reports: readonly Report[]): string {
  return JSON.stringify(reports.map(orderReport), null, 2)
}

/**
 * One report as it stands inside `toCanonicalJson`'s array (indented one level, no comma): a
 * writer that streams reports one at a time prints exactly what `toCanonicalJson` prints.
 */
export function canonicalJsonItem(report: Report): string {
  return '  ' + JSON.stringify(orderReport(report), null, 2).replace(/\n/g, '\n  ')
}

function tidyRows(report: Report): (string | number)[][] {
  const rows: (string | number)[][] = []
  const agency = neutralize(report.agency)
  const region = neutralize(report.region ?? '')
  for (const cell of reportCells(report)) {
    rows.push([
      agency,
      region,
      report.year,
      report.edition,
      cell.table,
      cell.row,
      cell.column,
      cell.value,
    ])
  }
  return rows
}

/** The header line of the tidy CSV, with its line break. */
export function tidyCsvHeader(): string {
  return TIDY_COLUMNS.join(',') + '\n'
}

/** One report's lines of the tidy CSV (no header), each ending in a line break. */
export function tidyCsvLines(report: Report): string {
  const rows = tidyRows(report)
  if (rows.length === 0) return ''
  return Papa.unparse(rows, { newline: '\n' }) + '\n'
}

export function toTidyCsv(reports: readonly Report[], opts: { bom?: boolean } = {}): string {
  const rows = reports.flatMap(tidyRows)
  const csv = Papa.unparse({ fields: [...TIDY_COLUMNS], data: rows }, { newline: '\n' })
  return (opts.bom ? '\ufeff' : '') + csv + '\n'
}
