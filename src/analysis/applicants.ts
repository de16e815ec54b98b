import { APPLICANT_KEYS, type ApplicantKey, type RequestRowKey } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { requestCell } from './cells'
import { emptyTally, known, type Tally } from './figures'

/** One table-3 row, column by column, each summed over the reports that give that cell. */
export type ApplicantTallies = Record<ApplicantKey, Tally>

function empty(): ApplicantTallies {
  return Object.fromEntries(APPLICANT_KEYS.map((k) => [k, emptyTally()])) as ApplicantTallies
}

/** One table-3 row summed over reports, column by column (default: requests received). */
export function applicantBreakdown(
  reports: readonly Report[],
  row: RequestRowKey = 'newReceived',
): ApplicantTallies {
  const out = empty()
  for (const r of reports) {
    for (const k of APPLICANT_KEYS) {
      const v = requestCell(r, row, k)
      if (v === undefined) continue
      out[k].value += v
      out[k].n += 1
    }
  }
  return out
}

/** The breakdown's values for a chart: null where no report gives the cell. */
export function applicantValues(t: ApplicantTallies): Record<ApplicantKey, number | null> {
  return Object.fromEntries(APPLICANT_KEYS.map((k) => [k, known(t[k])])) as Record<
    ApplicantKey,
    number | null
  >
}

export function applicantsByYear(
  reports: readonly Report[],
  row: RequestRowKey = 'newReceived',
): { year: number; counts: ApplicantTallies }[] {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b)
  return years.map((year) => ({
    year,
    counts: applicantBreakdown(
      reports.filter((r) => r.year === year),
      row,
    ),
  }))
}
