/** The findings engine: per-report identities, then the rules that look across reports. */
import type { Report } from '@/domain/report'
import { checkCarry } from './carry'
import { checkIdentities } from './identities'
import type { Finding } from './types'

export type { Finding, RuleId, Severity } from './types'
export { checkIdentities } from './identities'
export { checkCarry } from './carry'

export function checkReports(reports: readonly Report[]): Finding[] {
  return [...reports.flatMap(checkIdentities), ...checkCarry(reports)]
}
