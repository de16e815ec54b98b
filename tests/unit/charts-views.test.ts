/**
 * The option builders 机构对比, 机构档案 and the briefings add or change: small multiples on own or
 * shared scales with the values labelled, the year-over-year deltas, and charts built for paper.
 */
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import type { ChartFrame } from '@/charts/frame'
import { frameOption } from '@/charts/frame'
import { buildSmallMultiplesOption, niceCeil } from '@/charts/smallMultiples'
import { buildTrendOption } from '@/charts/trend'
import { buildYoyDeltasOption } from '@/charts/yoyDeltas'
import { rate } from '@/analysis/rates'

const EVIL = '<img src=x onerror="alert(1)">局'
const frame: ChartFrame = { title: '测试图', subtitle: '2023–2024 · 全部区域', locale: 'zh-CN' }

type Formatter = (params: unknown) => string

function seriesOf(option: EChartsOption): Record<string, unknown>[] {
  const s = option.series
  return (Array.isArray(s) ? s : s ? [s] : []) as Record<string, unknown>[]
}

function tooltipOf(option: EChartsOption): Formatter {
  const tooltip = option.tooltip
  const f = Array.isArray(tooltip) ? undefined : tooltip?.formatter
  if (typeof f !== 'function') throw new Error('tooltip formatter missing')
  return f as unknown as Formatter
}

describe('small multiples', () => {
  const input = {
    years: [2023, 2024],
    measure: '本年新收',
    series: [
      { agency: '甲局', label: '甲', values: [21, 95] },
      { agency: '乙局', values: [null, 3] },
      { agency: '丙局', values: [null, null] },
    ],
    emptyNote: '各年均未给出此项',
  }

  it('shares one round scale only when asked', () => {
    const shared = buildSmallMultiplesOption({ ...input, scale: 'shared' }, frame)
    expect((shared.yAxis as { max?: number }[]).map((y) => y.max)).toEqual([100, 100, 100])
    const rates = buildSmallMultiplesOption(
      {
        ...input,
        percent: true,
        scale: 'shared',
        series: [{ agency: '甲局', values: [0.5, 0.6] }],
      },
      frame,
    )
    expect((rates.yAxis as { max?: number }[])[0]?.max).toBe(1)
    expect(niceCeil(95)).toBe(100)
    expect(niceCeil(101)).toBe(200)
    expect(niceCeil(3)).toBe(5)
  })

  it('titles each chart with its short label, labels the points as the table shows them, says why one is empty', () => {
    const option = buildSmallMultiplesOption(input, frame)
    const titles = (option.title as { text?: string }[]).map((t) => t.text)
    expect(titles).toContain('甲')
    expect(titles).toContain('乙局')
    // The empty one says why; the others do not.
    expect(titles.filter((t) => t === '各年均未给出此项')).toHaveLength(1)
    const label = seriesOf(option)[0]?.label as { show: boolean; formatter: Formatter }
    expect(label.show).toBe(true)
    expect(label.formatter({ dataIndex: 1 })).toBe('95')
    expect(seriesOf(option)[1]?.data).toEqual([null, 3])
  })

  it('escapes an agency name in the tooltip', () => {
    const option = buildSmallMultiplesOption(
      { ...input, series: [{ agency: EVIL, values: [1, 2] }] },
      frame,
    )
    const html = tooltipOf(option)([{ seriesIndex: 0, dataIndex: 1 }])
    expect(html).not.toContain('<img')
  })
})

describe('year-over-year deltas', () => {
  const cells = [
    { value: 21, previous: null, diff: null, change: null },
    { value: 24, previous: 21, diff: 3, change: 3 / 21 },
    { value: 20, previous: 24, diff: -4, change: -4 / 24 },
  ]
  const option = buildYoyDeltasOption(
    {
      years: [2019, 2020, 2021],
      series: [{ label: EVIL, color: '#2f6db5', cells }],
      noPrevious: '无上年数据',
      heading: (y) => `${y}（较 ${y - 1}）`,
    },
    frame,
  )

  it('draws the change from the year before, a gap (not 0) without one', () => {
    expect(seriesOf(option)[0]?.data).toEqual([null, 3, -4])
    expect((option.xAxis as { data: string[] }).data).toEqual(['2019', '2020', '2021'])
  })

  it('tells the value, the change and why a year has none, escaped', () => {
    const tip = tooltipOf(option)
    const html = tip([{ dataIndex: 1 }])
    expect(html).toContain('2020（较 2019）')
    expect(html).toContain('+3')
    expect(html).toContain('+14.3%')
    expect(html).not.toContain('<img')
    expect(tip([{ dataIndex: 0 }])).toContain('无上年数据')
  })
})

describe('charts for paper', () => {
  it('draw no animation when printed, and no toolbox on the canvas at all', () => {
    const table = { columns: [], rows: [] }
    expect(frameOption(frame, table).animation).toBeUndefined()
    const printed = frameOption({ ...frame, print: true }, table)
    expect(printed.animation).toBe(false)
    const trend = buildTrendOption(
      [{ year: 2024, received: 3, rate: rate(1, 2) }],
      { received: '本年新收', rate: '公开率' },
      0,
      { ...frame, print: true },
    )
    // The buttons are the panel's, in HTML, which print media leaves off paper.
    expect(trend.toolbox).toBeUndefined()
    expect(trend.animation).toBe(false)
  })
})
