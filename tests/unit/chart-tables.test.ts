/**
 * Each chart's table, next to its option: the table holds exactly the numbers the option draws,
 * null (shown —) where a figure is not given, the chart's words in the page's language, and the
 * CSV a person downloads holds the same table under its title, filter, note and 口径.
 */
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import { applicantValues, applicantsByYear } from '@/analysis/applicants'
import { definitionsStamp, DEFAULT_DEFINITIONS } from '@/analysis/definitions'
import { appealValues, figuresByYear, known, sumFigures } from '@/analysis/figures'
import type { FindingsMatrix } from '@/analysis/findings'
import { outcomeDistribution, refusalReasons } from '@/analysis/outcomes'
import { disclosureRate, rate } from '@/analysis/rates'
import { appealOutcomesTable, buildAppealOutcomesOption } from '@/charts/appealOutcomes'
import { appealsByYearTable, buildAppealsByYearOption } from '@/charts/appealsByYear'
import { applicantsByYearTable, buildApplicantsByYearOption } from '@/charts/applicantsByYear'
import { buildFindingsHeatmapOption, findingsHeatmapTable } from '@/charts/findingsHeatmap'
import type { ChartFrame } from '@/charts/frame'
import { buildHeatmapOption, heatmapTable } from '@/charts/heatmap'
import { buildIntakeByYearOption, intakeByYearTable } from '@/charts/intakeByYear'
import { buildOutcomePieOption, outcomePieTable } from '@/charts/outcomePie'
import { buildOutcomeShareOption, outcomeShareTable } from '@/charts/outcomeShare'
import { buildRateRankingOption, rateRankingTable } from '@/charts/rateRanking'
import { buildRefusalReasonsOption, refusalReasonsTable } from '@/charts/refusalReasons'
import { buildSmallMultiplesOption, smallMultiplesTable } from '@/charts/smallMultiples'
import { cellText, describeTable, type ChartTable } from '@/charts/table'
import { buildTrendOption, trendTable } from '@/charts/trend'
import { buildVolumeRankingOption, volumeRankingTable } from '@/charts/volumeRanking'
import { chartTableCsv } from '@/export/chartTable'
import { allSamples, expected } from './helpers'

const zh: ChartFrame = { title: '测试图', subtitle: '全部年度', locale: 'zh-CN' }
const en: ChartFrame = { title: 'Test chart', subtitle: 'All years', locale: 'en' }

function seriesOf(option: EChartsOption): { name?: string; data: unknown[] }[] {
  const s = option.series
  return (Array.isArray(s) ? s : s ? [s] : []) as { name?: string; data: unknown[] }[]
}

/** A series' values, whether its items are numbers or `{ value }` objects. */
function valuesOf(option: EChartsOption, index: number): unknown[] {
  return (seriesOf(option)[index]?.data ?? []).map((d) =>
    d !== null && typeof d === 'object' && 'value' in d ? (d as { value: unknown }).value : d,
  )
}

function column(table: ChartTable, index: number): unknown[] {
  return table.rows.map((r) => r[index])
}

function labels(table: ChartTable): string[] {
  return table.columns.map((c) => c.label)
}

function description(option: EChartsOption): string {
  return (option.aria as { label: { description: string } }).label.description
}

const byYear = figuresByYear(allSamples())

