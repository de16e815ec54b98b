/** 申请量排名: agencies ranked by requests received, with last year's carry-over stacked on. */
import type { EChartsOption } from 'echarts'
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
import type { ChartTable } from './table'
import { CARRY_COLOR, RECEIVED_COLOR, patternAt } from './theme'
import { chartWords } from './words'

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

/** Largest first; an agency whose reports do not give the figure ranks last. */
function ranked(rows: readonly RankingRow[]): RankingRow[] {
  return [...rows].sort((a, b) => (b.received ?? -1) - (a.received ?? -1))
}

/** The agencies in the chart's order, with requests received and carried over. */
export function volumeRankingTable(rows: readonly RankingRow[], locale: string): ChartTable {
  const words = chartWords(locale)
  return {
    columns: [
      { label: words.agency, kind: 'text' },
      { label: words.row('newReceived'), kind: 'count' },
      { label: words.row('carriedOver'), kind: 'count' },
    ],
    rows: ranked(rows).map((r) => [r.agency, r.received, r.carriedOver]),
  }
}

export function buildVolumeRankingOption(
  rows: readonly RankingRow[],
  frame: ChartFrame,
): EChartsOption {
  // Largest first, drawn top-down: the category axis is inverted rather than the data reversed.
  const sorted = ranked(rows)
  const words = chartWords(frame.locale)
  const received = words.row('newReceived')
  const carried = words.row('carriedOver')
  return {
    ...frameOption(frame, volumeRankingTable(rows, frame.locale)),
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
        // Stacked on the received bar: striped, so not told apart by colour alone.
        itemStyle: { color: CARRY_COLOR, decal: patternAt(1) },
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
