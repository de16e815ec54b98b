/**
 * A rate per agency, ranked (公开率 or 纠错率). Agencies below the minimum number of cases are not
 * ranked: their rate would be noise. The caption says how many were left out.
 */
import type { EChartsOption } from 'echarts'
import { isReliable, type Rate } from '@/analysis/rates'
import { formatNumber, formatPercent } from '@/format/number'
import { firstDataIndex, shorten, tipLine, tipTitle } from './escape'
import { AXIS_STYLE, GRID_TOP, TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import { NEUTRAL } from './theme'

export interface RateRow {
  label: string
  rate: Rate
}

export interface RateRankingInput {
  rows: readonly RateRow[]
  minCases: number
  color: string
  /** Name of the rate, e.g. 公开率. */
  measure: string
  /** Names of numerator and denominator for the tooltip. */
  parts: [string, string]
  /** Caption for the agencies left out, given the count: e.g. (n) => `${n} 个机构不足 10 件未排名`. */
  omitted: (count: number) => string
}

export function buildRateRankingOption(input: RateRankingInput, frame: ChartFrame): EChartsOption {
  const ranked = input.rows
    .filter((r) => isReliable(r.rate, input.minCases))
    .sort((a, b) => (b.rate.value ?? 0) - (a.rate.value ?? 0))
  const left = input.rows.length - ranked.length
  const subtitle = left > 0 ? `${frame.subtitle} · ${input.omitted(left)}` : frame.subtitle
  return {
    ...frameOption({ ...frame, subtitle }),
    grid: { top: GRID_TOP - 24, left: 8, right: 56, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const r = ranked[firstDataIndex(params)]
        if (!r) return ''
        return (
          tipTitle(r.label) +
          tipLine(input.color, input.measure, formatPercent(r.rate.value, frame.locale)) +
          tipLine(NEUTRAL.axis, input.parts[0], formatNumber(r.rate.numerator, frame.locale)) +
          tipLine(NEUTRAL.axis, input.parts[1], formatNumber(r.rate.denominator, frame.locale))
        )
      },
    },
    xAxis: {
      type: 'value',
      max: 1,
      ...AXIS_STYLE,
      axisLabel: { color: NEUTRAL.muted, formatter: (v: number) => `${Math.round(v * 100)}%` },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((r) => r.label),
      axisLine: AXIS_STYLE.axisLine,
      axisLabel: { color: NEUTRAL.muted, formatter: (v: string) => shorten(v, 12) },
    },
    series: [
      {
        type: 'bar',
        name: input.measure,
        barMaxWidth: 16,
        itemStyle: { color: input.color },
        data: ranked.map((r) => r.rate.value ?? 0),
        label: {
          show: true,
          position: 'right',
          color: NEUTRAL.muted,
          formatter: (p: unknown) =>
            formatPercent(ranked[firstDataIndex(p)]?.rate.value, frame.locale),
        },
      },
    ],
  }
}

export function rateRankingCount(input: Pick<RateRankingInput, 'rows' | 'minCases'>): number {
  return input.rows.filter((r) => isReliable(r.rate, input.minCases)).length
}
