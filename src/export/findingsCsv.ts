/**
 * The 问题清单 as CSV (Papa Parse writes it; only the findings view loads this module, so the
 * parser stays out of the store that keeps the findings).
 */
import Papa from 'papaparse'
import type { Finding } from '@/checks/types'
import { EXPORT_HEADERS, exportRows, type Judgements } from '@/analysis/findings'
import { neutralize } from '@/import/formulas'

/**
 * The findings as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese), and every
 * text cell that a spreadsheet would run as a formula (agency names and notes come from outside)
 * prefixed with `'`.
 */
export function findingsCsv(
  findings: readonly Finding[],
  judgements: Judgements,
  notes: readonly string[] = [],
): string {
  const rows = exportRows(findings, judgements).map((row) =>
    row.map((v) => (typeof v === 'string' ? neutralize(v) : v)),
  )
  const list = Papa.unparse({ fields: [...EXPORT_HEADERS], data: rows })
  // The 口径 and the date under the list, after a blank line: a file has no tooltip.
  const under = notes.length ? `\r\n\r\n${Papa.unparse(notes.map((n) => [neutralize(n)]))}` : ''
  return `\ufeff${list}${under}\r\n`
}
