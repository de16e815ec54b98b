/** The 问题清单 as an .xlsx workbook (ExcelJS, loaded only when a person exports). */
import type { Finding } from '@/checks/types'
import type { Judgements } from '@/analysis/findings'
import { exportHeaders, exportRows, type ExportContext } from './findingsRows'

/** Column widths, in the order of exportHeaders (the English message last). */
const WIDTHS = [8, 14, 22, 32, 8, 40, 28, 40, 80, 10, 40, 12, 40, 80]
const WRAPPED = ['说明', '来源位置', 'Message (English)']

export async function findingsWorkbook(
  findings: readonly Finding[],
  judgements: Judgements,
  context: ExportContext = {},
  notes: readonly string[] = [],
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('问题清单')
  const headers = exportHeaders(context)
  sheet.addRow(headers)
  sheet.getRow(1).font = { bold: true }
  // Text goes in as text cells, which a spreadsheet never runs as a formula: no prefix needed.
  for (const row of exportRows(findings, judgements, context)) sheet.addRow(row)
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = WIDTHS[i] ?? 20
    if (WRAPPED.includes(h)) column.alignment = { wrapText: true, vertical: 'top' }
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } }
  // The 口径 and data date under the list: the reader of the file has no tooltip.
  if (notes.length) {
    sheet.addRow([])
    for (const n of notes) sheet.addRow([n])
  }
  const buffer = await book.xlsx.writeBuffer()
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
}
