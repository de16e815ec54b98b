/** T2-ROLL (2021 edition): last year's 现行有效件数 + this year's 本年制发 − 本年废止 = this year's 现行有效. */
import type { Report } from '@/domain/report'
import { finding, type Finding } from './types'

const ITEMS = [
  { key: 'regulations', label: '规章' },
  { key: 'normativeDocs', label: '行政规范性文件' },
] as const

export function checkRolls(reports: readonly Report[]): Finding[] {
  const byKey = new Map<string, Report>()
  for (const r of reports) byKey.set(`${r.agency}\u0000${r.year}`, r)
  const out: Finding[] = []
  for (const next of reports) {
    const prev = byKey.get(`${next.agency}\u0000${next.year - 1}`)
    if (!prev || prev.edition !== '2021' || next.edition !== '2021') continue
    for (const item of ITEMS) {
      const before = prev.active?.[item.key]?.inForce
      const now = next.active?.[item.key]
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
          [
            `active.${item.key}.issued`,
            `active.${item.key}.repealed`,
            `active.${item.key}.inForce`,
          ],
          `表二「${item.label}」：${prev.year} 年现行有效 ${before} + ${next.year} 年制发 ${now.issued} − 废止 ${now.repealed} = ${expected}，而 ${next.year} 年现行有效为 ${now.inForce}，相差 ${Math.abs(expected - now.inForce)}`,
        ),
      )
    }
  }
  return out
}
