/** The summary table as an .xlsx workbook (ExcelJS, loaded only when a person exports). */
import type { Report } from '@/domain/report'
import { SUMMARY_COLUMNS, summaryMatrix } from './summaryRows'

export async function summaryWorkbook(reports: readonly Report[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('汇总')
  sheet.addRow(SUMMARY_COLUMNS.map((c) => c.header))
  sheet.getRow(1).font = { bold: true }
  for (const row of summaryMatrix(reports)) sheet.addRow(row)
  SUMMARY_COLUMNS.forEach((c, i) => {
    const col = sheet.getColumn(i + 1)
    col.width = i === 0 ? 32 : 12
    if (c.format) col.numFmt = c.format
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const buffer = await book.xlsx.writeBuffer()
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
}