describe('by-year tables', () => {
  it('trend: received and the rate the line draws (— under the minimum)', () => {
    const rows = byYear.map((g) => ({
      year: g.key,
      received: known(g.figures.received),
      rate: disclosureRate(g.figures),
    }))
    const names = { received: '本年新收', rate: '公开率' }
    const option = buildTrendOption(rows, names, 10, zh)
    const table = trendTable(rows, names, 10, 'zh-CN')
    expect(labels(table)).toEqual(['年度', '本年新收', '公开率'])
    expect(column(table, 0)).toEqual((option.xAxis as { data: string[] }).data)
    expect(column(table, 1)).toEqual(valuesOf(option, 0))
    expect(column(table, 2)).toEqual(valuesOf(option, 1))
    // 2020 (华龙, nothing handled): no rate, shown as —
    expect(table.rows[0]?.[2]).toBeNull()
    expect(cellText(table.rows[0]?.[2] ?? null, 'percent', 'zh-CN')).toBe('—')
    expect(table.rates).toBe(true)
  })

  it('intake, applicants and appeals per year equal their series', () => {
    const intakeRows = byYear.map((g) => ({
      year: g.key,
      received: known(g.figures.received),
      carriedOver: known(g.figures.carriedOver),
      carriedForward: known(g.figures.carriedForward),
    }))
    const intake = buildIntakeByYearOption(intakeRows, zh)
    const intakeT = intakeByYearTable(intakeRows, 'zh-CN')
    for (let i = 0; i < 3; i++) expect(column(intakeT, i + 1)).toEqual(valuesOf(intake, i))
    expect(labels(intakeT)).toEqual(['年度', '本年新收', '上年结转', '结转下年度'])

    const applicantRows = applicantsByYear(allSamples()).map((y) => ({
      year: y.year,
      counts: applicantValues(y.counts),
    }))
    const applicants = buildApplicantsByYearOption(applicantRows, zh)
    const applicantsT = applicantsByYearTable(applicantRows, 'zh-CN')
    for (let i = 0; i < 6; i++) expect(column(applicantsT, i + 1)).toEqual(valuesOf(applicants, i))
    expect(labels(applicantsT).at(-1)).toBe('总计')

    const appealRows = byYear.map((g) => ({
      year: g.key,
      totals: {
        review: known(g.figures.review.total),
        suitDirect: known(g.figures.suitDirect.total),
        suitAfterReview: known(g.figures.suitAfterReview.total),
      },
    }))
    const appeals = buildAppealsByYearOption(appealRows, zh)
    const appealsT = appealsByYearTable(appealRows, 'zh-CN')
    for (let i = 0; i < 3; i++) expect(column(appealsT, i + 1)).toEqual(valuesOf(appeals, i))
  })

  it('a year without the figure is null, never 0', () => {
    const rows = [{ year: 2023, received: null, carriedOver: 4, carriedForward: null }]
    const table = intakeByYearTable(rows, 'zh-CN')
    expect(table.rows[0]).toEqual(['2023', null, 4, null])
    expect(valuesOf(buildIntakeByYearOption(rows, zh), 0)).toEqual([null])
  })

  it('English mode: legends, headers and the description in English', () => {
    const rows = [{ year: 2023, received: 12, carriedOver: 4, carriedForward: 1 }]
    const option = buildIntakeByYearOption(rows, en)
    expect(seriesOf(option).map((s) => s.name)).toEqual([
      'New requests',
      'Carried over',
      'Carried forward',
    ])
    expect(labels(intakeByYearTable(rows, 'en'))).toEqual([
      'Year',
      'New requests',
      'Carried over',
      'Carried forward',
    ])
    expect(description(option)).toBe(
      'Test chart. 2023: New requests 12, Carried over 4, Carried forward 1.',
    )
  })
})

