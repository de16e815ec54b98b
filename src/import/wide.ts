/**
 * The wide layout: one row per agency and year, one column per figure. Offices keep such sheets
 * with only the figures they track, so a report read from one holds the cells its columns fill
 * and no other: a figure the sheet does not give is absent, never 0.
 */
import { APPEAL_MEASURE_KEYS, APPLICANT_KEYS } from '@/domain/catalog'
import type { CellPath, SourceFormat } from '@/domain/report'
import { unneutralize } from './formulas'
import { cellWords } from './labels'
import { placeName } from './provenance'
import type { SheetColumns, SumColumn } from './sheetHeaders'
import {
  INT,
  finishReports,
  put,
  readValue,
  splitPath,
  validateMeasure,
  type Pending,
} from './sheetValues'
import type { FileImport, ImportNote } from './types'

type Grid = readonly (readonly string[])[]

/**
 * The cells of each row (or block) the template prints, where the sheet has a column for every
 * one of them: there a blank cell is the template's blank, read as 0 as the contract says. Where
 * the sheet keeps only some of a row's cells, a blank one is a figure not given. Table 2's items
 * differ by edition, so a blank there is always a figure not given.
 */
function printedRows(cells: ReadonlyMap<number, CellPath>): Map<string, number[]> {
  const byRow = new Map<string, number[]>()
  for (const [col, path] of cells) {
    const { table, row } = splitPath(path)
    const k = `${table}.${row}`
    byRow.set(k, [...(byRow.get(k) ?? []), col])
  }
  const full = new Map<string, number[]>()
  for (const [k, cols] of byRow) {
    const size = k.startsWith('requests.')
      ? APPLICANT_KEYS.length
      : k.startsWith('appeals.')
        ? APPEAL_MEASURE_KEYS.length
        : Infinity
    if (cols.length >= size) full.set(k, cols)
  }
  return full
}

const UNREAD_WORDS = {
  unknown: '未识别',
  sum: '多格之和，报告中没有这一格',
  duplicate: '与前面的列重复',
} as const

function sumNote(sum: SumColumn, given: number, parts: number): ImportNote {
  return {
    level: 'warning',
    code: 'sum-mismatch',
    message: `「${sum.label}」一栏为 ${given}，而${sum.parts.map((p) => `「${cellWords(p)}」`).join('、')}之和为 ${parts}`,
    cells: sum.parts,
  }
}

/** The value of a report's cell, if it holds one. */
function valueAt(p: Pending, path: CellPath): number | undefined {
  const { table, row, column } = splitPath(path)
  return p.values[table]?.[row]?.[column]
}

export function importWide(
  name: string,
  grid: Grid,
  format: SourceFormat,
  columns: SheetColumns,
  sheet?: string,
): FileImport {
  const result: FileImport = { file: name, format, reports: [], notes: [] }
  const { layout, keys, cells, sums } = columns
  const header = grid[layout.headerRow - 1] ?? []
  const pending: Pending[] = []
  const problems: string[] = []
  const unread = layout.columns.filter((c) => c.target === undefined)
  if (unread.length > 0) {
    result.notes.push({
      level: 'warning',
      code: 'columns-unmapped',
      message: `${sheet ? `工作表「${sheet}」` : ''}有 ${unread.length} 列未读取：${unread
        .slice(0, 8)
        .map((c) => `「${c.header}」${c.unread ? `（${UNREAD_WORDS[c.unread]}）` : ''}`)
        .join('、')}${unread.length > 8 ? '……' : ''}`,
    })
  }
  const printed = printedRows(cells)
  const rowOf = new Map<number, string>()
  for (const [k, cols] of printed) for (const c of cols) rowOf.set(c, k)

  let footnotes = 0
  for (let r = layout.headerRow; r < grid.length; r++) {
    const row = grid[r] ?? []
    const filled = row.filter((c) => c.trim() !== '')
    if (filled.length === 0) continue
    const rowNumber = r + 1
    // A line of text under the table (what a blank cell means, who filled it in) is no agency.
    // Only below a first report: above it, such a row is an agency without its year.
    if (pending.length > 0 && filled.length === 1 && !/\d/.test(row[keys.year] ?? '')) {
      footnotes++
      continue
    }
    const where = placeName(sheet, rowNumber)
    const agency = unneutralize((row[keys.agency] ?? '').trim())
    const yearText = (row[keys.year] ?? '')
      .trim()
      .normalize('NFKC')
      .replace(/年度?$/, '')
    if (!agency) {
      problems.push(`${where}：缺少机构名称`)
      continue
    }
    if (!INT.test(yearText)) {
      problems.push(`${where}：年度「${yearText}」不是整数`)
      continue
    }
    const edition = keys.edition >= 0 ? /\d{4}/.exec(row[keys.edition] ?? '')?.[0] : undefined
    const p: Pending = {
      agency,
      region: keys.region >= 0 ? unneutralize((row[keys.region] ?? '').trim()) : undefined,
      year: Number(yearText),
      edition,
      values: {},
      provenance: { cells: {} },
      paths: [],
      blanks: 0,
    }
    // A printed row with nothing in it at all is a row the agency did not fill: absent too.
    const filledRows = new Set<string>()
    for (const [col, k] of rowOf) if ((row[col] ?? '').trim() !== '') filledRows.add(k)
    let bad = false
    let absent = 0
    for (const [col, path] of cells) {
      const raw = row[col] ?? ''
      const v = readValue(raw)
      const place = placeName(sheet, rowNumber, col + 1)
      if (v.empty) {
        const k = rowOf.get(col)
        if (k === undefined || !filledRows.has(k)) {
          absent++
          continue
        }
      }
      if (v.bad || v.value === undefined) {
        problems.push(`${place}（${header[col] ?? ''}）：${v.bad ?? '缺失'}`)
        bad = true
        continue
      }
      const invalid = validateMeasure(splitPath(path), path, v.value)
      if (invalid) {
        problems.push(`${place}：${invalid}`)
        bad = true
        continue
      }
      put(p.values, path, v.value)
      p.paths.push(path)
      if (v.blank) p.blanks++
      ;(p.provenance.cells ??= {})[path] = {
        where: place,
        row: rowNumber,
        column: col + 1,
        excerpt: `${header[col] ?? ''} = ${raw}`,
      }
    }
    // A bad value refuses the report whole, as in the tidy layout: never kept without the cell.
    if (bad) continue
    if (p.paths.length === 0) {
      problems.push(`${where}：「${agency}」${yearText} 年没有任何数值`)
      continue
    }
    const notes: ImportNote[] = []
    if (absent > 0)
      notes.push({
        level: 'info',
        code: 'cells-absent',
        message: `${absent} 个空白单元格按未填写处理，不计为 0`,
      })
    for (const [col, sum] of sums) {
      const given = readValue(row[col] ?? '')
      if (given.value === undefined || given.empty) continue
      const parts = sum.parts.map((path) => valueAt(p, path))
      if (parts.some((x) => x === undefined)) continue
      const total = (parts as number[]).reduce((a, b) => a + b, 0)
      if (total !== given.value) notes.push(sumNote(sum, given.value, total))
    }
    if (notes.length > 0) p.notes = notes
    pending.push(p)
  }
  if (footnotes > 0)
    result.notes.push({
      level: 'info',
      code: 'rows-skipped',
      message: `${footnotes} 行只有一格文字（表下的说明或备注），未读取`,
    })
  finishReports(name, format, pending, result, problems)
  return result
}
