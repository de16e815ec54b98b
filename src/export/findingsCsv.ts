/**
 * The 问题清单 as CSV (Papa Parse writes it; only the findings view loads this module, so the
 * parser stays out of the store that keeps the findings).
 */
import Papa from 'papaparse'
import type { Finding } from '@/checks/types'
import type { Judgements } from '@/analysis/findings'
import { exportHeaders, exportRows, type ExportContext } from './findingsRows'
import { neutralize } from '@/import/formulas'

/**
 * The findings as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese), and every
 * text cell that a spreadsheet would run as a formula (agency names and notes come from outside)
 * prefixed with `'`. With a context: the source file and place of each finding's cells, and an
 * English column.
 */
export function findingsCsv(
  findings: readonly Finding[],
  judgements: Judgements,
  context: ExportContext = {},
  notes: readonly string[] = [],
): string {
  const rows = exportRows(findings, judgements, context).map((row) =>
    row.map((v) => (typeof v === 'string' ? neutralize(v) : v)),
  )
  const list = Papa.unparse({ fields: exportHeaders(context), data: rows })
  // The 口径 and the date under the list, after a blank line: a file has no tooltip.
  const under = notes.length ? `\r\n\r\n${Papa.unparse(notes.map((n) => [neutralize(n)]))}` : ''
  return `\ufeff${list}${under}\r\n`
}
