/** 年度趋势: requests received per year (bars) and the disclosure rate (line, right axis). */
import type { EChartsOption } from 'echarts'
import { isReliable, type Rate } from '@/analysis/rates'
import { formatNumber, formatRate } from '@/format/number'
import { firstDataIndex, tipLine, tipTitle } from './escape'
import {
  AXIS_STYLE,
  GRID_TOP,
  LEGEND_TOP,
  TOOLTIP_BASE,
  frameOption,
  type ChartFrame,
} from './frame'
import type { ChartTable } from './table'
import { NEUTRAL, OUTCOME_COLORS, RECEIVED_COLOR } from './theme'
import { chartWords } from './words'

export interface TrendRow {
  year: number
  /** null where no report of the year gives it. */
  received: number | null
  rate: Rate
}

export interface TrendNames {
  received: string
  rate: string
}

/** Year, requests received, and the rate where it rests on enough cases (else —). */
export function trendTable(
  rows: readonly TrendRow[],
  names: TrendNames,
  minCases: number,
  locale: string,
): ChartTable {
  return {
    columns: [
      { label: chartWords(locale).year, kind: 'text' },
      { label: names.received, kind: 'count' },
      { label: names.rate, kind: 'percent' },
    ],
    rows: rows.map((r) => [
      String(r.year),
      r.received,
      isReliable(r.rate, minCases) ? r.rate.value : null,
    ]),
    rates: true,
  }
}

export function buildTrendOption(
  rows: readonly TrendRow[],
  names: TrendNames,
  minCases: number,
  frame: ChartFrame,
): EChartsOption {
  return {
    ...frameOption(frame, trendTable(rows, names, minCases, frame.locale)),
    legend: { top: LEGEND_TOP, left: 0 },
    grid: { top: GRID_TOP, left: 8, right: 8, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      formatter: (params: unknown) => {
        const row = rows[firstDataIndex(params)]
        if (!row) return ''
        return (
          tipTitle(String(row.year)) +
          tipLine(RECEIVED_COLOR, names.received, formatNumber(row.received, frame.locale)) +
          tipLine(OUTCOME_COLORS.granted, names.rate, formatRate(row.rate, minCases, frame.locale))
        )
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), ...AXIS_STYLE },
    yAxis: [
      { type: 'value', minInterval: 1, ...AXIS_STYLE },
      {
        type: 'value',
        min: 0,
        max: 1,
        ...AXIS_STYLE,
        splitLine: { show: false },
        axisLabel: { color: NEUTRAL.muted, formatter: (v: number) => `${Math.round(v * 100)}%` },
      },
    ],
    series: [
      {
        name: names.received,
        type: 'bar',
        barMaxWidth: 40,
        itemStyle: { color: RECEIVED_COLOR },
        data: rows.map((r) => r.received),
      },
      {
        name: names.rate,
        type: 'line',
        yAxisIndex: 1,
        // A circle on the line against plain bars: the two series differ by shape, not colour alone.
        symbol: 'circle',
        symbolSize: 8,
        connectNulls: false,
        itemStyle: { color: OUTCOME_COLORS.granted },
        // A year with too few cases is a gap in the line, not a misleading point.
        data: rows.map((r) => (isReliable(r.rate, minCases) ? r.rate.value : null)),
      },
    ],
  }
}
