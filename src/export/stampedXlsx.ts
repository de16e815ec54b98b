/** A stamped sheet as an .xlsx workbook (ExcelJS, loaded only when a person exports). */
import { sheetMatrix, type StampedSheet } from './stampedSheet'

export async function stampedXlsx(sheet: StampedSheet): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet(sheet.name)
  // Text goes in as text cells, which a spreadsheet never runs as a formula: no prefix needed.
  for (const row of sheetMatrix(sheet)) ws.addRow(row)
  ws.getRow(1).font = { bold: true }
  sheet.header.forEach((_, i) => {
    const col = ws.getColumn(i + 1)
    const width = sheet.widths?.[i]
    if (width !== undefined) col.width = width
  })
  // Formats on the table's cells only: the notes under it are text.
  const last = sheet.rows.length + 1
  sheet.formats?.forEach((format, i) => {
    if (!format) return
    for (let r = 2; r <= last; r++) ws.getCell(r, i + 1).numFmt = format
  })
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  const buffer = await book.xlsx.writeBuffer()
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
}
