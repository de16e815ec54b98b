/**
 * What the checks worker does: run the findings engine and put the findings in the reviewer's
 * order. Also called on the page directly where Workers are not available (tests, old browsers).
 */
import { checkReports, type Finding, type Thresholds } from '@/checks'
import type { Report } from '@/domain/report'
import { compareFindings } from '@/analysis/findings'

export function runChecks(reports: readonly Report[], thresholds: Partial<Thresholds>): Finding[] {
  return checkReports(reports, thresholds).sort(compareFindings)
}
