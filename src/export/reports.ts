/** Exports that import back value for value: canonical JSON and the tidy CSV of the contract. */
import Papa from 'papaparse'
import { orderReport } from '@/domain/schema'
import { reportCells, type Report } from '@/domain/report'
import { neutralize } from '@/import/formulas'

export function toCanonicalJson(reports: readonly Report[]): string {
  return JSON.stringify(reports.map(orderReport), null, 2)
}

export function toTidyCsv(reports: readonly Report[], opts: { bom?: boolean } = {}): string {
  const rows: (string | number)[][] = []
  for (const report of reports) {
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
  }
  const csv = Papa.unparse(
    {
      fields: ['agency', 'region', 'year', 'edition', 'table', 'row', 'column', 'value'],
      data: rows,
    },
    { newline: '\n' },
  )
  return (opts.bom ? '\ufeff' : '') + csv + '\n'
}
