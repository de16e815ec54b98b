/** The plausibility and cross-report rules: where each must fire and where it must stay silent. */
import { describe, expect, it } from 'vitest'
import { checkReports, DEFAULT_THRESHOLDS, statedNumbers, yearGrid } from '@/checks'
import type { Report } from '@/domain/report'
import { importFile } from '@/import'
import { expected, sampleBytes } from './helpers'

const clone = (r: Report): Report => structuredClone(r)
const rules = (reports: Report[], rule: string) =>
  checkReports(reports).filter((f) => f.rule === rule)

async function imported(file: string): Promise<Report> {
  return (await importFile(file, sampleBytes(file))).reports[0]!.report
}

describe('T2-ROLL', () => {
  it('fires when documents in force do not follow from last year', () => {
    const y2023 = expected('hongze-2023')
    const y2024 = expected('hongze-2024')
    // 5 in force + 3 issued − 0 repealed = 8: as published.
    expect(rules([y2023, y2024], 'T2-ROLL')).toEqual([])
    const broken = clone(y2024)
    broken.active!.normativeDocs!.inForce = 9
    const [f] = rules([y2023, broken], 'T2-ROLL')
    expect(f!.message).toBe(
      '表二「行政规范性文件」：2023 年现行有效 5 + 2024 年制发 3 − 废止 0 = 8，而 2024 年现行有效为 9，相差 1',
    )
  })

  it('stays silent across the 2019 edition, which has no 现行有效件数', () => {
    const r2020 = expected('hualong-gxj-2020')
    const r2021 = { ...clone(expected('hongze-2023')), agency: r2020.agency, year: 2021 }
    expect(rules([r2020, r2021], 'T2-ROLL')).toEqual([])
  })
})

describe('NARRATIVE', () => {
  it('reads the numbers the narrative states', async () => {
    const stated = statedNumbers(await imported('pingtan-2025.txt'))
    expect(stated.map((s) => [s.key, s.value])).toEqual([
      ['carriedForward', 6],
      ['newReceived', 154],
      ['review', 36],
      ['suits', 9],
    ])
  })

  it('stays silent where they agree with the tables', async () => {
    for (const file of [
      'pingtan-2025.txt',
      'pingtan-police-2022.txt',
      'huaian-2024.txt',
      'hongze-2023.txt',
    ]) {
      expect(rules([await imported(file)], 'NARRATIVE')).toEqual([])
    }
  })

  it('fires where they disagree: hongze-2024 says 17 requests, its table 95', async () => {
    const [f] = rules([await imported('hongze-2024.txt')], 'NARRATIVE')
    expect(f).toMatchObject({ cells: ['requests.newReceived.total'], severity: 'warning' })
    expect(f!.message).toBe(
      '正文写「受理政府信息公开申请17件」，即本年新收申请 17 件，而表格中为 95 件',
    )
  })
})

describe('ZERO-ACTIVITY', () => {
  it('fires when table 3 is all zero but the narrative speaks of requests', async () => {
    const r = await imported('pingtan-police-2022.txt')
    for (const row of Object.values(r.requests))
      for (const k of Object.keys(row)) row[k as keyof typeof row] = 0
    const [f] = rules([r], 'ZERO-ACTIVITY')
    expect(f!.message).toContain('收到政府信息公开申请1件')
  })

  it('stays silent for an all-zero report whose narrative says none came in', () => {
    expect(rules([expected('hualong-gxj-2020')], 'ZERO-ACTIVITY')).toEqual([])
  })
})

describe('TEXT-COPY', () => {
  const overview =
    '本机关坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实政府信息公开条例，' +
    '持续推进决策、执行、管理、服务、结果公开，加强政策解读和回应关切，规范依申请公开办理流程，' +
    '强化政府网站和政务新媒体管理，不断提升政务公开标准化规范化水平，切实保障人民群众的知情权、参与权和监督权。'

  it('fires for a section copied from another agency, numbers changed', () => {
    const a = {
      ...clone(expected('hongze-2024')),
      text: { overview: `2024年，${overview}全年收到申请95件。` },
    }
    const b = {
      ...clone(expected('huaian-2024')),
      text: { overview: `2024年，${overview}全年收到申请3119件。` },
    }
    const found = rules([a, b], 'TEXT-COPY')
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toMatch(/「总体情况」与「淮安市.*」2024 年报告的同一部分相似度 100%/)
  })

  it('stays silent for different texts and for short boilerplate', () => {
    const a = { ...clone(expected('hongze-2024')), text: { overview } }
    const b = {
      ...clone(expected('huaian-2024')),
      text: { overview: overview.split('').reverse().join('') },
    }
    expect(rules([a, b], 'TEXT-COPY')).toEqual([])
    const c = { ...clone(expected('hongze-2024')), text: { otherMatters: '无。' } }
    const d = { ...clone(expected('huaian-2024')), text: { otherMatters: '无。' } }
    expect(rules([c, d], 'TEXT-COPY')).toEqual([])
  })

  it('compares an agency with its own previous year, not with years further back', () => {
    const y = (year: number) => ({ ...clone(expected('hongze-2024')), year, text: { overview } })
    expect(rules([y(2022), y(2024)], 'TEXT-COPY')).toEqual([])
    expect(rules([y(2023), y(2024)], 'TEXT-COPY').map((f) => f.year)).toEqual([2024])
  })
})

