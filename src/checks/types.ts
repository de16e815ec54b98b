/** What the checks say about reports: one finding per broken rule and place. */
export type Severity = 'error' | 'warning' | 'info'

export type RuleId =
  | 'T3-BALANCE'
  | 'T3-ROWSUM'
  | 'T3-OUTCOMES'
  | 'T4-SUM'
  | 'X-CARRY'
  | 'EDITION'
  | 'T2-ROLL'
  | 'NARRATIVE'
  | 'TEXT-COPY'
  | 'TABLE-COPY'
  | 'YOY-JUMP'
  | 'PEER-OUTLIER'
  | 'RATE-RISK'
  | 'MISSING'
  | 'ZERO-ACTIVITY'
  | 'UNREAD'

import { renderMessage, type MessageCode, type Params } from './messages'

export interface Finding {
  rule: RuleId
  severity: Severity
  agency: string
  year: number
  /** `table.row.column` paths of the cells involved. */
  cells: string[]
  /** In Chinese, with the numbers and the formula. */
  message: string
  /** The message as a code and its parameters, for the page to render in its own language. */
  code: MessageCode
  params: Params
  /** rule + agency + year + cells: stable across re-import, so a person's judgement sticks. */
  key: string
}

export function findingKey(
  rule: string,
  agency: string,
  year: number,
  cells: readonly string[],
): string {
  return [rule, agency, year, [...cells].sort().join(',')].join('|')
}

export function finding(
  rule: RuleId,
  severity: Severity,
  report: { agency: string; year: number },
  cells: string[],
  code: MessageCode,
  params: Params,
): Finding {
  return {
    rule,
    severity,
    agency: report.agency,
    year: report.year,
    cells,
    message: renderMessage(code, params),
    code,
    params,
    key: findingKey(rule, report.agency, report.year, cells),
  }
}
