/**
 * Any number of realistic reports, deterministically: the demo district generator run once per
 * district, each district renamed. Identities hold except each district's planted anomalies.
 */
import { DEMO_REGION, generateDemoReports } from '@/generate/demo'
import type { Report } from '@/domain/report'

const FIRST = '青白金云石长新安平永'
const SECOND = '山河阳江林湖源宁丰川'
const UNIT = ['区', '县', '市']

/** The k-th district's name: 青山区, 青河区, … then 县 and 市. */
export function districtName(k: number): string {
  const unit = UNIT[Math.floor(k / 100) % UNIT.length] as string
  const i = k % 100
  const round = Math.floor(k / 300)
  return `${FIRST[Math.floor(i / 10)]}${SECOND[i % 10]}${round > 0 ? round + 1 : ''}${unit}`
}

export function generateCorpus(count: number, seed = 1): Report[] {
  const out: Report[] = []
  for (let k = 0; out.length < count; k++) {
    const name = districtName(k)
    for (const r of generateDemoReports(seed * 7919 + k)) {
      if (out.length >= count) break
      out.push({
        ...r,
        agency: r.agency.replace(DEMO_REGION, name),
        region: name,
        source: { name: `generated/${name}/${r.year}`, format: 'json' },
      })
    }
  }
  return out
}
