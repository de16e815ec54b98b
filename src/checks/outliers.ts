/**
 * Plausibility: YOY-JUMP (a key figure jumps or collapses year over year), PEER-OUTLIER (far from
 * the same year's peers by median and MAD), RATE-RISK (low disclosure or high correction rate).
 * Each stays silent below a minimum number of cases: small numbers swing by chance.
 */
import { valuesOf, type Report } from '@/domain/report'
import type { PhraseKey } from './messages'
import type { Thresholds } from './thresholds'
import { finding, type Finding } from './types'

interface Figure {
  key: string
  label: PhraseKey
  cells: string[]
  value: (r: Report) => number | undefined
}

export const KEY_FIGURES: readonly Figure[] = [
  {
    key: 'newReceived',
    label: 'newReceived',
    cells: ['requests.newReceived.total'],
    value: (r) => r.requests.newReceived?.total,
  },
  {
    key: 'review',
    label: 'review',
    cells: ['appeals.review.total'],
    value: (r) => r.appeals.review?.total,
  },
  {
    key: 'suits',
    label: 'suitsShort',
    cells: ['appeals.suitDirect.total', 'appeals.suitAfterReview.total'],
    value: (r) => {
      const direct = r.appeals.suitDirect?.total
      const after = r.appeals.suitAfterReview?.total
      return direct !== undefined && after !== undefined ? direct + after : undefined
    },
  },
]

export function checkJumps(reports: readonly Report[], t: Thresholds): Finding[] {
  const byKey = new Map<string, Report>()
  for (const r of reports) byKey.set(`${r.agency}\u0000${r.year}`, r)
  const out: Finding[] = []
  for (const cur of reports) {
    const prev = byKey.get(`${cur.agency}\u0000${cur.year - 1}`)
    if (!prev) continue
    for (const f of KEY_FIGURES) {
      const a = f.value(prev)
      const b = f.value(cur)
      if (a === undefined || b === undefined || Math.max(a, b) < t.yoyMinVolume) continue
      const ratio = (b + 1) / (a + 1)
      if (ratio < t.yoyFactor && ratio > 1 / t.yoyFactor) continue
      const common = {
        figure: { phrase: f.label },
        prevYear: prev.year,
        before: a,
        year: cur.year,
        after: b,
        factor: t.yoyFactor,
        min: t.yoyMinVolume,
      }
      out.push(
        b > a
          ? finding('YOY-JUMP', 'info', cur, f.cells, 'yoy-up', {
              ...common,
              ratio: ratio.toFixed(1),
            })
          : finding('YOY-JUMP', 'info', cur, f.cells, 'yoy-down', {
              ...common,
              percent: ((b / Math.max(a, 1)) * 100).toFixed(0),
            }),
      )
    }
  }
  return out
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

export function checkPeers(reports: readonly Report[], t: Thresholds): Finding[] {
  const out: Finding[] = []
  const byYear = new Map<number, Report[]>()
  for (const r of reports) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r])
  for (const [year, peers] of byYear) {
    for (const f of KEY_FIGURES) {
      const rows = peers.flatMap((r) => {
        const v = f.value(r)
        return v === undefined ? [] : [{ r, v, x: Math.log1p(v) }]
      })
      if (rows.length < t.peerMinAgencies) continue
      const m = median(rows.map((p) => p.x))
      let mad = median(rows.map((p) => Math.abs(p.x - m)))
      // Zero-heavy years: fall back on the mean absolute deviation (scaled to match MAD).
      if (mad === 0) mad = (rows.reduce((a, p) => a + Math.abs(p.x - m), 0) / rows.length) * 1.2533
      if (mad === 0) continue
      const typical = Math.round(Math.expm1(m))
      for (const p of rows) {
        const z = (0.6745 * (p.x - m)) / mad
        if (z < t.peerZ || p.v < t.peerMinVolume) continue
        out.push(
          finding('PEER-OUTLIER', 'info', p.r, f.cells, 'peer-outlier', {
            year,
            figure: { phrase: f.label },
            value: p.v,
            peers: rows.length,
            typical,
            z: z.toFixed(1),
            threshold: t.peerZ,
          }),
        )
      }
    }
  }
  return out
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`
}

export function checkRates(report: Report, t: Thresholds): Finding[] {
  const out: Finding[] = []
  const granted = report.requests.granted?.total
  const partial = report.requests.partial?.total
  const total = report.requests.total?.total
  if (
    granted !== undefined &&
    partial !== undefined &&
    total !== undefined &&
    total >= t.rateMinCases
  ) {
    const rate = (granted + partial) / total
    if (rate < t.disclosureRateMin) {
      out.push(
        finding(
          'RATE-RISK',
          'warning',
          report,
          ['requests.granted.total', 'requests.partial.total', 'requests.total.total'],
          'rate-low',
          { granted, partial, total, rate: pct(rate), min: pct(t.disclosureRateMin) },
        ),
      )
    }
  }
  const blocks = [
    { label: 'review' as const, keys: ['review'] as const },
    { label: 'suitsShort' as const, keys: ['suitDirect', 'suitAfterReview'] as const },
  ]
  for (const block of blocks) {
    const counts = block.keys.map((k) =>
      valuesOf(report.appeals[k], ['corrected', 'total', 'pending'] as const),
    )
    if (counts.some((c) => !c)) continue
    const given = counts as number[][]
    const corrected = given.reduce((a, [c = 0]) => a + c, 0)
    const decided = given.reduce((a, [, total = 0, pending = 0]) => a + total - pending, 0)
    if (decided < t.rateMinCases) continue
    const rate = corrected / decided
    if (rate <= t.correctionRateMax) continue
    out.push(
      finding(
        'RATE-RISK',
        'warning',
        report,
        block.keys.flatMap((k) => [
          `appeals.${k}.corrected`,
          `appeals.${k}.total`,
          `appeals.${k}.pending`,
        ]),
        'correction-high',
        {
          block: { phrase: block.label },
          corrected,
          decided,
          rate: pct(rate),
          max: pct(t.correctionRateMax),
        },
      ),
    )
  }
  return out
}