describe('outcome tables', () => {
  const d = outcomeDistribution([expected('huaian-2024')])

  it('pie: each group’s count (the ring’s values) and share, then the total', () => {
    const option = buildOutcomePieOption(d, zh)
    const table = outcomePieTable(d, 'zh-CN')
    expect(column(table, 1).slice(0, 6)).toEqual(valuesOf(option, 0))
    const total = table.rows[6]
    expect(total?.[0]).toBe('总计')
    expect(total?.[1]).toBe((valuesOf(option, 0) as number[]).reduce((a, b) => a + b, 0))
    expect(cellText(table.rows[0]?.[2] ?? null, 'percent', 'zh-CN')).toMatch(/^\d+\.\d%$/)
    expect(column(outcomePieTable(d, 'en'), 0).slice(0, 2)).toEqual([
      'Granted',
      'Partially granted',
    ])
  })

  it('shares: the bars’ shares and the counts behind them', () => {
    const rows = [
      { label: '洪泽', distribution: outcomeDistribution([expected('hongze-2024')]) },
      { label: '华龙区', distribution: outcomeDistribution([expected('hualong-gxj-2020')]) },
    ]
    const option = buildOutcomeShareOption(rows, zh, 'agency')
    const table = outcomeShareTable(rows, 'zh-CN', 'agency')
    // 华龙 handled nothing: no bar, no row.
    expect(column(table, 0)).toEqual(['洪泽'])
    for (let g = 0; g < 6; g++) expect(table.rows[0]?.[g + 1]).toEqual(valuesOf(option, g)[0])
    expect(table.rows[0]?.[7]).toBe(50) // 予以公开 50 of 95
    expect(table.rows[0]?.[13]).toBe(95)
    expect(labels(outcomeShareTable(rows, 'en', 'year'))[0]).toBe('Year')
  })

  it('refusal reasons: one row per reason, — where no report gives it', () => {
    const reasons = refusalReasons([expected('huaian-2024')])
    const option = buildRefusalReasonsOption(reasons, zh)
    const table = refusalReasonsTable(reasons, 'zh-CN')
    expect(column(table, 2)).toEqual(valuesOf(option, 0))
    expect(table.rows[0]?.slice(0, 2)).toEqual(['不予公开', '属于国家秘密'])
    const none = refusalReasonsTable([{ ...reasons[0]!, n: 0 }], 'zh-CN')
    expect(none.rows[0]?.[2]).toBeNull()
    expect(refusalReasonsTable(reasons, 'en').rows[0]?.slice(0, 2)).toEqual([
      'Withheld',
      'State secret',
    ])
  })

  it('rate ranking: the ranked bars first, then the agencies left out with — for their rate', () => {
    const input = {
      rows: [
        { label: '甲', rate: rate(9, 10) },
        { label: '乙', rate: rate(1, 2) },
        { label: '丙', rate: rate(30, 40) },
      ],
      minCases: 10,
      color: '#000',
      measure: '公开率',
      parts: ['予以公开 + 部分公开', '办理总数'] as [string, string],
      omitted: (n: number) => `${n} 个机构未排名`,
    }
    const option = buildRateRankingOption(input, zh)
    const table = rateRankingTable(input, 'zh-CN')
    expect(column(table, 0)).toEqual(['甲', '丙', '乙'])
    expect(column(table, 1).slice(0, 2)).toEqual(valuesOf(option, 0))
    expect(table.rows[2]).toEqual(['乙', null, 1, 2])
    expect(labels(table)).toEqual(['机构', '公开率', '予以公开 + 部分公开', '办理总数'])
    expect(table.rates).toBe(true)
  })
})

describe('appeal outcomes', () => {
  it('each block in full with its measures; the stacked series are its columns', () => {
    const f = sumFigures([expected('huaian-2024')])
    const values = {
      review: appealValues(f.review),
      suitDirect: appealValues(f.suitDirect),
      suitAfterReview: appealValues(f.suitAfterReview),
    }
    const option = buildAppealOutcomesOption(values, zh)
    const table = appealOutcomesTable(values, 'zh-CN')
    for (let m = 0; m < 4; m++) expect(column(table, m + 1)).toEqual(valuesOf(option, m))
    expect(column(table, 0)).toEqual([
      '行政复议',
      '行政诉讼 · 未经复议直接起诉',
      '行政诉讼 · 复议后起诉',
    ])
    expect(labels(appealOutcomesTable(values, 'en')).slice(1)).toEqual([
      'Upheld',
      'Corrected',
      'Other result',
      'Pending',
      'Total',
    ])
    expect(seriesOf(buildAppealOutcomesOption(values, en)).map((s) => s.name)).toEqual([
      'Upheld',
      'Corrected',
      'Other result',
      'Pending',
    ])
  })
})

