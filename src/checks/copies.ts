/**
 * Copied text and copied tables. TEXT-COPY compares narrative sections by the 4-character pieces
 * they share; candidate pairs come from MinHash buckets, so thousands of reports do not mean
 * millions of comparisons. TABLE-COPY groups identical non-trivial tables 3.
 */
import { APPLICANT_KEYS, REQUEST_ROW_KEYS } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import type { Thresholds } from './thresholds'
import type { Nested, Ref } from './messages'
import { finding, type Finding } from './types'

const SECTIONS = [
  { key: 'overview', label: '总体情况' },
  { key: 'problems', label: '存在的主要问题及改进情况' },
] as const

/** Text as compared: no whitespace, digits and years (which change every year) folded away. */
function normalize(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/\d+/g, '#')
}

function shingles(text: string): Set<string> {
  const set = new Set<string>()
  for (let i = 0; i + 4 <= text.length; i++) set.add(text.slice(i, i + 4))
  return set
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  for (const s of small) if (large.has(s)) shared++
  return shared / (a.size + b.size - shared)
}

function fnv(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}

const BANDS = 16
const ROWS = 4
/** One multiplier and offset per MinHash function, fixed so that results are reproducible. */
const MULT = Array.from(
  { length: BANDS * ROWS },
  (_, k) => (Math.imul(k + 1, 0x9e3779b1) | 1) >>> 0,
)
const ADD = Array.from({ length: BANDS * ROWS }, (_, k) => Math.imul(k + 7, 0x85ebca6b) >>> 0)

function signature(set: Set<string>): Uint32Array {
  const sig = new Uint32Array(BANDS * ROWS).fill(0xffffffff)
  for (const s of set) {
    const h = fnv(s)
    for (let k = 0; k < sig.length; k++) {
      const v = (Math.imul(h, MULT[k] as number) + (ADD[k] as number)) >>> 0
      if (v < (sig[k] as number)) sig[k] = v
    }
  }
  return sig
}

interface Doc {
  report: Report
  section: (typeof SECTIONS)[number]
  set: Set<string>
}

export function checkTextCopies(reports: readonly Report[], t: Thresholds): Finding[] {
  const out: Finding[] = []
  for (const section of SECTIONS) {
    const docs: Doc[] = []
    for (const report of reports) {
      const text = report.text?.[section.key]
      if (!text || text.replace(/\s/g, '').length < t.textMinLength) continue
      docs.push({ report, section, set: shingles(normalize(text)) })
    }
    const buckets = new Map<string, number[]>()
    docs.forEach((d, i) => {
      const sig = signature(d.set)
      for (let b = 0; b < BANDS; b++) {
        const key = `${b}:${sig.slice(b * ROWS, b * ROWS + ROWS).join(',')}`
        const list = buckets.get(key) ?? []
        list.push(i)
        buckets.set(key, list)
      }
    })
    // The best earlier match of each later section: one finding per section copied.
    const best = new Map<number, { earlier: Doc; sim: number; count: number }>()
    const seen = new Set<string>()
    for (const list of buckets.values()) {
      if (list.length < 2 || list.length > 500) continue
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x] as number
          const j = list[y] as number
          const pair = `${i}:${j}`
          if (seen.has(pair)) continue
          seen.add(pair)
          const a = docs[i] as Doc
          const b = docs[j] as Doc
          const sameAgency = a.report.agency === b.report.agency
          // One agency's text is compared with its own previous year only.
          if (sameAgency && Math.abs(a.report.year - b.report.year) !== 1) continue
          const sim = jaccard(a.set, b.set)
          if (sim < t.textSimilarity) continue
          const [earlier, laterIndex] =
            a.report.year < b.report.year || (a.report.year === b.report.year && i < j)
              ? [a, j]
              : [b, i]
          const current = best.get(laterIndex)
          if (!current || sim > current.sim)
            best.set(laterIndex, { earlier, sim, count: (current?.count ?? 0) + 1 })
          else current.count++
        }
      }
    }
    for (const [index, { earlier, sim, count }] of best) {
      const later = docs[index] as Doc
      const whom: Nested =
        earlier.report.agency === later.report.agency
          ? { code: 'copy-own' as const, params: { year: earlier.report.year } }
          : {
              code: 'copy-other' as const,
              params: { agency: earlier.report.agency, year: earlier.report.year },
            }
      const params = {
        section: { phrase: section.key },
        whom,
        similarity: (sim * 100).toFixed(0),
      }
      out.push(
        finding(
          'TEXT-COPY',
          'warning',
          later.report,
          [`text.${section.key}`],
          count > 1 ? 'text-copy-more' : 'text-copy',
          count > 1 ? { ...params, others: count - 1 } : params,
        ),
      )
    }
  }
  return out
}

function tableKey(r: Report): string | undefined {
  const values: number[] = []
  for (const key of REQUEST_ROW_KEYS) {
    const row = r.requests[key]
    // -1 marks a row or cell not given: two tables agree only where they give the same cells.
    if (row) for (const col of APPLICANT_KEYS) values.push(row[col] ?? -1)
    else values.push(-1)
  }
  // Tables of zeros or of a single request look alike by chance.
  const total = r.requests.newReceived?.total ?? 0
  if (values.every((v) => v <= 0) || total < 3) return undefined
  return values.join(',')
}

export function checkTableCopies(reports: readonly Report[]): Finding[] {
  const groups = new Map<string, Report[]>()
  for (const r of reports) {
    const key = tableKey(r)
    if (key === undefined) continue
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  const out: Finding[] = []
  for (const group of groups.values()) {
    const distinct = group.filter(
      (r, i) => group.findIndex((o) => o.agency === r.agency && o.year === r.year) === i,
    )
    if (distinct.length < 2) continue
    for (const r of distinct) {
      const others = distinct
        .filter((o) => o !== r)
        .map((o): [string, Ref] => [`「${o.agency}」`, { year: o.year }])
      out.push(
        finding('TABLE-COPY', 'warning', r, ['requests'], 'table-copy', {
          received: r.requests.newReceived?.total ?? 0,
          others: { items: others.slice(0, 5), more: others.length > 5 },
        }),
      )
    }
  }
  return out
}
