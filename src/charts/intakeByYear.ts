/** 新收与结转: per year, new requests and those carried over, and what is carried forward. */
import type { EChartsOption } from 'echarts'
import { formatNumber } from '@/format/number'
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
import { CARRY_COLOR, NEUTRAL, RECEIVED_COLOR, patternAt } from './theme'
import { chartWords } from './words'

export interface IntakeRow {
  year: number
  /** Each null where no report of the year gives it. */
  received: number | null
  carriedOver: number | null
  carriedForward: number | null
}

/** Year, new requests, carried over, carried forward. */
export function intakeByYearTable(rows: readonly IntakeRow[], locale: string): ChartTable {
  const words = chartWords(locale)
  return {
    columns: [
      { label: words.year, kind: 'text' },
      { label: words.row('newReceived'), kind: 'count' },
      { label: words.row('carriedOver'), kind: 'count' },
      { label: words.row('carriedForward'), kind: 'count' },
    ],
    rows: rows.map((r) => [String(r.year), r.received, r.carriedOver, r.carriedForward]),
  }
}

export function buildIntakeByYearOption(
  rows: readonly IntakeRow[],
  frame: ChartFrame,
): EChartsOption {
  const words = chartWords(frame.locale)
  const names = {
    received: words.row('newReceived'),
    carriedOver: words.row('carriedOver'),
    carriedForward: words.row('carriedForward'),
  }
  return {
    ...frameOption(frame, intakeByYearTable(rows, frame.locale)),
    legend: { top: LEGEND_TOP, left: 0 },
    grid: { top: GRID_TOP, left: 8, right: 16, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      formatter: (params: unknown) => {
        const row = rows[firstDataIndex(params)]
        if (!row) return ''
        return (
          tipTitle(String(row.year)) +
          tipLine(RECEIVED_COLOR, names.received, formatNumber(row.received, frame.locale)) +
          tipLine(CARRY_COLOR, names.carriedOver, formatNumber(row.carriedOver, frame.locale)) +
          tipLine(
            NEUTRAL.text,
            names.carriedForward,
            formatNumber(row.carriedForward, frame.locale),
          )
        )
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), ...AXIS_STYLE },
    yAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    series: [
      {
        name: names.received,
        type: 'bar',
        stack: 'in',
        barMaxWidth: 48,
        itemStyle: { color: RECEIVED_COLOR },
        data: rows.map((r) => r.received),
      },
      {
        name: names.carriedOver,
        type: 'bar',
        stack: 'in',
        barMaxWidth: 48,
        // Stacked on new requests: striped, so not told apart by colour alone.
        itemStyle: { color: CARRY_COLOR, decal: patternAt(1) },
        data: rows.map((r) => r.carriedOver),
      },
      {
        name: names.carriedForward,
        type: 'line',
        symbol: 'diamond',
        symbolSize: 9,
        itemStyle: { color: NEUTRAL.text },
        lineStyle: { type: 'dashed', color: NEUTRAL.text },
        data: rows.map((r) => r.carriedForward),
      },
    ],
  }
}
