/**
 * Numbers the narrative states about the tables (本年新收…N件, 结转…N件, 行政复议N件, 行政诉讼N件),
 * and the rules that compare them: NARRATIVE and ZERO-ACTIVITY.
 */
import type { Report } from '@/domain/report'
import { finding, type Finding } from './types'

export interface Stated {
  key: 'newReceived' | 'carriedOver' | 'carriedForward' | 'review' | 'suits'
  value: number
  /** The sentence piece the number was read from. */
  quote: string
}

const NUM = '(\\d{1,7})\\s*(?:件|个|起|宗|条)'
/** A clause: no sentence or clause break between the words and the number. */
const GAP = '[^，。；;,\\n]{0,24}?'
const NEAR = '[^，。；;,\\n]{0,6}?'

const PATTERNS: { key: Stated['key']; re: RegExp }[] = [
  { key: 'carriedOver', re: new RegExp(`(?:上年度?结转|结转上年度?)${GAP}${NUM}`, 'g') },
  {
    key: 'carriedForward',
    re: new RegExp(`结转(?:至|到)?(?:下一?年度?|\\d{4}\\s*年度?)(?:继续办理)?${GAP}${NUM}`, 'g'),
  },
  {
    key: 'newReceived',
    re: new RegExp(
      `(?:本年度?新收|新收到|共收到|收到|受理|新增)${GAP}(?:政府信息公开|信息公开|依申请公开)${GAP}申请${GAP}${NUM}`,
      'g',
    ),
  },
  { key: 'review', re: new RegExp(`行政复议(?:案件|申请)?${NEAR}${NUM}`, 'g') },
  { key: 'suits', re: new RegExp(`行政诉讼(?:案件)?${NEAR}${NUM}`, 'g') },
]

/** What the narrative states, first statement of each kind. */
export function statedNumbers(report: Report): Stated[] {
  const text = [report.text?.overview, report.text?.otherMatters].filter(Boolean).join('\n')
  if (!text) return []
  const flat = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
  const found: Stated[] = []
  for (const { key, re } of PATTERNS) {
    re.lastIndex = 0
    const m = re.exec(flat)
    if (m && !found.some((f) => f.key === key)) {
      // "上年结转" inside a new-request sentence belongs to the carried-over pattern, not this one.
      found.push({ key, value: Number(m[1]), quote: m[0] })
    }
  }
  return found
}

function tableValue(
  report: Report,
  key: Stated['key'],
): { value: number; cells: string[] } | undefined {
  const r = report.requests
  const a = report.appeals
  switch (key) {
    case 'newReceived':
    case 'carriedOver':
    case 'carriedForward': {
      const value = r[key]?.total
      return value !== undefined ? { value, cells: [`requests.${key}.total`] } : undefined
    }
    case 'review': {
      const value = a.review?.total
      return value !== undefined ? { value, cells: ['appeals.review.total'] } : undefined
    }
    case 'suits': {
      const direct = a.suitDirect?.total
      const after = a.suitAfterReview?.total
      if (direct === undefined || after === undefined) return undefined
      return {
        value: direct + after,
        cells: ['appeals.suitDirect.total', 'appeals.suitAfterReview.total'],
      }
    }
  }
}

export function checkNarrative(report: Report): Finding[] {
  const out: Finding[] = []
  const stated = statedNumbers(report)
  for (const s of stated) {
    const t = tableValue(report, s.key)
    if (!t || t.value === s.value) continue
    out.push(
      finding('NARRATIVE', 'warning', report, t.cells, 'narrative', {
        quote: s.quote,
        what: { phrase: s.key },
        stated: s.value,
        table: t.value,
      }),
    )
  }
  // ZERO-ACTIVITY: the tables say nothing happened while the text says requests came in.
  const r = report.requests
  const allZero =
    r.newReceived !== undefined &&
    Object.values(r).every((row) => Object.values(row).every((v) => v === 0))
  const received = stated.find((s) => s.key === 'newReceived' && s.value > 0)
  if (allZero && received) {
    out.push(
      finding('ZERO-ACTIVITY', 'warning', report, ['requests.newReceived.total'], 'zero-activity', {
        quote: received.quote,
      }),
    )
  }
  return out
}
