/** The summary table as an .xlsx workbook (ExcelJS, loaded only when a person exports). */
import type { Report } from '@/domain/report'
import { definitionsStamp, type RateDefinitions } from '@/analysis/definitions'
import { summaryColumns, summaryMatrix } from './summaryRows'

export async function summaryWorkbook(
  reports: readonly Report[],
  definitions: RateDefinitions,
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('汇总')
  const columns = summaryColumns(definitions)
  sheet.addRow(columns.map((c) => c.header))
  sheet.getRow(1).font = { bold: true }
  for (const row of summaryMatrix(reports, columns)) sheet.addRow(row)
  columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1)
    col.width = i === 0 ? 32 : 12
    if (c.format) col.numFmt = c.format
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  // What an empty cell and a rate mean, under the table: the reader of the file has no tooltip.
  sheet.addRow([])
  sheet.addRow([definitionsStamp(definitions)])
  sheet.addRow(['空白单元格：该报告未给出此项，或该表未能读取（见「未读取的表」列），不是 0。'])
  const buffer = await book.xlsx.writeBuffer()
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
}
