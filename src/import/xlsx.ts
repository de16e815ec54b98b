/** .xlsx workbooks read with ExcelJS: each sheet is a grid in one of the grid layouts. */
import { importGrid, type Grid } from './grid'
import type { FileImport, ImportOptions } from './types'

/** Each sheet is read in its own layout: a summary sheet beside a tidy one or a report's tables. */
export async function importXlsx(
  name: string,
  data: Uint8Array,
  options: ImportOptions = {},
): Promise<FileImport> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    )
  } catch {
    return {
      file: name,
      format: 'xlsx',
      reports: [],
      notes: [],
      error: '无法打开 .xlsx 工作簿：文件已损坏或不是 Excel 2007 及以后的格式',
    }
  }
  const result: FileImport = { file: name, format: 'xlsx', reports: [], notes: [] }
  const errors: string[] = []
  workbook.eachSheet((sheet) => {
    const grid: Grid = []
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        // A merged area's value belongs to its first cell only.
        const value = cell.isMerged && cell.master !== cell ? '' : cell.text
        cells[c - 1] = value ?? ''
      })
      grid[r - 1] = Array.from(cells, (c) => c ?? '')
    })
    const filled = Array.from(grid, (r) => r ?? [])
    if (filled.every((r) => r.every((c) => c.trim() === ''))) return
    const part = importGrid(name, filled, 'xlsx', sheet.name, options)
    result.reports.push(...part.reports)
    result.notes.push(...part.notes)
    if (part.sheets) (result.sheets ??= []).push(...part.sheets)
    if (part.error) errors.push(`工作表「${sheet.name}」：${part.error}`)
  })
  if (result.reports.length === 0) result.error = errors.join('\n') || '工作簿中没有数据'
  else
    for (const e of errors)
      result.notes.push({ level: 'warning', code: 'rows-skipped', message: `未导入${e}` })
  return result
}
