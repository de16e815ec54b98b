/**
 * Spreadsheet-shaped input (CSV, a sheet of an .xlsx) in the three layouts people keep:
 * the tidy CSV of the contract, a wide sheet with one row per agency and year, and a report's own
 * tables saved from Excel in the template layout (read by the text reader, cell by cell).
 */
import { AMOUNT_MEASURES, SIGNED_MEASURES, editionForYear, type Edition } from '@/domain/catalog'
import { parseReport } from '@/domain/schema'
import { CELL_INDEX, CELL_PATHS, type SourceFormat } from '@/domain/report'
import { unneutralize } from './formulas'
import { matchCellHeader } from './labels'
import { readText } from './text/readText'
import { placeName, zeros } from './provenance'
import type { FileImport, ImportNote, ImportedReport, SourceMap } from './types'

export type Grid = string[][]

export const TIDY_HEADER = [
  'agency',
  'region',
  'year',
  'edition',
  'table',
  'row',
  'column',
  'value',
]

const AGENCY_HEADERS = [
  'agency',
  '机构',
  '机构名称',
  '单位',
  '单位名称',
  '部门',
  '机关',
  '报告机关',
  '填报单位',
]
const REGION_HEADERS = ['region', '地区', '区域', '所属地区', '行政区划']
const YEAR_HEADERS = ['year', '年度', '年份', '报告年度']
const EDITION_HEADERS = ['edition', '版本', '模板版本']

function norm(h: string | undefined): string {
  return (h ?? '')
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
}

const INT = /^-?\d+$/
const DECIMAL = /^-?\d+(?:\.\d+)?$/

/** A printed value: thousands separators and full-width digits tolerated; blank reads as 0. */
const PLAIN_INT = /^\d{1,15}$/

function readValue(raw: string): { value?: number; blank: boolean; bad?: string } {
  if (PLAIN_INT.test(raw)) return { value: Number(raw), blank: false }
  const t = raw.normalize('NFKC').replace(/[,\s]/g, '')
  if (t === '' || ['-', '—', '——', '/', '无'].includes(t)) return { value: 0, blank: true }
  if (!DECIMAL.test(t)) return { blank: false, bad: `「${raw.slice(0, 20)}」不是数字` }
  return { value: Number(t), blank: false }
}

function validateMeasure(
  parts: { table: string; column: string },
  path: string,
  value: number,
): string | undefined {
  if (parts.table === 'active') {
    const m = parts.column as (typeof AMOUNT_MEASURES)[number]
    if (!AMOUNT_MEASURES.includes(m) && !Number.isInteger(value))
      return `${path} 的值 ${value} 应为整数`
    if (value < 0 && !SIGNED_MEASURES.includes(m)) return `${path} 的值 ${value} 不能为负数`
    return undefined
  }
  if (!Number.isInteger(value)) return `${path} 的值 ${value} 应为整数（件数不能有小数）`
  if (value < 0) return `${path} 的值 ${value} 不能为负数`
  return undefined
}

function splitPath(path: string): { table: string; row: string; column: string } {
  const parts = path.split('.')
  return parts.length === 4
    ? { table: parts[0] as string, row: `${parts[1]}.${parts[2]}`, column: parts[3] as string }
    : { table: parts[0] as string, row: parts[1] as string, column: parts[2] as string }
}

/** Puts a value at `requests.row.col` / `appeals.block.m` / `active.item.m` in a plain object. */
function put(
  target: Record<string, Record<string, Record<string, number>>>,
  path: string,
  value: number,
) {
  const { table, row, column } = splitPath(path)
  const t = (target[table] ??= {})
  const r = (t[row] ??= {})
  r[column] = value
}

function editionFromPaths(paths: string[], year: number): { edition: Edition; guessed: boolean } {
  const has2021 = paths.some((p) =>
    /other\.(noCorrection|noFee|misc)|\.(issued|repealed|inForce)$/.test(p),
  )
  const has2019 = paths.some((p) =>
    /\.(made|published|totalPublished|previousItems|change|projects)$|procurement|otherServices/.test(
      p,
    ),
  )
  if (has2021 && !has2019) return { edition: '2021', guessed: false }
  if (has2019 && !has2021) return { edition: '2019', guessed: false }
  return { edition: editionForYear(year), guessed: true }
}

export interface Pending {
  agency: string
  region?: string
  year: number
  edition?: string
  values: Record<string, Record<string, Record<string, number>>>
  provenance: SourceMap
  /** The tidy layout's line of each cell, in CELL_PATHS order (the provenance's `lines`). */
  lines?: number[]
  paths: string[]
  blanks: number
}

