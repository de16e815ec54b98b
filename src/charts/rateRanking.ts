/**
 * A rate per agency, ranked (公开率 or 纠错率). Agencies below the minimum number of cases are not
 * ranked: their rate would be noise. The caption says how many were left out.
 */
import type { EChartsOption } from 'echarts'
import { isReliable, type Rate } from '@/analysis/rates'
import { formatNumber, formatPercent } from '@/format/number'
import { firstDataIndex, shorten, tipLine, tipTitle } from './escape'
import { AXIS_STYLE, GRID_TOP, TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import type { ChartTable } from './table'
import { NEUTRAL } from './theme'
import { chartWords } from './words'

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

/** The rows with a rate on enough cases, highest first: the bars. */
function rankedRows(input: Pick<RateRankingInput, 'rows' | 'minCases'>): RateRow[] {
  return input.rows
    .filter((r) => isReliable(r.rate, input.minCases))
    .sort((a, b) => (b.rate.value ?? 0) - (a.rate.value ?? 0))
}

/** What the ranking leaves out (e.g. 3 个机构案件不足 10 件，未排名), or null. */
export function rateRankingNote(input: RateRankingInput): string | null {
  const left = input.rows.length - rankedRows(input).length
  return left > 0 ? input.omitted(left) : null
}

/**
 * The ranked agencies in the chart's order with their rate and its parts, then the agencies left
 * out of the ranking: their parts, and — for the rate.
 */
export function rateRankingTable(input: RateRankingInput, locale: string): ChartTable {
  const ranked = rankedRows(input)
  const rankedSet = new Set(ranked)
  const unranked = input.rows.filter((r) => !rankedSet.has(r))
  const row = (r: RateRow, value: number | null) => [
    r.label,
    value,
    r.rate.n > 0 ? r.rate.numerator : null,
    r.rate.n > 0 ? r.rate.denominator : null,
  ]
  return {
    columns: [
      { label: chartWords(locale).agency, kind: 'text' },
      { label: input.measure, kind: 'percent' },
      { label: input.parts[0], kind: 'count' },
      { label: input.parts[1], kind: 'count' },
    ],
    rows: [...ranked.map((r) => row(r, r.rate.value)), ...unranked.map((r) => row(r, null))],
    rates: true,
  }
}

export function buildRateRankingOption(input: RateRankingInput, frame: ChartFrame): EChartsOption {
  const ranked = rankedRows(input)
  return {
    ...frameOption(frame, rateRankingTable(input, frame.locale)),
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
  return rankedRows(input).length
}
