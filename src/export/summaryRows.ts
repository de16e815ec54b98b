/**
 * The summary table (one row per report, key figures), shared by the data view and the .xlsx
 * export so what is on screen and what is saved are the same numbers. A figure the report does not
 * give is an empty cell, never 0; the last column names the tables that were not read.
 */
import { OUTCOME_GROUPS, rowSpec } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { figuresOf, known, type Tally } from '@/analysis/figures'
import { DEFAULT_DEFINITIONS, type RateDefinitions } from '@/analysis/definitions'
import { disclosureRate } from '@/analysis/rates'

export interface SummaryColumn {
  header: string
  value: (r: Report) => string | number | null
  /** Excel number format. */
  format?: string
}

const TABLE_NAMES = { requests: '表三', appeals: '表四', active: '表二' } as const

const figure = (pick: (f: ReturnType<typeof figuresOf>) => Tally) => (r: Report) =>
  known(pick(figuresOf(r)))

export function summaryColumns(
  definitions: RateDefinitions = DEFAULT_DEFINITIONS,
): SummaryColumn[] {
  return [
    { header: '机构', value: (r) => r.agency },
    { header: '区域', value: (r) => r.region ?? '' },
    { header: '年度', value: (r) => r.year },
    { header: '模板版本', value: (r) => r.edition },
    { header: rowSpec('newReceived').short, value: figure((f) => f.received) },
    { header: rowSpec('carriedOver').short, value: figure((f) => f.carriedOver) },
    ...OUTCOME_GROUPS.map((g) => ({
      header: g.label,
      value: figure((f) => f.outcomes[g.key]),
    })),
    { header: rowSpec('total').label, value: figure((f) => f.handled) },
    { header: rowSpec('carriedForward').short, value: figure((f) => f.carriedForward) },
    {
      header: '公开率',
      value: (r) => disclosureRate(figuresOf(r), definitions.disclosure).value,
      format: '0.0%',
    },
    { header: '行政复议', value: figure((f) => f.review.total) },
    { header: '复议结果纠正', value: figure((f) => f.review.corrected) },
    { header: '行政诉讼', value: figure((f) => f.suits.total) },
    {
      header: '未读取的表',
      value: (r) => (r.unread ?? []).map((u) => TABLE_NAMES[u.table]).join('、'),
    },
  ]
}

export function summaryMatrix(
  reports: readonly Report[],
  columns: readonly SummaryColumn[] = summaryColumns(),
): (string | number | null)[][] {
  return reports.map((r) => columns.map((c) => c.value(r)))
}
