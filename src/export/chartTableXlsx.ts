/** A chart's table as an .xlsx workbook (ExcelJS, loaded only when a person downloads one). */
import type { ChartTable } from '@/charts/table'
import { DASH } from '@/format/number'

export async function chartTableWorkbook(
  table: ChartTable,
  preamble: readonly string[],
  sheetName: string,
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  // Sheet names hold at most 31 characters and none of : \ / ? * [ ].
  const sheet = book.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet1')
  for (const line of preamble) sheet.addRow([line])
  if (preamble.length > 0) sheet.addRow([])
  const header = sheet.addRow(table.columns.map((c) => c.label))
  header.font = { bold: true }
  // Text goes in as text cells, which a spreadsheet never runs as a formula: no prefix needed.
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((v) => (v === null ? DASH : v)))
    table.columns.forEach((c, i) => {
      const cell = added.getCell(i + 1)
      if (typeof cell.value !== 'number') {
        if (c.kind !== 'text') cell.alignment = { horizontal: 'right' }
        return
      }
      cell.numFmt = c.kind === 'percent' ? '0.0%' : '#,##0'
    })
  }
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.kind === 'text' ? 28 : 14
  })
  sheet.views = [{ state: 'frozen', ySplit: header.number }]
  const buffer = await book.xlsx.writeBuffer()
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
}
