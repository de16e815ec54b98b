/**
 * Reading single figures out of a report. Missing rows or blocks count as 0 here, because the
 * charts sum over many reports; the report detail view shows what was actually printed.
 */
import {
  OTHER_SUB_ROWS,
  REQUEST_ROWS,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
  type OutcomeGroup,
  type RequestRowKey,
} from '@/domain/catalog'
import { hasSplitOther, type Report } from '@/domain/report'

export function requestCell(report: Report, row: RequestRowKey, column: ApplicantKey = 'total') {
  return report.requests[row]?.[column] ?? 0
}

export function appealCell(report: Report, block: AppealBlockKey, measure: AppealMeasureKey) {
  return report.appeals[block]?.[measure] ?? 0
}

/**
 * （六）其他处理 as one number for both editions: the 2021 edition splits it into three sub-rows,
 * the 2019 edition (and some 2021 reports) print one row. Charts compare like with like.
 */
export function otherTotal(report: Report, column: ApplicantKey = 'total') {
  if (hasSplitOther(report)) {
    return OTHER_SUB_ROWS.reduce((sum, key) => sum + requestCell(report, key, column), 0)
  }
  return requestCell(report, 'other', column)
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

/** The count of one outcome group: the group's rows added up. */
export function outcomeGroupTotal(
  report: Report,
  group: OutcomeGroup,
  column: ApplicantKey = 'total',
): number {
  if (group === 'other') return otherTotal(report, column)
  return rowsOfGroup(group).reduce((sum, key) => sum + requestCell(report, key, column), 0)
}
