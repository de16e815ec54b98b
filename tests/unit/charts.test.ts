/**
 * Chart option builders in Node: every chart describes itself for a screen reader (aria), tooltips
 * escape markup from the data, colours come from the theme by meaning. (Titles, filters and the
 * save button are HTML around the chart: tests/component/chart-panel.test.ts.)
 */
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { applicantValues, applicantsByYear } from '@/analysis/applicants'
import { appealValues, figuresByAgency, figuresByYear, known, sumFigures } from '@/analysis/figures'
import { outcomeDistribution, refusalReasons } from '@/analysis/outcomes'
import { disclosureRate, rate } from '@/analysis/rates'
import { buildApplicantsByYearOption } from '@/charts/applicantsByYear'
import { buildAppealOutcomesOption } from '@/charts/appealOutcomes'
import { buildAppealsByYearOption } from '@/charts/appealsByYear'
import { escapeHtml, shorten } from '@/charts/escape'
import type { ChartFrame } from '@/charts/frame'
import { buildHeatmapOption, colourCeiling } from '@/charts/heatmap'
import { buildIntakeByYearOption } from '@/charts/intakeByYear'
import { buildOutcomePieOption } from '@/charts/outcomePie'
import { buildOutcomeShareOption } from '@/charts/outcomeShare'
import { buildRateRankingOption, rateRankingNote } from '@/charts/rateRanking'
import { buildRefusalReasonsOption } from '@/charts/refusalReasons'
import { buildSmallMultiplesOption } from '@/charts/smallMultiples'
import { APPLICANT_COLORS, OUTCOME_COLORS, rowColor } from '@/charts/theme'
import { buildTrendOption } from '@/charts/trend'
import { buildVolumeRankingOption } from '@/charts/volumeRanking'
import { allSamples, expected } from './helpers'

const EVIL = '<img src=x onerror="alert(1)">局'
const frame: ChartFrame = { title: '测试图', subtitle: '2023–2024 · 全部区域', locale: 'zh-CN' }

type Formatter = (params: unknown) => string

function tooltipOf(option: EChartsOption): Formatter {
  const tooltip = option.tooltip
  const f = Array.isArray(tooltip) ? undefined : tooltip?.formatter
  if (typeof f !== 'function') throw new Error('tooltip formatter missing')
  return f as unknown as Formatter
}

function seriesOf(option: EChartsOption): Record<string, unknown>[] {
  const s = option.series
  return (Array.isArray(s) ? s : s ? [s] : []) as Record<string, unknown>[]
}

function expectFramed(option: EChartsOption): void {
  const aria = option.aria as { enabled: boolean; label: { description: string } }
  expect(aria.enabled).toBe(true)
  expect(aria.label.description.startsWith(`${frame.title}。`)).toBe(true)
  // No canvas title or toolbox: both are HTML in the chart's panel.
  expect(option.title === undefined || Array.isArray(option.title)).toBe(true)
  expect(option.toolbox).toBeUndefined()
}

function expectEscaped(html: string): void {
  expect(html).not.toContain('<img')
  expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;局')
}

describe('escaping', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
  })

  it('shortens long labels by characters, not bytes', () => {
    expect(shorten('淮安市洪泽区人民政府办公室', 6)).toBe('淮安市洪泽…')
    expect(shorten('短', 6)).toBe('短')
  })
})

describe('volume ranking', () => {
  const rows = [
    { agency: EVIL, received: 5, carriedOver: 1 },
    { agency: '淮安市人民政府', received: 3119, carriedOver: 34 },
  ]
  const option = buildVolumeRankingOption(rows, frame)

  it('ranks by requests received and frames the chart', () => {
    expectFramed(option)
    const y = option.yAxis as { data: string[] }
    expect(y.data).toEqual(['淮安市人民政府', EVIL])
    expect(seriesOf(option)[0]?.data).toEqual([3119, 5])
  })

  it('escapes agency names in the tooltip', () => {
    const html = tooltipOf(option)([{ dataIndex: 1 }])
    expectEscaped(html)
    expect(html).toContain('5')
  })
})

