/**
 * Single figures of one report. A figure is what the report gives, or what the template's own
 * identities give from cells it does give (a row's 总计 from its six applicant columns; （七）总计
 * from its outcome rows or from 新收 + 上年结转 − 结转下年度), marked as derived. A figure the
 * report does not give is undefined, never 0: a sum, rate or chart leaves that report out and says
 * so.
 */
import {
  APPEAL_MEASURE_KEYS,
  APPLICANT_PARTS,
  OTHER_SUB_ROWS,
  REQUEST_ROWS,
  outcomeRows,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
  type OutcomeGroup,
  type RequestRowKey,
} from '@/domain/catalog'
import { hasSplitOther, type Report } from '@/domain/report'

/** A figure a report gives: printed, or derived from printed cells by an identity. */
export interface Given {
  value: number
  derived: boolean
}

const printed = (value: number): Given => ({ value, derived: false })

/** Adds figures that must all be given; undefined as soon as one is not. */
function sumAll(parts: readonly (Given | undefined)[]): Given | undefined {
  let value = 0
  let derived = false
  for (const p of parts) {
    if (!p) return undefined
    value += p.value
    derived ||= p.derived
  }
  return { value, derived }
}

/** The printed cell, or a row's 总计 from its six applicant columns. */
function rowCell(report: Report, row: RequestRowKey, column: ApplicantKey): Given | undefined {
  const cells = report.requests[row]
  if (!cells) return undefined
  const v = cells[column]
  if (v !== undefined) return printed(v)
  if (column !== 'total') return undefined
  const parts = sumAll(APPLICANT_PARTS.map((c) => givenValue(cells[c])))
  return parts && { value: parts.value, derived: true }
}

function givenValue(v: number | undefined): Given | undefined {
  return v === undefined ? undefined : printed(v)
}

/** A table-3 cell as the report gives it, or as its identities give it. */
export function requestFigure(
  report: Report,
  row: RequestRowKey,
  column: ApplicantKey = 'total',
): Given | undefined {
  const own = rowCell(report, row, column)
  if (own || row !== 'total') return own
  // （七）总计 not given: the outcome rows add up to it, and so does the template's balance.
  const outcomes = sumAll(outcomeRows(hasSplitOther(report)).map((k) => rowCell(report, k, column)))
  if (outcomes) return { value: outcomes.value, derived: true }
  const received = rowCell(report, 'newReceived', column)
  const over = rowCell(report, 'carriedOver', column)
  const forward = rowCell(report, 'carriedForward', column)
  if (!received || !over || !forward) return undefined
  const value = received.value + over.value - forward.value
  return value >= 0 ? { value, derived: true } : undefined
}

/** A table-3 cell's value, undefined where the report does not give it. */
export function requestCell(
  report: Report,
  row: RequestRowKey,
  column: ApplicantKey = 'total',
): number | undefined {
  return requestFigure(report, row, column)?.value
}

/** A table-4 cell as given, or a block's 总计 from its four outcomes. */
export function appealFigure(
  report: Report,
  block: AppealBlockKey,
  measure: AppealMeasureKey,
): Given | undefined {
  const cells = report.appeals[block]
  if (!cells) return undefined
  const v = cells[measure]
  if (v !== undefined) return printed(v)
  if (measure !== 'total') return undefined
  const parts = sumAll(APPEAL_MEASURE_KEYS.slice(0, 4).map((m) => givenValue(cells[m])))
  return parts && { value: parts.value, derived: true }
}

export function appealCell(
  report: Report,
  block: AppealBlockKey,
  measure: AppealMeasureKey,
): number | undefined {
  return appealFigure(report, block, measure)?.value
}

const GROUP_ROWS = new Map<OutcomeGroup, RequestRowKey[]>()
for (const r of REQUEST_ROWS) {
  const g = r.group as OutcomeGroup
  GROUP_ROWS.set(g, [...(GROUP_ROWS.get(g) ?? []), r.key])
}

/** Rows of one outcome group in template order, taken from the catalog (never a second list). */
export function rowsOfGroup(group: Exclude<OutcomeGroup, 'other'>): RequestRowKey[] {
  return GROUP_ROWS.get(group) ?? []
}

/**
 * One outcome group of one report: its rows added up, given only when every row of the group is.
 * （六）其他处理 is one figure in both editions: the 2021 edition's three sub-rows added up, or the
 * single row the 2019 edition (and some 2021 reports) print.
 */
export function outcomeGroupFigure(
  report: Report,
  group: OutcomeGroup,
  column: ApplicantKey = 'total',
): Given | undefined {
  const rows =
    group === 'other'
      ? hasSplitOther(report)
        ? OTHER_SUB_ROWS
        : (['other'] as const)
      : rowsOfGroup(group)
  return sumAll(rows.map((k) => rowCell(report, k, column)))
}

export function outcomeGroupTotal(
  report: Report,
  group: OutcomeGroup,
  column: ApplicantKey = 'total',
): number | undefined {
  return outcomeGroupFigure(report, group, column)?.value
}
