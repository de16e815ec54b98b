/**
 * Why one agency's figure for one year is not a number: no report for the year, its table was
 * not read (with the importer's reason), it gives no such table (a summary sheet), it gives the
 * table without this figure, or a rate rests on too few cases. A cell shows — with this reason,
 * never 0.
 */
import type { Report } from '@/domain/report'
import type { Rate } from './rates'

export type FigureTable = 'requests' | 'appeals'

export type Absence =
  | { kind: 'noReport'; year: number }
  | { kind: 'unread'; table: FigureTable; reason: string; where?: string }
  | { kind: 'noTable'; table: FigureTable }
  | { kind: 'notGiven'; table: FigureTable }
  /** A rate over fewer cases (its denominator) than the minimum. */
  | { kind: 'tooFew'; cases: number; minCases: number }
  /** A rate whose denominator is 0: nothing was handled or decided. */
  | { kind: 'noCases' }

/** Why `report` does not give a figure of `table`. */
export function absenceIn(report: Report, table: FigureTable): Absence {
  const unread = report.unread?.find((u) => u.table === table)
  if (unread) {
    return unread.where === undefined
      ? { kind: 'unread', table, reason: unread.reason }
      : { kind: 'unread', table, reason: unread.reason, where: unread.where }
  }
  const held = table === 'requests' ? report.requests : report.appeals
  return Object.keys(held).length === 0 ? { kind: 'noTable', table } : { kind: 'notGiven', table }
}

/** A rate's value where it may be shown (and ranked), else why not. */
export function rateShown(
  r: Rate,
  minCases: number,
  report: Report,
  table: FigureTable,
): { value: number | null; absence: Absence | null } {
  if (r.n === 0) return { value: null, absence: absenceIn(report, table) }
  if (r.denominator === 0) return { value: null, absence: { kind: 'noCases' } }
  if (r.denominator < minCases)
    return { value: null, absence: { kind: 'tooFew', cases: r.denominator, minCases } }
  return { value: r.value, absence: null }
}

const TABLE_WORDS: Record<FigureTable, string> = { requests: '表三', appeals: '表四' }

/** Why, in Chinese, for exports and printed pages (the views say it through i18n). */
export function absenceText(a: Absence): string {
  switch (a.kind) {
    case 'noReport':
      return `无 ${a.year} 年报告`
    case 'unread':
      return `${TABLE_WORDS[a.table]}未能读取${a.where ? `（${a.where}）` : ''}：${a.reason}`
    case 'noTable':
      return `报告未给出${TABLE_WORDS[a.table]}`
    case 'notGiven':
      return `报告${TABLE_WORDS[a.table]}未给出此项`
    case 'tooFew':
      return `案件 ${a.cases} 件，少于 ${a.minCases} 件，不计算比率`
    case 'noCases':
      return '无案件，不计算比率'
  }
}