function finish(
  name: string,
  format: SourceFormat,
  pending: Pending[],
  result: FileImport,
  problems: string[],
) {
  for (const p of pending) {
    const { edition, guessed } = p.edition
      ? { edition: p.edition as Edition, guessed: false }
      : editionFromPaths(p.paths, p.year)
    const candidate = {
      schema: 'gov-disclosure-report/1',
      agency: p.agency,
      region: p.region || undefined,
      year: p.year,
      edition,
      requests: p.values.requests ?? {},
      appeals: p.values.appeals ?? {},
      active: p.values.active,
    }
    const parsed = parseReport(candidate)
    if (!parsed.ok) {
      problems.push(
        `「${p.agency}」${p.year} 年的报告不完整：${parsed.issues.slice(0, 5).join('；')}`,
      )
      continue
    }
    const notes: ImportNote[] = []
    if (guessed)
      notes.push({
        level: 'info',
        code: 'edition-guessed',
        message: `表中没有版本列，按年度 ${p.year} 取 ${edition} 版`,
      })
    if (p.blanks > 0)
      notes.push({ level: 'info', code: 'blank-cells', message: `${p.blanks} 个空白单元格按 0 计` })
    const report = parsed.report
    report.source = { name, format }
    const imported: ImportedReport = { report, notes, provenance: p.provenance }
    result.reports.push(imported)
  }
  if (result.reports.length === 0)
    result.error = problems.slice(0, 10).join('\n') || '没有读出任何报告'
  else if (problems.length > 0)
    result.notes.push({
      level: 'warning',
      code: 'rows-skipped',
      message: `有 ${problems.length} 处未导入：${problems.slice(0, 10).join('；')}${problems.length > 10 ? '……' : ''}`,
    })
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
    hit = matchCellHeader(path) && index !== undefined ? { ...splitPath(path), path, index } : null
    byColumn.set(column, hit)
  }
  return hit
}

/** Visits the data rows of a sheet with their 1-based row numbers (the header is row 1). */
export type RowSource = (visit: (row: string[], rowNumber: number) => void) => void

export function isTidyHeader(header: readonly string[]): boolean {
  const normalized = header.map(norm)
  return ['agency', 'year', 'table', 'row', 'column', 'value'].every((h) => normalized.includes(h))
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

/** Whether a tidy header is the contract's own, column for column. */
export function isContractTidyHeader(header: readonly string[]): boolean {
  return header.length === TIDY_HEADER.length && header.every((h, i) => norm(h) === TIDY_HEADER[i])
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
    if (v.bad || v.value === undefined) return refuse(`${parts.path} 的值${v.bad ?? '缺失'}`)
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
      finish(name, format, kept, result, problems)
      return result
    },
  }
}

function importWide(
  name: string,
  grid: Grid,
  format: SourceFormat,
  columns: {
    agency: number
    region: number
    year: number
    edition: number
    cells: Map<number, string>
  },
  sheet?: string,
): FileImport {
  const result: FileImport = { file: name, format, reports: [], notes: [] }
  const header = grid[0] ?? []
  const pending: Pending[] = []
  const problems: string[] = []
  const unknown = header
    .map((h, i) => ({ h, i }))
    .filter(
      ({ h, i }) =>
        h.trim() !== '' &&
        !columns.cells.has(i) &&
        ![columns.agency, columns.region, columns.year, columns.edition].includes(i),
    )
  if (unknown.length > 0) {
    result.notes.push({
      level: 'warning',
      code: 'rows-skipped',
      message: `忽略了无法识别的列：${unknown
        .slice(0, 8)
        .map((u) => `「${u.h}」`)
        .join('、')}${unknown.length > 8 ? '……' : ''}`,
    })
  }
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] as string[]
    if (row.every((c) => c.trim() === '')) continue
    const where = placeName(sheet, r + 1)
    const agency = unneutralize((row[columns.agency] ?? '').trim())
    const yearText = (row[columns.year] ?? '').trim().replace(/年$/, '')
    if (!agency) {
      problems.push(`${where}：缺少机构名称`)
      continue
    }
    if (!INT.test(yearText)) {
      problems.push(`${where}：年度「${yearText}」不是整数`)
      continue
    }
    const p: Pending = {
      agency,
      region: columns.region >= 0 ? unneutralize((row[columns.region] ?? '').trim()) : undefined,
      year: Number(yearText),
      edition: columns.edition >= 0 ? (row[columns.edition] ?? '').trim() || undefined : undefined,
      values: {},
      provenance: { cells: {} },
      paths: [],
      blanks: 0,
    }
    // A request row or appeal block left wholly blank is absent; a blank cell in a printed row is 0.
    const byRow = new Map<string, { col: number; path: string }[]>()
    for (const [col, path] of columns.cells) {
      const { table, row: rk } = splitPath(path)
      const k = `${table}.${rk}`
      byRow.set(k, [...(byRow.get(k) ?? []), { col, path }])
    }
    let bad = false
    for (const cells of byRow.values()) {
      if (cells.every((c) => (row[c.col] ?? '').trim() === '')) continue
      for (const c of cells) {
        const v = readValue(row[c.col] ?? '')
        const place = placeName(sheet, r + 1, c.col + 1)
        if (v.bad || v.value === undefined) {
          problems.push(`${place}（${header[c.col]}）：${v.bad}`)
          bad = true
          continue
        }
        const invalid = validateMeasure(splitPath(c.path), c.path, v.value)
        if (invalid) {
          problems.push(`${place}：${invalid}`)
          bad = true
          continue
        }
        put(p.values, c.path, v.value)
        p.paths.push(c.path)
        if (v.blank) p.blanks++
        ;(p.provenance.cells ??= {})[c.path] = {
          where: place,
          row: r + 1,
          column: c.col + 1,
          excerpt: `${header[c.col]} = ${row[c.col] ?? ''}`,
        }
      }
    }
    if (!bad) pending.push(p)
  }
  finish(name, format, pending, result, problems)
  return result
}