describe('agency × year tables', () => {
  it('heatmap: agencies down, years across; a cell without a number keeps its words', () => {
    const input = {
      agencies: ['甲局', '乙局'],
      years: [2023, 2024],
      measure: '纠错率',
      max: 1,
      cells: [
        { agency: '甲局', year: 2023, value: 0.25, text: '25.0%' },
        { agency: '乙局', year: 2024, value: null, text: '1/3' },
      ],
    }
    const table = heatmapTable(input, 'zh-CN')
    expect(table.rows).toEqual([
      ['甲局', 0.25, null],
      ['乙局', null, '1/3'],
    ])
    expect(table.columns[1]?.kind).toBe('percent')
    expect(table.rates).toBe(true)
    const data = valuesOf(buildHeatmapOption(input, zh), 0) as number[][]
    expect(data[0]).toEqual([0, 0, 0.25])
  })

  it('small multiples: one row per agency, — where the agency has no figure', () => {
    const input = {
      years: [2023, 2024],
      measure: '本年新收',
      series: [
        { agency: '甲局', values: [21, 95] },
        { agency: '乙局', values: [null, 3] },
      ],
    }
    const option = buildSmallMultiplesOption(input, zh)
    const table = smallMultiplesTable(input, 'zh-CN')
    expect(table.rows).toEqual([
      ['甲局', 21, 95],
      ['乙局', null, 3],
    ])
    expect(valuesOf(option, 1)).toEqual([null, 3])
    expect(labels(smallMultiplesTable(input, 'en'))[0]).toBe('Agency')
  })

  it('findings heatmap: counts, 缺报 for a missing year, — where there is no report', () => {
    const cell = (
      agency: string,
      year: number,
      count: number,
      hasReport: boolean,
      missing = false,
    ) => ({
      agency,
      year,
      count,
      bySeverity: { error: count, warning: 0, info: 0 },
      hasReport,
      missing,
    })
    const matrix: FindingsMatrix = {
      agencies: ['甲局'],
      years: [2022, 2023, 2024],
      cells: [cell('甲局', 2022, 2, true), cell('甲局', 2023, 1, false, true)],
      hidden: 0,
    }
    const labelsOf = {
      measure: '问题数',
      missing: '缺报',
      missingDetail: '',
      noReport: '',
      clickHint: '',
      severity: { error: '错误', warning: '警告', info: '提示' },
    }
    const table = findingsHeatmapTable(matrix, labelsOf, 'zh-CN')
    expect(table.rows).toEqual([['甲局', 2, '缺报', null]])
    expect(description(buildFindingsHeatmapOption(matrix, labelsOf, zh))).toBe(
      '测试图。甲局：2022 2，2023 缺报，2024 —。',
    )
  })

  it('volume ranking: the bars’ order and values', () => {
    const rows = [
      { agency: '乙', received: 5, carriedOver: null },
      { agency: '甲', received: 3119, carriedOver: 34 },
    ]
    const option = buildVolumeRankingOption(rows, zh)
    const table = volumeRankingTable(rows, 'zh-CN')
    expect(column(table, 0)).toEqual((option.yAxis as { data: string[] }).data)
    expect(column(table, 1)).toEqual(valuesOf(option, 0))
    expect(column(table, 2)).toEqual(valuesOf(option, 1))
    expect(table.rows[1]?.[2]).toBeNull()
  })
})

describe('description and CSV', () => {
  it('reads the first rows and points to the table view for the rest', () => {
    const table: ChartTable = {
      columns: [
        { label: '机构', kind: 'text' },
        { label: '件数', kind: 'count' },
      ],
      rows: Array.from({ length: 15 }, (_, i) => [`机构${i}`, i * 1000]),
    }
    const text = describeTable('图', table, 'zh-CN')
    expect(text.startsWith('图。机构0：件数 0；机构1：件数 1,000；')).toBe(true)
    expect(text.endsWith('；另有 3 行，见表格视图。')).toBe(true)
  })

  it('CSV: BOM, the lines that say what it is, plain numbers, — and neutralised text', () => {
    const table: ChartTable = {
      columns: [
        { label: '机构', kind: 'text' },
        { label: '本年新收', kind: 'count' },
        { label: '公开率', kind: 'percent' },
      ],
      rows: [
        ['=HYPERLINK("x")', 1234, 0.5862],
        ['乙局, 办公室', null, null],
      ],
      rates: true,
    }
    const stamp = definitionsStamp(DEFAULT_DEFINITIONS)
    const csv = chartTableCsv(table, ['测试图', '筛选：全部年度', stamp])
    expect(csv.startsWith('\ufeff测试图\r\n筛选：全部年度\r\n')).toBe(true)
    expect(csv).toContain(stamp)
    expect(csv).toContain(
      '\r\n\r\n机构,本年新收,公开率\r\n"\'=HYPERLINK(""x"")",1234,58.6%\r\n"乙局, 办公室",—,—\r\n',
    )
  })
})
