import { OUTCOME_GROUPS, rowSpec, type OutcomeGroup, type RequestRowKey } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { requestCell, rowsOfGroup } from './cells'
import { emptyFigures, figuresOf, type KeyFigures } from './figures'

/** The six outcome groups over the reports that give all of them (`n` of them). */
export type OutcomeDistribution = KeyFigures['distribution']

export function outcomeDistribution(reports: readonly Report[]): OutcomeDistribution {
  const out = emptyFigures().distribution
  for (const r of reports) {
    const d = figuresOf(r).distribution
    if (d.n === 0) continue
    out.n += 1
    for (const g of OUTCOME_GROUPS) out.values[g.key] += d.values[g.key]
  }
  return out
}

export function distributionTotal(d: OutcomeDistribution): number {
  return OUTCOME_GROUPS.reduce((sum, g) => sum + d.values[g.key], 0)
}

/** The refusal groups whose sub-reasons the outcomes view breaks down. */
export const REFUSAL_GROUPS = ['denied', 'unavailable', 'rejected'] as const
export type RefusalGroup = (typeof REFUSAL_GROUPS)[number]

export interface ReasonCount {
  row: RequestRowKey
  group: RefusalGroup
  /** The sub-row's own words from the catalog. */
  label: string
  /** Summed over the `n` reports that give this row. */
  value: number
  n: number
}

/** Every refusal sub-reason summed over the reports that give it, in template order. */
export function refusalReasons(reports: readonly Report[]): ReasonCount[] {
  const rows = REFUSAL_GROUPS.flatMap((group) => rowsOfGroup(group).map((row) => ({ row, group })))
  const sums = new Array<number>(rows.length).fill(0)
  const counts = new Array<number>(rows.length).fill(0)
  // One pass over the reports, not one per reason.
  for (const r of reports) {
    for (let i = 0; i < rows.length; i++) {
      const v = requestCell(r, (rows[i] as { row: RequestRowKey }).row)
      if (v === undefined) continue
      sums[i] = (sums[i] as number) + v
      counts[i] = (counts[i] as number) + 1
    }
  }
  return rows.map(({ row, group }, i) => ({
    row,
    group,
    label: rowSpec(row).short,
    value: sums[i] as number,
    n: counts[i] as number,
  }))
}

export type { OutcomeGroup }