describe('TABLE-COPY', () => {
  it('fires for the same non-trivial table 3 under two agencies', () => {
    const a = expected('huaian-2024')
    const b = { ...clone(a), agency: '淮安市某某局' }
    expect(rules([a, b], 'TABLE-COPY').map((f) => f.agency)).toEqual([
      '淮安市人民政府',
      '淮安市某某局',
    ])
  })

  it('stays silent for all-zero tables, which look alike by chance', () => {
    const a = expected('hualong-gxj-2020')
    expect(rules([a, { ...clone(a), agency: '华龙区某局' }], 'TABLE-COPY')).toEqual([])
  })
})

describe('YOY-JUMP', () => {
  it('fires above the minimum volume and stays silent below it', () => {
    const a = expected('hongze-2023')
    const b = expected('hongze-2024')
    expect(rules([a, b], 'YOY-JUMP').map((f) => f.message)).toEqual([
      '本年新收申请由 2023 年的 21 件变为 2024 年的 95 件，增至 4.4 倍（阈值：3 倍且不少于 20 件）',
    ])
    // 1 → 5 is no alarm.
    const small = clone(a)
    const small2 = clone(b)
    small.requests.newReceived!.total = 1
    small2.requests.newReceived!.total = 5
    expect(rules([small, small2], 'YOY-JUMP')).toEqual([])
  })
})

describe('PEER-OUTLIER', () => {
  it('flags the city among small bureaus of the same year, and no bureau', () => {
    const bureaus = Array.from({ length: 9 }, (_, i) => {
      const r = clone(expected('hongze-2024'))
      r.agency = `某区第${i + 1}局`
      r.requests.newReceived!.total = [3, 5, 8, 2, 6, 4, 7, 5, 9][i]!
      return r
    })
    const found = rules([...bureaus, expected('huaian-2024')], 'PEER-OUTLIER')
    // Its requests (3,119), reviews (351) and suits (46) all stand far above the bureaus'.
    expect(found.map((f) => [f.agency, f.cells[0]])).toEqual([
      ['淮安市人民政府', 'requests.newReceived.total'],
      ['淮安市人民政府', 'appeals.review.total'],
      ['淮安市人民政府', 'appeals.suitDirect.total'],
    ])
  })

  it('stays silent with fewer peers than the minimum', () => {
    expect(rules([expected('hongze-2024'), expected('huaian-2024')], 'PEER-OUTLIER')).toEqual([])
  })
})

describe('RATE-RISK', () => {
  it('flags a low disclosure rate above the minimum number of cases', () => {
    const [f] = rules([expected('hongze-2023')], 'RATE-RISK')
    expect(f!.message).toBe(
      '公开率偏低：（予以公开 0 + 部分公开 4）÷ 办理总计 21 = 19.0%，低于 20.0%',
    )
  })

  it('stays silent below the minimum number of cases', () => {
    const r = clone(expected('pingtan-police-2022'))
    expect(r.requests.total!.total).toBeLessThan(DEFAULT_THRESHOLDS.rateMinCases)
    expect(rules([r], 'RATE-RISK')).toEqual([])
  })

  it('flags a high review correction rate', () => {
    const r = clone(expected('huaian-2024'))
    expect(rules([r], 'RATE-RISK')).toEqual([])
    r.appeals.review = { upheld: 10, corrected: 60, other: 20, pending: 10, total: 100 }
    const [f] = rules([r], 'RATE-RISK')
    expect(f!.message).toBe('行政复议纠错率偏高：结果纠正 60 ÷ 已审结 90 = 66.7%，高于 30.0%')
  })
})

describe('MISSING', () => {
  it('lists the years an agency skipped between its first and last', () => {
    const y = (year: number) => ({ ...clone(expected('hongze-2024')), year })
    const reports = [y(2020), y(2021), y(2024)]
    expect(rules(reports, 'MISSING').map((f) => f.year)).toEqual([2022, 2023])
    expect(yearGrid(reports).get('淮安市洪泽区人民政府')).toEqual({
      first: 2020,
      last: 2024,
      missing: [2022, 2023],
    })
  })

  it('says nothing of years before an agency’s first report', () => {
    expect(rules([expected('hongze-2023'), expected('hongze-2024')], 'MISSING')).toEqual([])
  })
})
