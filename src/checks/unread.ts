/**
 * UNREAD: a table the report prints that could not be read exactly. It is left out of the report
 * (never read as zeros), so every sum and chart lacks it; this finding keeps it in front of the
 * person, with the reason and where in the source the table stands.
 */
import type { Report, TableKey } from '@/domain/report'
import { finding, type Finding } from './types'

const NAMES: Record<TableKey, string> = {
  active: '表二（主动公开）',
  requests: '表三（收到和处理申请）',
  appeals: '表四（行政复议、行政诉讼）',
}

export function checkUnread(report: Report): Finding[] {
  return (report.unread ?? []).map((u) =>
    finding(
      'UNREAD',
      'warning',
      report,
      [u.table],
      `${NAMES[u.table]}未能准确读取${u.where ? `（${u.where}）` : ''}，未计入任何统计：${u.reason}`,
    ),
  )
}
