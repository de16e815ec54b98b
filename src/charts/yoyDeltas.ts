/**
 * 同比变化: for each year, how much each figure rose or fell from the year before (bars above or
 * below zero). A year whose previous year has no value has no bar — a gap, not a 0 — and the
 * tooltip says why.
 */
import type { EChartsOption } from 'echarts'
import { formatNumber, formatSigned, formatSignedPercent } from '@/format/number'
import { escapeHtml, firstDataIndex, marker, tipTitle } from './escape'
import {
  AXIS_STYLE,
  GRID_TOP,
  LEGEND_TOP,
  TOOLTIP_BASE,
  frameOption,
  type ChartFrame,
} from './frame'
import type { ChartTable } from './table'
import { NEUTRAL } from './theme'
import { chartWords } from './words'

export interface YoyCell {
  value: number | null
  previous: number | null
  diff: number | null
  change: number | null
}

export interface YoySeries {
  label: string
  color: string
  /** One per year of `years`. */
  cells: readonly YoyCell[]
}

export interface YoyInput {
  years: readonly number[]
  series: readonly YoySeries[]
  /** Tooltip words: the value with no previous year to compare with. */
  noPrevious: string
  /** The tooltip's heading for a year, e.g. 2024（较 2023）. */
  heading: (year: number) => string
}

function line(
  color: string,
  label: string,
  c: YoyCell | undefined,
  input: YoyInput,
  locale: string,
) {
  const value = formatNumber(c?.value ?? null, locale)
  const detail =
    c && c.diff !== null
      ? `${formatSigned(c.diff, locale)}${c.change === null ? '' : `（${formatSignedPercent(c.change, locale)}）`}`
      : input.noPrevious
  return (
    `<div style="display:flex;justify-content:space-between;gap:16px"><span>${marker(color)}${escapeHtml(label)}</span>` +
    `<span style="font-variant-numeric:tabular-nums"><b>${escapeHtml(value)}</b> · ${escapeHtml(detail)}</span></div>`
  )
}

/**
 * A year per row; for each figure its value and its change from the year before (— where the year
 * or the one before gives no value: no change is made up).
 */
export function yoyDeltasTable(input: YoyInput, locale: string): ChartTable {
  const words = chartWords(locale)
  return {
    columns: [
      { label: words.year, kind: 'text' },
      ...input.series.flatMap((s) => [
        { label: s.label, kind: 'count' as const },
        { label: `${s.label} ${words.change}`, kind: 'count' as const },
      ]),
    ],
    rows: input.years.map((year, i) => [
      String(year),
      ...input.series.flatMap((s) => [s.cells[i]?.value ?? null, s.cells[i]?.diff ?? null]),
    ]),
  }
}

export function buildYoyDeltasOption(input: YoyInput, frame: ChartFrame): EChartsOption {
  const { years, series } = input
  return {
    ...frameOption(frame, yoyDeltasTable(input, frame.locale)),
    legend: { top: LEGEND_TOP, left: 0 },
    grid: { top: GRID_TOP, left: 8, right: 16, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const i = firstDataIndex(params)
        const year = years[i]
        if (year === undefined) return ''
        return (
          tipTitle(input.heading(year)) +
          series.map((s) => line(s.color, s.label, s.cells[i], input, frame.locale)).join('')
        )
      },
    },
    xAxis: { type: 'category', data: years.map(String), ...AXIS_STYLE },
    yAxis: {
      type: 'value',
      minInterval: 1,
      ...AXIS_STYLE,
      axisLabel: { color: NEUTRAL.muted, formatter: (v: number) => formatSigned(v, frame.locale) },
    },
    series: series.map((s) => ({
      name: s.label,
      type: 'bar' as const,
      barMaxWidth: 22,
      itemStyle: { color: s.color },
      label: {
        show: years.length * series.length <= 40,
        position: 'top' as const,
        fontSize: 10,
        color: NEUTRAL.muted,
        formatter: (p: unknown) => {
          const c = s.cells[firstDataIndex(p)]
          return c && c.diff !== null ? formatSigned(c.diff, frame.locale) : ''
        },
      },
      data: s.cells.map((c) => c.diff),
    })),
  }
}