describe('applicants by year', () => {
  it('stacks the six applicant types in catalog order with the shared palette', () => {
    const rows = applicantsByYear(allSamples()).map((y) => ({
      year: y.year,
      counts: applicantValues(y.counts),
    }))
    const option = buildApplicantsByYearOption(rows, frame)
    expectFramed(option)
    const series = seriesOf(option)
    expect(series.map((s) => s.name)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ])
    expect(series.map((s) => (s.itemStyle as { color: string }).color)).toEqual(
      Object.values(APPLICANT_COLORS),
    )
    // 2024: 洪泽 95 + 淮安 3001 natural persons
    const years = (option.xAxis as { data: string[] }).data
    expect(series[0]?.data).toEqual([0, 1, 21, 3096, 151])
    expect(years).toEqual(['2020', '2022', '2023', '2024', '2025'])
  })
})

describe('heatmap', () => {
  const input = {
    agencies: [EVIL, '乙局'],
    years: [2023, 2024],
    measure: '本年新收',
    cells: [
      { agency: EVIL, year: 2023, value: 4, text: '4' },
      { agency: '乙局', year: 2024, value: null, text: '1/3' },
    ],
  }

  it('puts cells without a number below the scale, and escapes the tooltip', () => {
    const option = buildHeatmapOption(input, frame)
    expectFramed(option)
    const data = seriesOf(option)[0]?.data as { value: number[] }[]
    expect(data[0]?.value).toEqual([0, 0, 4])
    expect(data[1]?.value).toEqual([1, 1, -1])
    expectEscaped(tooltipOf(option)({ value: [0, 0, 4] }))
  })

  it('stops the colour scale at the 95th percentile so one giant does not wash out the rest', () => {
    const values = [...Array.from({ length: 40 }, (_, i) => i + 1), 3119]
    // 41 positive values: index floor(41 × 0.95) = 38 of the sorted list, i.e. 39
    expect(colourCeiling(values)).toBe(39)
    expect(colourCeiling([0, 0])).toBe(1)
  })
})

describe('outcomes', () => {
  it('draws the outcome ring in the outcome colours', () => {
    const option = buildOutcomePieOption(outcomeDistribution([expected('huaian-2024')]), frame)
    expectFramed(option)
    const data = seriesOf(option)[0]?.data as {
      name: string
      value: number
      itemStyle: { color: string }
    }[]
    expect(data.map((d) => d.name)).toEqual([
      '予以公开',
      '部分公开',
      '不予公开',
      '无法提供',
      '不予处理',
      '其他处理',
    ])
    expect(data.map((d) => d.itemStyle.color)).toEqual(Object.values(OUTCOME_COLORS))
    // 其他处理 is the common total of the three 2021 sub-rows: 71 + 6 + 110
    expect(data[5]?.value).toBe(187)
  })

  it('makes 100 % shares per row and leaves out rows with nothing handled', () => {
    const rows = [
      { label: EVIL, distribution: outcomeDistribution([expected('hongze-2024')]) },
      { label: '华龙区', distribution: outcomeDistribution([expected('hualong-gxj-2020')]) },
    ]
    const option = buildOutcomeShareOption(rows, frame)
    expectFramed(option)
    expect((option.yAxis as { data: string[] }).data).toEqual([EVIL])
    const sum = seriesOf(option).reduce((acc, s) => acc + ((s.data as number[])[0] ?? 0), 0)
    expect(sum).toBeCloseTo(1, 9)
    // 洪泽 2024 予以公开 50 of 95
    expect((seriesOf(option)[0]?.data as number[])[0]).toBeCloseTo(50 / 95, 9)
    expectEscaped(tooltipOf(option)([{ dataIndex: 0 }]))
  })

  it('colours each refusal reason as a shade of its group', () => {
    const reasons = refusalReasons([expected('huaian-2024')])
    const option = buildRefusalReasonsOption(reasons, frame)
    expectFramed(option)
    const colours = (seriesOf(option)[0]?.data as { itemStyle: { color: string } }[]).map(
      (d) => d.itemStyle.color,
    )
    expect(new Set(colours.slice(0, 8)).size).toBe(8) // eight distinct reds
    expect(rowColor('denied.stateSecret')).not.toBe(rowColor('unavailable.notHeld'))
  })
})

