import { describe, expect, it } from 'vitest'
import { DEMO_YEARS, PLANTED, generateDemoReports } from '@/generate/demo'
import { checkReports } from '@/checks'

describe('generated demo district', () => {
  const reports = generateDemoReports()

  it('is deterministic', () => {
    expect(JSON.stringify(generateDemoReports())).toBe(JSON.stringify(reports))
  })

  it('has about 30 agencies over 2019–2024, one report missing on purpose', () => {
    expect(new Set(reports.map((r) => r.agency)).size).toBe(30)
    expect(reports).toHaveLength(30 * DEMO_YEARS.length - 1)
  })

  it('is zero-heavy with small-agency magnitudes', () => {
    const received = reports.map((r) => r.requests.newReceived?.total ?? 0)
    const small = received.filter((v) => v <= 5).length
    expect(small / received.length).toBeGreaterThan(0.4)
    expect(Math.max(...received)).toBeLessThan(200)
  })

  it('raises findings only where anomalies are planted', () => {
    const findings = checkReports(reports)
    const planted = Object.values(PLANTED).map((p) => `${p.rule}|${p.agency}|${p.year}`)
    // A planted jump comes back down the next year: that is the same anomaly seen from after.
    const jump = PLANTED.jump
    const echo = `YOY-JUMP|${jump.agency}|${jump.year + 1}`
    const found = new Set(findings.map((f) => `${f.rule}|${f.agency}|${f.year}`))
    for (const p of planted) expect(found).toContain(p)
    for (const f of found) expect([...planted, echo]).toContain(f)
  })
})
