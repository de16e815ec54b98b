/** X-CARRY: what an agency carried forward at the end of one year is what it carried over into the next. */
import { APPLICANT_COLUMNS } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { finding, type Finding } from './types'

export function checkCarry(reports: readonly Report[]): Finding[] {
  const byAgencyYear = new Map<string, Report>()
  for (const r of reports) byAgencyYear.set(`${r.agency}\u0000${r.year}`, r)
  const out: Finding[] = []
  for (const next of reports) {
    const prev = byAgencyYear.get(`${next.agency}\u0000${next.year - 1}`)
    const forward = prev?.requests.carriedForward
    const over = next.requests.carriedOver
    if (!prev || !forward || !over) continue
    for (const col of APPLICANT_COLUMNS) {
      const f = forward[col.key]
      const o = over[col.key]
      if (f === undefined || o === undefined || f === o) continue
      out.push(
        finding('X-CARRY', 'warning', next, [`requests.carriedOver.${col.key}`], 'x-carry', {
          year: next.year,
          column: { column: col.key },
          over: o,
          prevYear: prev.year,
          forward: f,
          diff: Math.abs(o - f),
        }),
      )
    }
  }
  return out
}
