/** 复议诉讼结果: for each block, cases upheld, corrected, other and pending, stacked. */
import type { EChartsOption } from 'echarts'
import {
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  type AppealBlockKey,
  type AppealMeasureKey,
} from '@/domain/catalog'
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
import { APPEAL_MEASURE_COLORS, NEUTRAL } from './theme'

const PARTS = APPEAL_MEASURES.filter((m) => m.key !== 'total') as {
  key: keyof typeof APPEAL_MEASURE_COLORS
  label: string
}[]

/** Each block's counts; null where no report in view gives the cell (drawn as a gap, not 0). */
export type AppealBlockValues = Record<AppealBlockKey, Record<AppealMeasureKey, number | null>>

export function buildAppealOutcomesOption(
  totals: AppealBlockValues,
  frame: ChartFrame,
): EChartsOption {
  const totalLabel = APPEAL_MEASURES.find((m) => m.key === 'total')?.label ?? '总计'
  return {
    ...frameOption(frame),
    legend: { top: LEGEND_TOP, left: 0 },
    grid: { top: GRID_TOP, left: 8, right: 16, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const block = APPEAL_BLOCKS[firstDataIndex(params)]
        if (!block) return ''
        const t = totals[block.key]
        return (
          tipTitle(block.label) +
          PARTS.map((m) =>
            tipLine(APPEAL_MEASURE_COLORS[m.key], m.label, formatNumber(t[m.key], frame.locale)),
          ).join('') +
          tipLine(NEUTRAL.text, totalLabel, formatNumber(t.total, frame.locale))
        )
      },
    },
    xAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    yAxis: {
      type: 'category',
      inverse: true,
      data: APPEAL_BLOCKS.map((b) => b.short),
      axisLine: AXIS_STYLE.axisLine,
      axisLabel: AXIS_STYLE.axisLabel,
    },
    series: PARTS.map((m) => ({
      name: m.label,
      type: 'bar' as const,
      stack: 'outcome',
      barMaxWidth: 28,
      // The light 尚未审结 fill needs an outline to stay visible on white and in print.
      itemStyle: {
        color: APPEAL_MEASURE_COLORS[m.key],
        borderColor: m.key === 'pending' ? NEUTRAL.axis : undefined,
      },
      data: APPEAL_BLOCKS.map((b) => totals[b.key][m.key]),
    })),
  }
}
