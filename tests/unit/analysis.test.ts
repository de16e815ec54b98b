/**
 * The analysis functions over the real samples. Every expected number was added up by hand from
 * the sample JSON files (the working is in the comments), not copied from the code's output.
 */
import { describe, expect, it } from 'vitest'
import { applicantBreakdown, applicantsByYear } from '@/analysis/applicants'
import { outcomeGroupTotal } from '@/analysis/cells'
import { compareAgency } from '@/analysis/compare'
import { figuresByAgency, figuresByYear, known, sumFigures } from '@/analysis/figures'
import { agencyYearMatrix } from '@/analysis/matrix'
import { emptyFilter, facetsOf, filterReports, NO_REGION } from '@/analysis/filter'
import { distributionTotal, outcomeDistribution, refusalReasons } from '@/analysis/outcomes'
import {
  disclosureRate,
  isReliable,
  reviewCorrectionRate,
  suitCorrectionRate,
} from '@/analysis/rates'
import { requestTableLayout } from '@/analysis/templateLayout'
import { yearOverYear } from '@/analysis/yoy'
import { allSamples, expected } from './helpers'

describe('filter', () => {
  const all = allSamples()

  it('keeps everything with an empty filter', () => {
    expect(filterReports(all, emptyFilter())).toHaveLength(6)
  })

  it('filters by region, year, agency and edition together', () => {
    const pingtan = filterReports(all, { ...emptyFilter(), regions: ['平潭综合实验区'] })
    expect(pingtan.map((r) => r.agency).sort()).toEqual(['平潭综合实验区', '平潭综合实验区公安局'])
    expect(filterReports(all, { ...emptyFilter(), years: [2024] })).toHaveLength(2)
    expect(filterReports(all, { ...emptyFilter(), edition: '2019' })).toHaveLength(1)
    const one = filterReports(all, {
      years: [2023, 2024],
      agencies: ['淮安市洪泽区人民政府'],
      regions: [],
      edition: '2021',
    })
    expect(one.map((r) => r.year).sort()).toEqual([2023, 2024])
  })

  it('offers facets from every report, agencies grouped by region', () => {
    const f = facetsOf(all)
    expect(f.years).toEqual([2020, 2022, 2023, 2024, 2025])
    expect(f.agencies).toHaveLength(5) // 洪泽 reports twice
    const pingtan = f.regions.find((r) => r.region === '平潭综合实验区')
    expect(pingtan?.agencies).toHaveLength(2)
    const noRegion = facetsOf([{ ...expected('hongze-2023'), region: undefined }])
    expect(noRegion.regions[0]?.region).toBe(NO_REGION)
  })
})

describe('totals', () => {
  it('sums requests received and handled over all samples', () => {
    const f = sumFigures(allSamples())
    // newReceived.total: 0 + 21 + 95 + 3119 + 154 + 1
    expect(f.received).toEqual({ value: 3390, n: 6, derived: 0 })
    // total.total: 0 + 21 + 95 + 3050 + 148 + 2
    expect(known(f.handled)).toBe(3316)
    // carriedOver.total: 34 (淮安) + 1 (平潭公安); carriedForward.total: 103 + 6
    expect(known(f.carriedOver)).toBe(35)
    expect(known(f.carriedForward)).toBe(109)
  })

  it('groups by agency (largest first) and by year', () => {
    const byAgency = figuresByAgency(allSamples())
    expect(byAgency[0]?.key).toBe('淮安市人民政府')
    // 洪泽 2023 + 2024: 21 + 95
    expect(byAgency.find((g) => g.key === '淮安市洪泽区人民政府')?.figures.received.value).toBe(116)
    const byYear = figuresByYear(allSamples())
    expect(byYear.map((g) => g.key)).toEqual([2020, 2022, 2023, 2024, 2025])
    // 2024: 洪泽 95 + 淮安 3119
    expect(byYear.find((g) => g.key === 2024)?.figures.received.value).toBe(3214)
  })

  it('builds the agency × year matrix with only the pairs that have a report', () => {
    const m = agencyYearMatrix(allSamples(), (f) => known(f.received))
    expect(m.cells).toHaveLength(6)
    const hongze = m.agencies.indexOf('淮安市洪泽区人民政府')
    const y2023 = m.years.indexOf(2023)
    expect(m.cells).toContainEqual([y2023, hongze, 21])
  })
})

