/**
 * What every sheet layout shares: reading a printed value, checking it against its cell, and
 * turning the values gathered per agency and year into reports with their notes.
 */
import { AMOUNT_MEASURES, SIGNED_MEASURES, editionForYear, type Edition } from '@/domain/catalog'
import { parseReport } from '@/domain/schema'
import type { SourceFormat } from '@/domain/report'
import { cellWords } from './labels'
import type { FileImport, ImportNote, ImportedReport, SourceMap } from './types'

export const INT = /^-?\d+$/
const DECIMAL = /^-?\d+(?:\.\d+)?$/
const PLAIN_INT = /^\d{1,15}$/
/** Marks people write for "none": the contract reads them as 0, and the import counts them. */
const NONE_MARKS = new Set(['-', '—', '——', '/', '无'])

export interface ReadValue {
  value?: number
  /** Printed blank or as a mark for "none". */
  blank: boolean
  /** Nothing at all in the cell (a wide sheet may leave a figure it does not keep empty). */
  empty?: boolean
  bad?: string
}

/** A printed value: thousands separators and full-width digits tolerated; blank reads as 0. */
export function readValue(raw: string): ReadValue {
  if (PLAIN_INT.test(raw)) return { value: Number(raw), blank: false }
  const t = raw.normalize('NFKC').replace(/[,\s]/g, '')
  if (t === '') return { value: 0, blank: true, empty: true }
  if (NONE_MARKS.has(t)) return { value: 0, blank: true }
  if (!DECIMAL.test(t)) return { blank: false, bad: `「${raw.slice(0, 20)}」不是数字` }
  return { value: Number(t), blank: false }
}

export function validateMeasure(
  parts: { table: string; column: string },
  path: string,
  value: number,
): string | undefined {
  // A person reads this: the cell in the template's words, never its path.
  const cell = `「${cellWords(path)}」`
  if (parts.table === 'active') {
    const m = parts.column as (typeof AMOUNT_MEASURES)[number]
    if (!AMOUNT_MEASURES.includes(m) && !Number.isInteger(value))
      return `${cell}的值 ${value} 应为整数`
    if (value < 0 && !SIGNED_MEASURES.includes(m)) return `${cell}的值 ${value} 不能为负数`
    return undefined
  }
  if (!Number.isInteger(value)) return `${cell}的值 ${value} 应为整数（件数不能有小数）`
  if (value < 0) return `${cell}的值 ${value} 不能为负数`
  return undefined
}

export function splitPath(path: string): { table: string; row: string; column: string } {
  const parts = path.split('.')
  return parts.length === 4
    ? { table: parts[0] as string, row: `${parts[1]}.${parts[2]}`, column: parts[3] as string }
    : { table: parts[0] as string, row: parts[1] as string, column: parts[2] as string }
}

export type Values = Record<string, Record<string, Record<string, number>>>

/** Puts a value at `requests.row.col` / `appeals.block.m` / `active.item.m` in a plain object. */
export function put(target: Values, path: string, value: number) {
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

/** One agency's year as gathered from a sheet, before it is checked as a report. */
export interface Pending {
  agency: string
  region?: string
  year: number
  edition?: string
  values: Values
  provenance: SourceMap
  /** The tidy layout's line of each cell, in CELL_PATHS order (the provenance's `lines`). */
  lines?: number[]
  paths: string[]
  blanks: number
  /** Notes of this report alone (a sum column that disagrees with its parts…). */
  notes?: ImportNote[]
}

/** Checks each gathered report against the schema and adds it, with its notes, to `result`. */
export function finishReports(
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
        `「${p.agency}」${p.year} 年的报告未导入：${parsed.issues.slice(0, 5).join('；')}`,
      )
      continue
    }
    const notes: ImportNote[] = [...(p.notes ?? [])]
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
