/** The identities every report must satisfy by itself (the template prints the first of them). */
import {
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  editionForYear,
  outcomeRows,
  type RequestRowKey,
} from '@/domain/catalog'
import { hasSplitOther, valuesOf, type ApplicantCounts, type Report } from '@/domain/report'
import type { Term } from './messages'
import { finding, type Finding } from './types'

const ISSUED = { '2019': '国办公开办函〔2019〕60号', '2021': '国办公开办函〔2021〕30号' } as const

/** T3-BALANCE: per column, 本年新收 + 上年结转 = 总计 + 结转下年度. */
function balance(report: Report): Finding[] {
  const { newReceived, carriedOver, total, carriedForward } = report.requests
  if (!newReceived || !carriedOver || !total || !carriedForward) return []
  const out: Finding[] = []
  for (const col of APPLICANT_COLUMNS.map((c) => c.key)) {
    const [nr, co, t, cf] = [newReceived[col], carriedOver[col], total[col], carriedForward[col]]
    // An identity is tested only where all its cells are given.
    if (nr === undefined || co === undefined || t === undefined || cf === undefined) continue
    const left = nr + co
    const right = t + cf
    if (left === right) continue
    out.push(
      finding(
        'T3-BALANCE',
        'error',
        report,
        ['newReceived', 'carriedOver', 'total', 'carriedForward'].map(
          (r) => `requests.${r}.${col}`,
        ),
        't3-balance',
        {
          column: { column: col },
          received: nr,
          over: co,
          left,
          total: t,
          forward: cf,
          right,
          diff: Math.abs(left - right),
        },
      ),
    )
  }
  return out
}

/** T3-ROWSUM: per row, the six applicant columns add up to 总计. */
function rowSums(report: Report): Finding[] {
  const out: Finding[] = []
  for (const [key, row] of Object.entries(report.requests) as [RequestRowKey, ApplicantCounts][]) {
    const parts = valuesOf(row, APPLICANT_PARTS)
    if (!parts || row.total === undefined) continue
    const sum = parts.reduce((a, b) => a + b, 0)
    if (sum === row.total) continue
    out.push(
      finding(
        'T3-ROWSUM',
        'error',
        report,
        [...APPLICANT_PARTS, 'total'].map((c) => `requests.${key}.${c}`),
        't3-rowsum',
        {
          row: { rowLabel: key },
          parts: parts.join(' + '),
          sum,
          total: row.total,
          diff: Math.abs(sum - row.total),
        },
      ),
    )
  }
  return out
}

/** T3-OUTCOMES: per column, the handling results add up to （七）总计. */
function outcomes(report: Report): Finding[] {
  const total = report.requests.total
  if (!total) return []
  // Every outcome row must be given: a sum over some of them says nothing about the total.
  const rows = outcomeRows(hasSplitOther(report))
  const out: Finding[] = []
  for (const col of APPLICANT_COLUMNS.map((c) => c.key)) {
    const t = total[col]
    const values = rows.map((k) => report.requests[k]?.[col])
    if (t === undefined || values.some((v) => v === undefined)) continue
    const sum = values.reduce<number>((a, v) => a + (v as number), 0)
    if (sum === t) continue
    const terms: Term[] = rows.flatMap((k, i) =>
      values[i] ? [{ label: { row: k }, value: values[i] as number }] : [],
    )
    out.push(
      finding(
        'T3-OUTCOMES',
        'error',
        report,
        [...rows.map((k) => `requests.${k}.${col}`), `requests.total.${col}`],
        't3-outcomes',
        { column: { column: col }, terms, sum, total: t, diff: Math.abs(sum - t) },
      ),
    )
  }
  return out
}

/** T4-SUM: per block, 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
function appealSums(report: Report): Finding[] {
  const out: Finding[] = []
  for (const block of APPEAL_BLOCKS) {
    const c = report.appeals[block.key]
    const parts = valuesOf(c, ['upheld', 'corrected', 'other', 'pending'] as const)
    if (!c || !parts || c.total === undefined) continue
    const sum = parts.reduce((a, b) => a + b, 0)
    if (sum === c.total) continue
    const terms: Term[] = APPEAL_MEASURES.slice(0, 4).map((m, i) => ({
      label: { measure: m.key },
      value: parts[i] as number,
    }))
    out.push(
      finding(
        'T4-SUM',
        'error',
        report,
        APPEAL_MEASURES.map((m) => `appeals.${block.key}.${m.key}`),
        't4-sum',
        {
          block: { blockLabel: block.key },
          terms,
          sum,
          total: c.total,
          diff: Math.abs(sum - c.total),
        },
      ),
    )
  }
  return out
}

/** EDITION: the labels' edition against the one the year calls for. */
function edition(report: Report): Finding[] {
  const due = editionForYear(report.year)
  if (report.edition === due) return []
  return [
    finding('EDITION', 'warning', report, [], 'edition', {
      year: report.year,
      due,
      dueIssued: ISSUED[due],
      edition: report.edition,
      issued: ISSUED[report.edition],
    }),
  ]
}

export function checkIdentities(report: Report): Finding[] {
  return [
    ...balance(report),
    ...rowSums(report),
    ...outcomes(report),
    ...appealSums(report),
    ...edition(report),
  ]
}
