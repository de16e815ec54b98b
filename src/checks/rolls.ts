/** T2-ROLL (2021 edition): last year's 现行有效件数 + this year's 本年制发 − 本年废止 = this year's 现行有效. */
import type { Report } from '@/domain/report'
import { finding, type Finding } from './types'

const ITEMS = ['regulations', 'normativeDocs'] as const

export function checkRolls(reports: readonly Report[]): Finding[] {
  const byKey = new Map<string, Report>()
  for (const r of reports) byKey.set(`${r.agency}\u0000${r.year}`, r)
  const out: Finding[] = []
  for (const next of reports) {
    const prev = byKey.get(`${next.agency}\u0000${next.year - 1}`)
    if (!prev || prev.edition !== '2021' || next.edition !== '2021') continue
    for (const key of ITEMS) {
      const before = prev.active?.[key]?.inForce
      const now = next.active?.[key]
      if (
        before === undefined ||
        now?.issued === undefined ||
        now.repealed === undefined ||
        now.inForce === undefined
      )
        continue
      const expected = before + now.issued - now.repealed
      if (expected === now.inForce) continue
      out.push(
        finding(
          'T2-ROLL',
          'warning',
          next,
          [`active.${key}.issued`, `active.${key}.repealed`, `active.${key}.inForce`],
          't2-roll',
          {
            item: { phrase: key },
            prevYear: prev.year,
            before,
            year: next.year,
            issued: now.issued,
            repealed: now.repealed,
            expected,
            inForce: now.inForce,
            diff: Math.abs(expected - now.inForce),
          },
        ),
      )
    }
  }
  return out
}
