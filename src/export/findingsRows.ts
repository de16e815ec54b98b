/**
 * The rows of the 问题清单 export (CSV and .xlsx): Chinese, with each finding's cells in the
 * template's words, the file its report was read from and where its cells are in it, and — from
 * an English page — the message in English. Loaded only when a person exports.
 */
import { cellLabel } from '@/analysis/cellLabel'
import {
  judgementDate,
  ruleLabel,
  statusOf,
  type Judgements,
  type Status,
} from '@/analysis/findings'
import type { Finding, Severity } from '@/checks/types'

export const EXPORT_HEADERS = [
  '级别',
  '规则',
  '规则名称',
  '机构',
  '年度',
  '单元格',
  '来源文件',
  '来源位置',
  '说明',
  '状态',
  '备注',
  '判断日期',
  '标识',
] as const

/** The column an English page adds: the message as the page showed it. */
export const ENGLISH_HEADER = 'Message (English)'

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' }
const STATUS_ZH: Record<Status, string> = {
  open: '待处理',
  confirmed: '确认有误',
  dismissed: '无需处理',
}

export function cellsText(cells: readonly string[]): string {
  return cells.map((c) => cellLabel(c)).join('；')
}

/** Where a finding's report was read from: its file, and the place of each of its cells. */
export interface FindingSource {
  name: string
  where(path: string): string | undefined
}

export interface ExportContext {
  /** The report's source, for the file and line of the finding's cells. */
  source?: (f: Finding) => FindingSource | undefined
  /** The message in English: given, the export gets an English column too. */
  english?: (f: Finding) => string
}

/** 表三·予以公开·总计：第95行；… — each cell with the place it was read, once per place. */
export function placesText(cells: readonly string[], source: FindingSource | undefined): string {
  if (!source) return ''
  const places = cells.flatMap((c) => {
    const where = source.where(c)
    return where ? [{ cell: cellLabel(c), where }] : []
  })
  const distinct = new Set(places.map((p) => p.where))
  // A JSON report, or a summary sheet's one row: every cell in the same place, said once.
  if (distinct.size === 1 && places.length > 1) return [...distinct][0] ?? ''
  return places.map((p) => `${p.cell}：${p.where}`).join('；')
}

export function exportHeaders(context: ExportContext = {}): string[] {
  return context.english ? [...EXPORT_HEADERS, ENGLISH_HEADER] : [...EXPORT_HEADERS]
}

/** One row per finding, under exportHeaders(context): Chinese, plus English when given. */
export function exportRows(
  findings: readonly Finding[],
  judgements: Judgements,
  context: ExportContext = {},
): (string | number)[][] {
  return findings.map((f) => {
    const j = judgements[f.key]
    const source = context.source?.(f)
    const row: (string | number)[] = [
      SEVERITY_ZH[f.severity],
      f.rule,
      ruleLabel(f.rule),
      f.agency,
      f.year,
      cellsText(f.cells),
      source?.name ?? '',
      placesText(f.cells, source),
      f.message,
      STATUS_ZH[statusOf(f, judgements)],
      j?.note ?? '',
      judgementDate(j?.at),
      f.key,
    ]
    if (context.english) row.push(context.english(f))
    return row
  })
}
