/**
 * Spreadsheet-shaped input (CSV, a sheet of an .xlsx) in the three layouts people keep: the tidy
 * CSV of the contract (tidy.ts), a wide sheet with one row per agency and year (wide.ts), and a
 * report's own tables saved from Excel in the template layout (template.ts). This tells them apart.
 */
import type { SourceFormat } from '@/domain/report'
import { readSheetHeader, keyRole } from './sheetHeaders'
import { importTemplate } from './template'
import { TIDY_HEADER, importTidy, isTidyHeader } from './tidy'
import type { FileImport, ImportOptions, SheetLayout } from './types'
import { importWide } from './wide'

export type Grid = string[][]

const isBlank = (row: readonly string[] | undefined) => !row || row.every((c) => c.trim() === '')

/** Rows above the header a sheet may hold (a title, a date, a unit line). */
const TITLE_ROWS = 4

/**
 * The header of a wide sheet is the first of its first rows that names a key column (单位, 年度…)
 * among at least two filled cells: a title above it is passed over.
 */
function headerRowOf(grid: Grid, first: number): number {
  let seen = 0
  for (let r = first; r < grid.length && seen <= TITLE_ROWS; r++) {
    const row = grid[r] as string[]
    if (isBlank(row)) continue
    seen++
    if (row.filter((c) => c.trim() !== '').length >= 2 && row.some((c) => keyRole(c))) return r
  }
  return first
}

function notALayout(header: readonly string[]): string {
  const shown = header.filter((c) => c.trim() !== '').slice(0, 8)
  return `表头为「${shown.join(',')}」，既不是 tidy CSV（${TIDY_HEADER.join(',')}），也不是每行一个机构年度的宽表`
}

function failed(name: string, format: SourceFormat, error: string, sheets?: SheetLayout[]) {
  const result: FileImport = { file: name, format, reports: [], notes: [], error }
  if (sheets) result.sheets = sheets
  return result
}

export function importGrid(
  name: string,
  grid: Grid,
  format: SourceFormat,
  sheet?: string,
  options: ImportOptions = {},
): FileImport {
  const first = grid.findIndex((r) => !isBlank(r))
  if (first < 0) return failed(name, format, '表格是空的')
  const top = (grid[first] as string[]).map((h) => h.replace(/^\ufeff/, ''))
  if (isTidyHeader(top)) {
    return importTidy(
      name,
      top,
      (visit) => {
        for (let r = first + 1; r < grid.length; r++)
          if (!isBlank(grid[r])) visit(grid[r] as string[], r + 1)
      },
      format,
      sheet,
    )
  }
  const headerIndex = headerRowOf(grid, first)
  const header = (grid[headerIndex] as string[]).map((h) => h.replace(/^\ufeff/, ''))
  const columns = readSheetHeader(header, options.headerMaps, { sheet, headerRow: headerIndex + 1 })
  const { keys, cells, sums, layout } = columns
  const sheets = [layout]
  const unread = layout.columns.filter((c) => c.target === undefined).map((c) => `「${c.header}」`)
  const template = () => importTemplate(name, grid, format, sheet)

  if (keys.agency >= 0 || keys.year >= 0) {
    if (keys.agency < 0)
      return failed(name, format, '表头中没有机构列（单位/机构/部门/机关）', sheets)
    if (keys.year < 0) return failed(name, format, '表头中没有年度列（年度/年份）', sheets)
    if (cells.size === 0)
      return failed(
        name,
        format,
        `表头中没有可读取的数据列${unread.length > 0 ? `：${unread.slice(0, 8).join('、')}都未识别` : ''}。${notALayout(header)}`,
        sheets,
      )
    const wide = importWide(name, grid, format, columns, sheet)
    wide.sheets = sheets
    if (wide.reports.length > 0) return wide
    // A form-like block above a report's own tables can look like a header: such a sheet is
    // read in the template layout when that gives a report.
    const asTemplate = template()
    return asTemplate.reports.length > 0 ? asTemplate : wide
  }
  const asTemplate = template()
  if (asTemplate.reports.length > 0) return asTemplate
  if (cells.size + sums.size > 0)
    return failed(
      name,
      format,
      '表头中没有机构列（单位/机构/部门/机关）和年度列（年度/年份）',
      sheets,
    )
  return failed(
    name,
    format,
    `${asTemplate.error ?? '没有读出任何报告'}。${notALayout(header)}，也不是模板样式的表格`,
  )
}
