/**
 * What every chart shares: fonts, the spoken description (ECharts' aria), patterns where colour
 * tells series apart, and the words of its frame. The title, the filter it shows and what it
 * leaves out are HTML around the chart (ChartPanel), where they wrap instead of being clipped and
 * a screen reader finds them; saving the chart as a picture is a button there too.
 */
import type { EChartsOption } from 'echarts'
import { describeTable, type ChartTable } from './table'
import { FONT_FAMILY, NEUTRAL } from './theme'

export interface ChartFrame {
  /** What the chart shows, e.g. 各机构本年新收申请数. */
  title: string
  /** For which filter, e.g. 2021–2024 · 全部机构. */
  subtitle: string
  /** Locale for numbers in labels and tooltips, and the language of the chart's words. */
  locale: string
  /** What the figures leave out (e.g. 2 份报告缺表三，未计入): missing is never drawn as 0. */
  note?: string
  /** Drawn for a printed page: no animation (the panel leaves its buttons off paper). */
  print?: boolean
}

/** A file name safe on every system, from the title. */
export function fileNameOf(title: string): string {
  return title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'chart'
}

/**
 * The option's common part, with the chart described from its table. Series that differ by
 * colour alone carry patterns of their own (theme.ts `patternAt`): ECharts' automatic decals
 * would fill every series, the first one too.
 */
export function frameOption(frame: ChartFrame, table: ChartTable): EChartsOption {
  return {
    backgroundColor: NEUTRAL.background,
    textStyle: { fontFamily: FONT_FAMILY, color: NEUTRAL.text },
    animationDuration: 300,
    // A printed page is complete the moment the browser prints it.
    ...(frame.print ? { animation: false } : {}),
    aria: {
      enabled: true,
      label: { enabled: true, description: describeTable(frame.title, table, frame.locale) },
    },
  }
}

/** Tooltip look shared by every chart; each builder adds its trigger and escaping formatter. */
export const TOOLTIP_BASE = {
  confine: true,
  backgroundColor: '#ffffff',
  borderColor: NEUTRAL.grid,
  textStyle: { color: NEUTRAL.text, fontFamily: FONT_FAMILY, fontSize: 12 },
} as const

export const AXIS_STYLE = {
  axisLine: { lineStyle: { color: NEUTRAL.axis } },
  // A narrow chart (a briefing's half page) would otherwise run its numbers together.
  axisLabel: { color: NEUTRAL.muted, hideOverlap: true },
  splitLine: { lineStyle: { color: NEUTRAL.grid } },
} as const

/**
 * The legend on top of the plot, and the plot under it. Long Chinese legends with six or more
 * entries scroll on one line rather than wrap into the plot. Charts without a legend start their
 * plot at GRID_TOP - 24.
 */
export const LEGEND_TOP = 4
export const GRID_TOP = 40
