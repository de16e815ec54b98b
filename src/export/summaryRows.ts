/**
 * The summary table (one row per report, key figures), shared by the data view and the .xlsx
 * export so what is on screen and what is saved are the same numbers.
 */
import { OUTCOME_GROUPS, rowSpec } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { figuresOf, suits } from '@/analysis/figures'
import { disclosureRate } from '@/analysis/rates'

export interface SummaryColumn {
  header: string
  value: (r: Report) => string | number | null
  /** Excel number format. */
  format?: string
}

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { header: '机构', value: (r) => r.agency },
  { header: '区域', value: (r) => r.region ?? '' },
  { header: '年度', value: (r) => r.year },
  { header: '模板版本', value: (r) => r.edition },
  { header: rowSpec('newReceived').short, value: (r) => figuresOf(r).received },
  { header: rowSpec('carriedOver').short, value: (r) => figuresOf(r).carriedOver },
  ...OUTCOME_GROUPS.map((g) => ({
    header: g.label,
    value: (r: Report) => figuresOf(r).outcomes[g.key],
  })),
  { header: rowSpec('total').label, value: (r) => figuresOf(r).handled },
  { header: rowSpec('carriedForward').short, value: (r) => figuresOf(r).carriedForward },
  { header: '公开率', value: (r) => disclosureRate(figuresOf(r)).value, format: '0.0%' },
  { header: '行政复议', value: (r) => figuresOf(r).review.total },
  { header: '复议结果纠正', value: (r) => figuresOf(r).review.corrected },
  { header: '行政诉讼', value: (r) => suits(figuresOf(r)).total },
]

export function summaryMatrix(reports: readonly Report[]): (string | number | null)[][] {
  return reports.map((r) => SUMMARY_COLUMNS.map((c) => c.value(r)))
}
