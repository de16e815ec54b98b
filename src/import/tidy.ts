/** The tidy layout of the contract: one value per row, read row by row. */
import { CELL_INDEX, CELL_PATHS, TIDY_COLUMNS, type SourceFormat } from '@/domain/report'
import { unneutralize } from './formulas'
import { canonicalCell, cellWords } from './labels'
import { placeName, zeros } from './provenance'
import {
  INT,
  finishReports,
  readValue,
  splitPath,
  validateMeasure,
  type Pending,
} from './sheetValues'
import type { FileImport } from './types'

/** The contract's tidy columns (a `TIDY_COLUMNS` alias for the readers). */
export const TIDY_HEADER = TIDY_COLUMNS

function norm(h: string | undefined): string {
  return (h ?? '')
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
}

/** Parsed cell paths, shared by every line that names the same cell. */
export interface CellParts {
  table: string
  row: string
  column: string
  path: string
  /** In CELL_PATHS. */
  index: number
}

/** Known cells by table, row and column: a line's cell is found without building its path. */
const cellIndex = new Map<string, Map<string, Map<string, CellParts | null>>>()

export function knownCell(table: string, row: string, column: string): CellParts | null {
  let byRow = cellIndex.get(table)
  if (!byRow) cellIndex.set(table, (byRow = new Map()))
  let byColumn = byRow.get(row)
  if (!byColumn) byRow.set(row, (byColumn = new Map()))
  let hit = byColumn.get(column)
  if (hit === undefined) {
    const path = `${table}.${row}.${column}`
    const index = CELL_INDEX.get(path)
    hit = canonicalCell(path) && index !== undefined ? { ...splitPath(path), path, index } : null
    byColumn.set(column, hit)
  }
  return hit
}

/** Known cells by their table, row and column joined with a delimiter, as a tidy line writes them. */
const cellsByKey = new Map<string, Map<string, CellParts>>()

export function tidyCellKeys(delimiter: string): Map<string, CellParts> {
  let keys = cellsByKey.get(delimiter)
  if (!keys) {
    keys = new Map()
    for (const path of CELL_PATHS) {
      const { table, row, column } = splitPath(path)
      const parts = knownCell(table, row, column)
      if (parts) keys.set([table, row, column].join(delimiter), parts)
    }
    cellsByKey.set(delimiter, keys)
  }
  return keys
}

/** Visits the data rows of a sheet with their 1-based row numbers (the header is row 1). */
export type RowSource = (visit: (row: string[], rowNumber: number) => void) => void

export function isTidyHeader(header: readonly string[]): boolean {
  const normalized = header.map(norm)
  return ['agency', 'year', 'table', 'row', 'column', 'value'].every((h) => normalized.includes(h))
}

/** Whether a tidy header is the contract's own, column for column. */
export function isContractTidyHeader(header: readonly string[]): boolean {
  return header.length === TIDY_HEADER.length && header.every((h, i) => norm(h) === TIDY_HEADER[i])
}

/** The tidy layout, one value per row, read row by row: a large file is never held as a grid. */
export function importTidy(
  name: string,
  headerRow: readonly string[],
  rows: RowSource,
  format: SourceFormat,
  sheet?: string,
): FileImport {
  const reader = tidyReader(headerRow, sheet)
  rows(reader.visit)
  return reader.finish(name, format)
}

/**
 * Reads tidy rows into reports. `visit` takes any row; `store` lets a reader that has recognised a
 * line of a report `visit` gave (same agency, year, a known cell, a plain count) store its value
 * without splitting the line.
 */
export function tidyReader(headerRow: readonly string[], sheet?: string) {
  const header = headerRow.map(norm)
  const col = (h: string) => header.indexOf(h)
  const [iAgency, iRegion, iYear, iEdition, iTable, iRow, iColumn, iValue] = TIDY_HEADER.map(
    col,
  ) as number[]
  const cell = (row: string[], i: number | undefined) =>
    i === undefined || i < 0 ? '' : (row[i] ?? '').trim()
  const groups = new Map<string, Pending>()
  const problems: string[] = []
  const spoiled = new Set<string>()
  let last: Pending | undefined

  function store(p: Pending, parts: CellParts, value: number, line: number): void {
    const t = (p.values[parts.table] ??= {})
    const target = (t[parts.row] ??= {})
    target[parts.column] = value
    p.paths.push(parts.path)
    if (p.lines) p.lines[parts.index] = line
  }

  /** Stores the row's value; gives the report it went to, or undefined if the row was refused. */
  function visit(row: string[], line: number): Pending | undefined {
    const agency = unneutralize(cell(row, iAgency))
    const yearText = cell(row, iYear)
    if (!agency) {
      if (row.every((c) => c.trim() === '')) return undefined
      problems.push(`${placeName(sheet, line)}：缺少机构名称`)
      return undefined
    }
    if (!INT.test(yearText)) {
      problems.push(`${placeName(sheet, line)}：年度「${yearText}」不是整数`)
      return undefined
    }
    const year = Number(yearText)
    // A line that names a report but gives a cell it cannot hold, or a value that is no count,
    // spoils that report: it is refused whole rather than kept without the cell.
    const refuse = (problem: string) => {
      problems.push(`${placeName(sheet, line)}：${problem}`)
      spoiled.add(`${agency}\u0000${year}`)
      return undefined
    }
    const parts = knownCell(cell(row, iTable), cell(row, iRow), cell(row, iColumn))
    if (!parts) {
      const path = `${cell(row, iTable)}.${cell(row, iRow)}.${cell(row, iColumn)}`
      return refuse(`未知的单元格「${path}」`)
    }
    const v = readValue(cell(row, iValue))
    if (v.bad || v.value === undefined)
      return refuse(`「${cellWords(parts.path)}」的值${v.bad ?? '缺失'}`)
    const bad = validateMeasure(parts, parts.path, v.value)
    if (bad) return refuse(bad)
    // Lines of one report come together: look the report up only when it changes.
    let p = last && last.agency === agency && last.year === year ? last : undefined
    if (!p) {
      const key = `${agency}\u0000${year}`
      p = groups.get(key)
      if (!p) {
        const lines = zeros()
        p = {
          agency,
          region: unneutralize(cell(row, iRegion)),
          year,
          edition: cell(row, iEdition) || undefined,
          values: {},
          provenance: sheet ? { lines, sheet } : { lines },
          lines,
          paths: [],
          blanks: 0,
        }
        groups.set(key, p)
      }
      last = p
    }
    if (v.blank) p.blanks++
    store(p, parts, v.value, line)
    return p
  }

  return {
    visit,
    store,
    finish(name: string, format: SourceFormat): FileImport {
      const result: FileImport = { file: name, format, reports: [], notes: [] }
      const kept = [...groups].filter(([key]) => !spoiled.has(key)).map(([, p]) => p)
      for (const key of spoiled) {
        const [agency, year] = key.split('\u0000')
        problems.push(`「${agency}」${year} 年的报告有单元格读不出，整份未导入`)
      }
      finishReports(name, format, kept, result, problems)
      return result
    },
  }
}