describe('applicants', () => {
  it('breaks requests received down by applicant type', () => {
    const a = applicantBreakdown(allSamples())
    // natural: 0 + 21 + 95 + 3001 + 151 + 1
    expect(a.natural.value).toBe(3269)
    // commercial: 53 (淮安) + 3 (平潭); legal: 61; other: 4
    expect(a.commercial.value).toBe(56)
    expect(a.legal.value).toBe(61)
    expect(a.other.value).toBe(4)
    expect(a.research.value + a.social.value).toBe(0)
    expect(a.total).toEqual({ value: 3390, n: 6, derived: 0 })
  })

  it('gives one row per year', () => {
    const rows = applicantsByYear([expected('hongze-2023'), expected('hongze-2024')])
    expect(rows.map((r) => [r.year, r.counts.natural.value])).toEqual([
      [2023, 21],
      [2024, 95],
    ])
  })
})

describe('outcomes', () => {
  it('uses the sum of the three （六） sub-rows for a 2021 report that splits them', () => {
    // 淮安 other.*: 71 + 6 + 110
    expect(outcomeGroupTotal(expected('huaian-2024'), 'other')).toBe(187)
    // 平潭 other.*: 8 + 2 + 1
    expect(outcomeGroupTotal(expected('pingtan-2025'), 'other')).toBe(11)
  })

  it('uses the single （六） row where the report prints one', () => {
    expect(outcomeGroupTotal(expected('hongze-2024'), 'other')).toBe(0)
    expect(
      outcomeGroupTotal(
        {
          ...expected('hongze-2024'),
          requests: {
            other: {
              natural: 2,
              commercial: 0,
              research: 0,
              social: 0,
              legal: 0,
              other: 0,
              total: 2,
            },
          },
        },
        'other',
      ),
    ).toBe(2)
  })

  it('groups outcome rows as the catalog does', () => {
    const d = outcomeDistribution([expected('huaian-2024')])
    // denied: 2 + 31 + 5 + 6 + 8 + 12 + 9 + 105
    expect(d.values.denied).toBe(178)
    // unavailable: 769 + 11 + 1; rejected: 62 + 25 + 0 + 0 + 1
    expect(d.values.unavailable).toBe(781)
    expect(d.values.rejected).toBe(88)
    expect(d.values.granted).toBe(1362)
    expect(d.values.partial).toBe(454)
    expect(d.values.other).toBe(187)
    expect(d.n).toBe(1)
    // and the groups add up to the printed total 3050
    expect(distributionTotal(d)).toBe(3050)
  })

  it('adds up both editions in one distribution', () => {
    const d = outcomeDistribution([expected('hongze-2023'), expected('pingtan-2025')])
    // 洪泽 2023: granted 0, partial 4, denied 1+1+1, unavailable 10+3, rejected 1
    // 平潭 2025: granted 33, partial 38, denied 3+2+3+3, unavailable 50+3, rejected 2, other 11
    expect(d.values).toEqual({
      granted: 33,
      partial: 42,
      denied: 14,
      unavailable: 66,
      rejected: 3,
      other: 11,
    })
    expect(outcomeGroupTotal(expected('pingtan-2025'), 'denied', 'natural')).toBe(11)
  })

  it('lists refusal sub-reasons in template order', () => {
    const reasons = refusalReasons([expected('huaian-2024')])
    expect(reasons).toHaveLength(16) // 8 + 3 + 5
    expect(reasons[0]).toMatchObject({ row: 'denied.stateSecret', value: 2, label: '属于国家秘密' })
    expect(reasons.find((r) => r.row === 'denied.inquiry')?.value).toBe(105)
    expect(reasons.find((r) => r.row === 'unavailable.notHeld')?.value).toBe(769)
  })
})

