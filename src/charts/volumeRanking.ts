/** 申请量排名: agencies ranked by requests received, with last year's carry-over stacked on. */
import type { EChartsOption } from 'echarts'
import { rowSpec } from '@/domain/catalog'
import { formatNumber } from '@/format/number'
import { firstDataIndex, shorten, tipLine, tipTitle } from './escape'
import {
  AXIS_STYLE,
  GRID_TOP,
  LEGEND_TOP,
  TOOLTIP_BASE,
  frameOption,
  type ChartFrame,
} from './frame'
import { CARRY_COLOR, RECEIVED_COLOR } from './theme'

export interface RankingRow {
  agency: string
  /** Each null where the agency's reports do not give it (ranked last, drawn as a gap). */
  received: number | null
  carriedOver: number | null
}

/** Pixel height that gives each agency a readable bar. */
export function rankingHeight(rows: number): number {
  return Math.max(320, GRID_TOP + 40 + rows * 24)
}

export function buildVolumeRankingOption(
  rows: readonly RankingRow[],
  frame: ChartFrame,
): EChartsOption {
  // Largest first, drawn top-down: the category axis is inverted rather than the data reversed.
  const sorted = [...rows].sort((a, b) => (b.received ?? -1) - (a.received ?? -1))
  const received = rowSpec('newReceived').short
  const carried = rowSpec('carriedOver').short
  return {
    ...frameOption(frame),
    legend: { top: LEGEND_TOP, left: 0, data: [received, carried] },
    grid: { top: GRID_TOP, left: 8, right: 48, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const row = sorted[firstDataIndex(params)]
        if (!row) return ''
        return (
          tipTitle(row.agency) +
          tipLine(RECEIVED_COLOR, received, formatNumber(row.received, frame.locale)) +
          tipLine(CARRY_COLOR, carried, formatNumber(row.carriedOver, frame.locale))
        )
      },
    },
    xAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    yAxis: {
      type: 'category',
      inverse: true,
      data: sorted.map((r) => r.agency),
      axisLabel: { color: AXIS_STYLE.axisLabel.color, formatter: (v: string) => shorten(v, 12) },
      axisLine: AXIS_STYLE.axisLine,
    },
    series: [
      {
        name: received,
        type: 'bar',
        stack: 'intake',
        data: sorted.map((r) => r.received),
        itemStyle: { color: RECEIVED_COLOR },
        barMaxWidth: 18,
      },
      {
        name: carried,
        type: 'bar',
        stack: 'intake',
        data: sorted.map((r) => r.carriedOver),
        itemStyle: { color: CARRY_COLOR },
        barMaxWidth: 18,
        label: {
          show: sorted.length <= 40,
          position: 'right',
          color: AXIS_STYLE.axisLabel.color,
          formatter: (p: unknown) => {
            const row = sorted[firstDataIndex(p)]
            return row ? formatNumber(row.received, frame.locale) : ''
          },
        },
      },
    ],
  }
}
