/**
 * A stamped sheet as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese), text
 * that a spreadsheet would run as a formula prefixed with `'`, an empty cell where a figure is not
 * given (never 0), and the notes under the table.
 */
import Papa from 'papaparse'
import { neutralize } from '@/import/formulas'
import { sheetMatrix, type StampedSheet } from './stampedSheet'

export function stampedCsv(sheet: StampedSheet): string {
  const rows = sheetMatrix(sheet).map((row) =>
    row.map((v) => (typeof v === 'string' ? neutralize(v) : v === null ? '' : v)),
  )
  return `\ufeff${Papa.unparse(rows)}\r\n`
}
