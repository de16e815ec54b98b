/**
 * The findings engine: per-report identities and plausibility, then the rules that look across
 * reports. Used by the dashboard and by `npm run check`.
 */
import type { Report } from '@/domain/report'
import { checkCarry } from './carry'
import { checkTableCopies, checkTextCopies } from './copies'
import { checkIdentities } from './identities'
import { checkMissing } from './missing'
import { checkNarrative } from './narrative'
import { checkJumps, checkPeers, checkRates } from './outliers'
import { checkRolls } from './rolls'
import { checkUnread } from './unread'
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds'
import type { Finding } from './types'

export type { Finding, RuleId, Severity } from './types'
export type { Thresholds } from './thresholds'
export { DEFAULT_THRESHOLDS } from './thresholds'
export { RULES } from './rules'
export { checkIdentities } from './identities'
export { checkCarry } from './carry'
export { yearGrid } from './missing'
export { statedNumbers } from './narrative'

export function checkReports(
  reports: readonly Report[],
  thresholds: Partial<Thresholds> = {},
): Finding[] {
  const t = { ...DEFAULT_THRESHOLDS, ...thresholds }
  return [
    ...reports.flatMap((r) => [
      ...checkUnread(r),
      ...checkIdentities(r),
      ...checkNarrative(r),
      ...checkRates(r, t),
    ]),
    ...checkCarry(reports),
    ...checkRolls(reports),
    ...checkMissing(reports),
    ...checkTableCopies(reports),
    ...checkTextCopies(reports, t),
    ...checkJumps(reports, t),
    ...checkPeers(reports, t),
  ]
}