describe('rates', () => {
  it('computes the disclosure rate as (granted + partial) ÷ handled', () => {
    const r = disclosureRate(sumFigures([expected('huaian-2024')]))
    // (1362 + 454) / 3050
    expect(r.numerator).toBe(1816)
    expect(r.denominator).toBe(3050)
    expect(r.value).toBeCloseTo(0.59541, 4)
    const all = disclosureRate(sumFigures(allSamples()))
    // granted 0+0+50+1362+33+0 = 1445, partial 0+4+9+454+38+1 = 506 → 1951 / 3316
    expect(all.numerator).toBe(1951)
    expect(all.value).toBeCloseTo(1951 / 3316, 6)
  })

  it('computes the correction rate as corrected ÷ (total − pending)', () => {
    const huaian = sumFigures([expected('huaian-2024')])
    // review: 64 / (351 − 37)
    expect(reviewCorrectionRate(huaian).value).toBeCloseTo(64 / 314, 6)
    // suits: direct 13/4/8/1/26 + after review 12/1/1/6/20 → corrected 5 / (46 − 7)
    expect(suitCorrectionRate(huaian)).toMatchObject({ numerator: 5, denominator: 39 })
    // the other definition (口径): corrected ÷ total, 64 / 351 and 5 / 46
    expect(reviewCorrectionRate(huaian, 'total').value).toBeCloseTo(64 / 351, 6)
    expect(suitCorrectionRate(huaian, 'total')).toMatchObject({ numerator: 5, denominator: 46 })
  })

  it('gives no rate without decided cases, and flags rates over too few cases', () => {
    // 洪泽 2023 prints a review total of 0 beside non-zero outcomes: the printed total is used
    const r = reviewCorrectionRate(sumFigures([expected('hongze-2023')]))
    expect(r.value).toBeNull()
    expect(isReliable(r, 0)).toBe(false)
    const small = disclosureRate(sumFigures([expected('pingtan-police-2022')]))
    // partial 1 of 2 handled
    expect(small.value).toBe(0.5)
    expect(isReliable(small, 10)).toBe(false)
    expect(isReliable(small, 2)).toBe(true)
  })
})

describe('year over year', () => {
  it('compares with the immediately preceding year only', () => {
    const d = yearOverYear([
      { year: 2024, value: 95 },
      { year: 2023, value: 21 },
      { year: 2021, value: 10 },
    ])
    expect(d.map((x) => x.year)).toEqual([2021, 2023, 2024])
    expect(d[0]?.previous).toBeNull()
    expect(d[1]?.previous).toBeNull() // 2022 missing: no two-year delta
    expect(d[2]).toMatchObject({ previous: 21, diff: 74 })
    expect(d[2]?.change).toBeCloseTo(95 / 21 - 1, 6)
  })

  it('gives no relative change from zero', () => {
    expect(
      yearOverYear([
        { year: 1, value: 0 },
        { year: 2, value: 3 },
      ])[1],
    ).toMatchObject({ diff: 3, change: null })
  })

  it('compares an agency across its years', () => {
    const c = compareAgency(
      [expected('hongze-2023'), expected('hongze-2024')],
      '淮安市洪泽区人民政府',
    )
    expect(c.years).toEqual([2023, 2024])
    expect(c.rows.received[1]).toMatchObject({ value: 95, diff: 74 })
    // disclosure rate 2023: 4/21, 2024: 59/95
    expect(c.rows.rate[1]?.diff).toBeCloseTo(59 / 95 - 4 / 21, 6)
  })
})

describe('template layout', () => {
  it('draws a 2019 report with one （六） row and the section spanning every outcome row', () => {
    const rows = requestTableLayout(expected('hualong-gxj-2020'))
    expect(rows).toHaveLength(23)
    const granted = rows.find((r) => r.key === 'granted')
    expect(granted?.labels[0]).toEqual({ text: '三、本年度办理结果', rowspan: 20, colspan: 1 })
    expect(granted?.labels[1]?.text).toBe('（一）予以公开')
    const secret = rows.find((r) => r.key === 'denied.stateSecret')
    expect(secret?.labels.map((l) => l.text)).toEqual(['（三）不予公开', '1.属于国家秘密'])
    expect(secret?.labels[0]?.rowspan).toBe(8)
    expect(rows.find((r) => r.key === 'other')?.labels[0]).toMatchObject({ colspan: 2 })
  })

  it('draws the three （六） sub-rows of a 2021 report under one heading', () => {
    const rows = requestTableLayout(expected('huaian-2024'))
    expect(rows).toHaveLength(25)
    const first = rows.find((r) => r.key === 'other.noCorrection')
    expect(first?.labels[0]).toMatchObject({ text: '（六）其他处理', rowspan: 3 })
    expect(rows.some((r) => r.key === 'other')).toBe(false)
  })
})
