import { APPLICANT_PARTS, type ApplicantKey, type RequestRowKey } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { requestCell } from './cells'

export type ApplicantPart = (typeof APPLICANT_PARTS)[number]
export type ApplicantCounts = Record<ApplicantKey, number>

function empty(): ApplicantCounts {
  return { natural: 0, commercial: 0, research: 0, social: 0, legal: 0, other: 0, total: 0 }
}

/** One table-3 row summed over reports, column by column (default: requests received). */
export function applicantBreakdown(
  reports: readonly Report[],
  row: RequestRowKey = 'newReceived',
): ApplicantCounts {
  const out = empty()
  for (const r of reports) {
    for (const k of Object.keys(out) as ApplicantKey[]) out[k] += requestCell(r, row, k)
  }
  return out
}

export function applicantsByYear(
  reports: readonly Report[],
  row: RequestRowKey = 'newReceived',
): { year: number; counts: ApplicantCounts }[] {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b)
  return years.map((year) => ({
    year,
    counts: applicantBreakdown(
      reports.filter((r) => r.year === year),
      row,
    ),
  }))
}
