/**
 * UNREAD: a table the report prints that could not be read exactly. It is left out of the report
 * (never read as zeros), so every sum and chart lacks it; this finding keeps it in front of the
 * person, with the reason and where in the source the table stands.
 */
import type { Report } from '@/domain/report'
import { finding, type Finding } from './types'

export function checkUnread(report: Report): Finding[] {
  return (report.unread ?? []).map((u) =>
    finding('UNREAD', 'warning', report, [u.table], 'unread', {
      table: { table: u.table },
      where: u.where ? `（${u.where}）` : '',
      reason: u.reason,
    }),
  )
}