describe('rate ranking', () => {
  it('ranks only rates over enough cases and says how many were left out', () => {
    const rows = figuresByAgency(allSamples()).map((g) => ({
      label: g.key,
      rate: disclosureRate(g.figures),
    }))
    rows.push({ label: EVIL, rate: rate(9, 10) })
    const input = {
      rows,
      minCases: 10,
      color: OUTCOME_COLORS.granted,
      measure: '公开率',
      parts: ['予以公开 + 部分公开', '办理总数'] as [string, string],
      omitted: (n: number) => `${n} 个机构未排名`,
    }
    const option = buildRateRankingOption(input, frame)
    // ≥ 10 handled: the test row 9/10 = 0.9, 淮安 1816/3050 = 0.595, 洪泽 (4 + 59)/(21 + 95) = 0.543,
    // 平潭 71/148 = 0.480; 华龙 (0 handled) and 平潭公安 (2 handled) are left out
    expect((option.yAxis as { data: string[] }).data).toEqual([
      EVIL,
      '淮安市人民政府',
      '淮安市洪泽区人民政府',
      '平潭综合实验区',
    ])
    expect(rateRankingNote(input)).toBe('2 个机构未排名')
    expectEscaped(tooltipOf(option)([{ dataIndex: 0 }]))
  })
})

describe('by-year charts', () => {
  const byYear = figuresByYear(allSamples())

  it('draws new vs carried over per year', () => {
    const option = buildIntakeByYearOption(
      byYear.map((g) => ({
        year: g.key,
        received: known(g.figures.received),
        carriedOver: known(g.figures.carriedOver),
        carriedForward: known(g.figures.carriedForward),
      })),
      frame,
    )
    expectFramed(option)
    // 2022: 平潭公安 received 1, carried over 1
    expect(seriesOf(option).map((s) => (s.data as number[])[1])).toEqual([1, 1, 0])
  })

  it('draws the trend with a gap where a year has too few cases', () => {
    const option = buildTrendOption(
      byYear.map((g) => ({
        year: g.key,
        received: known(g.figures.received),
        rate: disclosureRate(g.figures),
      })),
      { received: '本年新收', rate: '公开率' },
      10,
      frame,
    )
    expectFramed(option)
    const line = seriesOf(option)[1]?.data as (number | null)[]
    // 2020 (华龙, 0 handled) and 2022 (平潭公安, 2 handled) have no rate
    expect(line[0]).toBeNull()
    expect(line[1]).toBeNull()
    expect(line[2]).toBeCloseTo(4 / 21, 9)
  })

  it('counts review and the two kinds of suit per year in three blues', () => {
    const option = buildAppealsByYearOption(
      byYear.map((g) => ({
        year: g.key,
        totals: {
          review: known(g.figures.review.total),
          suitDirect: known(g.figures.suitDirect.total),
          suitAfterReview: known(g.figures.suitAfterReview.total),
        },
      })),
      frame,
    )
    expectFramed(option)
    // 2024: review 2 + 351, direct 1 + 26, after review 3 + 20
    expect(seriesOf(option).map((s) => (s.data as number[])[3])).toEqual([353, 27, 23])
  })

  it('stacks appeal outcomes per block', () => {
    const f = sumFigures([expected('huaian-2024')])
    const option = buildAppealOutcomesOption(
      {
        review: appealValues(f.review),
        suitDirect: appealValues(f.suitDirect),
        suitAfterReview: appealValues(f.suitAfterReview),
      },
      frame,
    )
    expectFramed(option)
    expect(seriesOf(option).map((s) => s.name)).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
    ])
    expect(seriesOf(option)[1]?.data).toEqual([64, 4, 1])
  })
})

describe('small multiples', () => {
  it('gives each agency its own grid, each on its own scale unless shared', () => {
    const option = buildSmallMultiplesOption(
      {
        years: [2023, 2024],
        measure: '本年新收',
        series: [
          { agency: EVIL, values: [21, 95] },
          { agency: '乙局', values: [null, 3] },
        ],
      },
      frame,
    )
    expect(Array.isArray(option.grid) && option.grid.length).toBe(2)
    const yAxes = option.yAxis as { max?: number }[]
    // Own scales by default: ECharts fits each to its agency (a small one is not flattened).
    expect(yAxes.map((y) => y.max)).toEqual([undefined, undefined])
    expectEscaped(tooltipOf(option)([{ seriesIndex: 0, dataIndex: 1 }]))
  })
})
