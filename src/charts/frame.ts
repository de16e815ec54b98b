/** What every chart shares: a title naming what and for which filter, save-as-PNG, fonts. */
import type { EChartsOption, TitleComponentOption } from 'echarts'
import { FONT_FAMILY, NEUTRAL } from './theme'

export interface ChartFrame {
  /** What the chart shows, e.g. 各机构本年新收申请数. */
  title: string
  /** For which filter, e.g. 2021–2024 · 全部机构. */
  subtitle: string
  /** Locale for numbers in labels and tooltips. */
  locale: string
  /** Tooltip of the save button. */
  saveLabel?: string
  /** What the figures leave out (e.g. 2 份报告缺表三，未计入): missing is never drawn as 0. */
  note?: string
  /**
   * Drawn for a printed page: no toolbox (a save icon on paper is noise) and no animation, so
   * the page is complete the moment the browser prints it.
   */
  print?: boolean
}

/** A file name safe on every system, from the title. */
export function fileNameOf(title: string): string {
  return title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'chart'
}

export function frameTitle(frame: ChartFrame): TitleComponentOption {
  return {
    text: frame.title,
    subtext: frame.note ? `${frame.subtitle} · ${frame.note}` : frame.subtitle,
    left: 0,
    top: 0,
    textStyle: { fontSize: 15, fontWeight: 600, color: NEUTRAL.text },
    subtextStyle: { fontSize: 12, color: NEUTRAL.muted },
  }
}

export function frameOption(frame: ChartFrame): EChartsOption {
  const base: EChartsOption = {
    backgroundColor: NEUTRAL.background,
    textStyle: { fontFamily: FONT_FAMILY, color: NEUTRAL.text },
    animationDuration: 300,
    title: frameTitle(frame),
  }
  if (frame.print) return { ...base, animation: false }
  return {
    ...base,
    toolbox: {
      right: 4,
      top: 0,
      feature: {
        saveAsImage: {
          name: fileNameOf(frame.title),
          pixelRatio: 2,
          title: frame.saveLabel ?? '保存为图片',
          backgroundColor: NEUTRAL.background,
        },
      },
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
  axisLabel: { color: NEUTRAL.muted },
  splitLine: { lineStyle: { color: NEUTRAL.grid } },
} as const

/**
 * Legend under the title, so long Chinese legends never collide with the title; legends with six
 * or more entries scroll on one line rather than wrap into the plot.
 */
export const LEGEND_TOP = 48
export const GRID_TOP = 84
