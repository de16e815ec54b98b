import { OUTCOME_GROUPS, rowSpec, type OutcomeGroup, type RequestRowKey } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { requestCell, rowsOfGroup } from './cells'
import { figuresOf } from './figures'

export type OutcomeDistribution = Record<OutcomeGroup, number>

export function outcomeDistribution(reports: readonly Report[]): OutcomeDistribution {
  const out: OutcomeDistribution = {
    granted: 0,
    partial: 0,
    denied: 0,
    unavailable: 0,
    rejected: 0,
    other: 0,
  }
  for (const r of reports) {
    const f = figuresOf(r).outcomes
    for (const g of OUTCOME_GROUPS) out[g.key] += f[g.key]
  }
  return out
}

export function distributionTotal(d: OutcomeDistribution): number {
  return OUTCOME_GROUPS.reduce((sum, g) => sum + d[g.key], 0)
}

/** The refusal groups whose sub-reasons the outcomes view breaks down. */
export const REFUSAL_GROUPS = ['denied', 'unavailable', 'rejected'] as const
export type RefusalGroup = (typeof REFUSAL_GROUPS)[number]

export interface ReasonCount {
  row: RequestRowKey
  group: RefusalGroup
  /** The sub-row's own words from the catalog. */
  label: string
  value: number
}

/** Every refusal sub-reason summed over reports, in template order. */
export function refusalReasons(reports: readonly Report[]): ReasonCount[] {
  const rows = REFUSAL_GROUPS.flatMap((group) => rowsOfGroup(group).map((row) => ({ row, group })))
  const sums = new Array<number>(rows.length).fill(0)
  // One pass over the reports, not one per reason.
  for (const r of reports) {
    for (let i = 0; i < rows.length; i++)
      sums[i] = (sums[i] as number) + requestCell(r, (rows[i] as { row: RequestRowKey }).row)
  }
  return rows.map(({ row, group }, i) => ({
    row,
    group,
    label: rowSpec(row).short,
    value: sums[i] as number,
  }))
}