/** The template layout: the grid's rows become tab-separated lines for the text reader. */
function importTemplate(
  name: string,
  grid: Grid,
  format: SourceFormat,
  sheet?: string,
): FileImport {
  const result: FileImport = { file: name, format, reports: [], notes: [] }
  const lines = grid.map((row) => row.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t'))
  const text = lines.join('\n')
  const read = readText({
    text,
    name,
    format,
    locate: (offset) => {
      let line = 0
      let at = 0
      while (line < lines.length - 1 && at + (lines[line] as string).length + 1 <= offset) {
        at += (lines[line] as string).length + 1
        line++
      }
      const cells = (lines[line] ?? '').split('\t')
      let col = 0
      let pos = at
      for (let i = 0; i < cells.length; i++) {
        if (pos + (cells[i] as string).length >= offset) {
          col = i
          break
        }
        pos += (cells[i] as string).length + 1
      }
      return {
        where: placeName(sheet, line + 1, col + 1),
        row: line + 1,
        column: col + 1,
        excerpt: cells.filter(Boolean).join(' | ').slice(0, 120),
      }
    },
  })
  if (!read.ok) {
    const header = (grid[0] ?? []).filter((c) => c.trim() !== '').slice(0, 8)
    result.error = `${read.error}。表头为「${header.join(',')}」，既不是 tidy CSV（${TIDY_HEADER.join(',')}），也不是每行一个机构年度的宽表，也不是模板样式的表格`
    return result
  }
  result.reports.push(read.value)
  return result
}

function findHeader(header: string[], names: string[]): number {
  return header.findIndex((h) => names.includes(norm(h)))
}

export function importGrid(
  name: string,
  grid: Grid,
  format: SourceFormat,
  sheet?: string,
): FileImport {
  const rows = grid.filter((r) => r.some((c) => c.trim() !== ''))
  if (rows.length === 0) return { file: name, format, reports: [], notes: [], error: '表格是空的' }
  const header = (rows[0] as string[]).map((h) => h.replace(/^\ufeff/, ''))
  if (isTidyHeader(header)) {
    const data = rows.slice(1)
    return importTidy(
      name,
      header,
      (visit) => data.forEach((row, i) => visit(row, i + 2)),
      format,
      sheet,
    )
  }
  const cells = new Map<number, string>()
  header.forEach((h, i) => {
    const path = matchCellHeader(h)
    if (path) cells.set(i, path)
  })
  const agency = findHeader(header, AGENCY_HEADERS)
  const year = findHeader(header, YEAR_HEADERS)
  if (cells.size > 0 && agency >= 0 && year >= 0) {
    return importWide(
      name,
      [header, ...rows.slice(1)],
      format,
      {
        agency,
        year,
        region: findHeader(header, REGION_HEADERS),
        edition: findHeader(header, EDITION_HEADERS),
        cells,
      },
      sheet,
    )
  }
  if (cells.size > 0) {
    return {
      file: name,
      format,
      reports: [],
      notes: [],
      error: `宽表缺少${agency < 0 ? '「机构」' : ''}${year < 0 ? '「年度」' : ''}列（表头应有 agency/机构 与 year/年度）`,
    }
  }
  return importTemplate(name, rows, format, sheet)
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
