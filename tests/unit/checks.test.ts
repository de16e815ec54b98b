import { describe, expect, it } from 'vitest'
import { checkReports } from '@/checks'
import type { Report } from '@/domain/report'
import { importFile } from '@/import'
import { SAMPLE_NAMES, expected, sampleBytes } from './helpers'

function clone(r: Report): Report {
  return structuredClone(r)
}

describe('checks on the real samples', () => {
  it('of the identities, flags hongze-2023’s published T4-SUM violation and nothing else', async () => {
    const reports = []
    for (const name of SAMPLE_NAMES) {
      const r = await importFile(`${name}.txt`, sampleBytes(`${name}.txt`))
      reports.push(r.reports[0]!.report)
    }
    const identities = ['T3-BALANCE', 'T3-ROWSUM', 'T3-OUTCOMES', 'T4-SUM', 'X-CARRY', 'EDITION']
    const findings = checkReports(reports).filter((f) => identities.includes(f.rule))
    expect(findings.map((f) => [f.rule, f.agency, f.year, f.cells[4]])).toEqual([
      ['T4-SUM', '淮安市洪泽区人民政府', 2023, 'appeals.review.total'],
      ['T4-SUM', '淮安市洪泽区人民政府', 2023, 'appeals.suitAfterReview.total'],
    ])
    expect(findings[0]!.message).toBe(
      '表四「行政复议」：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，而总计为 0，相差 11',
    )
  })
})

describe('each identity, on constructed breaks of a real report', () => {
  const base = expected('huaian-2024')

  it('T3-BALANCE names the column and both sides', () => {
    const r = clone(base)
    r.requests.carriedForward!.natural = 104
    r.requests.carriedForward!.total = 104
    const f = checkReports([r]).filter((x) => x.rule === 'T3-BALANCE')
    expect(f.map((x) => x.cells[0])).toEqual([
      'requests.newReceived.natural',
      'requests.newReceived.total',
    ])
    expect(f[0]!.message).toContain(
      '本年新收 3001 + 上年结转 34 = 3035，而办理结果总计 2932 + 结转下年度 104 = 3036，相差 1',
    )
  })

  it('T3-ROWSUM names the row with its six parts', () => {
    const r = clone(base)
    r.requests.granted!.total = 1363
    const f = checkReports([r]).filter((x) => x.rule === 'T3-ROWSUM')
    expect(f).toHaveLength(1)
    expect(f[0]!.message).toBe(
      '表三「三、本年度办理结果（一）予以公开」行：六类申请人 1288 + 21 + 0 + 0 + 50 + 3 = 1362，而该行总计为 1363，相差 1',
    )
  })

  it('T3-OUTCOMES adds the three （六） sub-rows of the 2021 edition', () => {
    const r = clone(base)
    expect(checkReports([r]).filter((x) => x.rule === 'T3-OUTCOMES')).toEqual([])
    r.requests['other.misc']!.natural = 109
    const f = checkReports([r]).filter((x) => x.rule === 'T3-OUTCOMES')
    expect(f.map((x) => x.cells.at(-1))).toEqual(['requests.total.natural'])
    expect(f[0]!.cells).toContain('requests.other.misc.natural')
  })

  it('X-CARRY compares one year’s 结转下年度 with the next year’s 上年结转', () => {
    const y2023 = expected('hongze-2023')
    const y2024 = clone(expected('hongze-2024'))
    expect(checkReports([y2023, y2024]).filter((f) => f.rule === 'X-CARRY')).toEqual([])
    y2024.requests.carriedOver!.natural = 2
    const f = checkReports([y2023, y2024]).filter((x) => x.rule === 'X-CARRY')
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({
      year: 2024,
      severity: 'warning',
      cells: ['requests.carriedOver.natural'],
    })
    expect(f[0]!.message).toBe(
      '2024 年「上年结转」自然人为 2，但 2023 年报告「结转下年度继续办理」自然人为 0，相差 2',
    )
  })

  it('EDITION flags labels of the wrong edition for the year', () => {
    const r = { ...clone(expected('hualong-gxj-2020')), year: 2022 }
    const f = checkReports([r]).filter((x) => x.rule === 'EDITION')
    expect(f).toHaveLength(1)
    expect(f[0]!.message).toContain('2022 年度报告应使用 2021 版模板')
  })

  it('gives each finding a stable key: rule, agency, year and cells', () => {
    const [a] = checkReports([expected('hongze-2023')])
    const [b] = checkReports([structuredClone(expected('hongze-2023'))])
    expect(a!.key).toBe(b!.key)
    expect(a!.key).toMatch(/^T4-SUM\|淮安市洪泽区人民政府\|2023\|/)
  })
})
