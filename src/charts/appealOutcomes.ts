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
import type { ChartTable } from './table'
import { APPEAL_MEASURE_COLORS, NEUTRAL, patternAt } from './theme'
import { chartWords } from './words'

const PARTS = APPEAL_MEASURES.filter((m) => m.key !== 'total') as {
  key: keyof typeof APPEAL_MEASURE_COLORS
  label: string
}[]

/** Each block's counts; null where no report in view gives the cell (drawn as a gap, not 0). */
export type AppealBlockValues = Record<AppealBlockKey, Record<AppealMeasureKey, number | null>>

/** Each block (in full) with its cases upheld, corrected, other, pending and the total. */
export function appealOutcomesTable(totals: AppealBlockValues, locale: string): ChartTable {
  const words = chartWords(locale)
  return {
    columns: [
      { label: words.group, kind: 'text' },
      ...APPEAL_MEASURES.map((m) => ({ label: words.measure(m.key), kind: 'count' as const })),
    ],
    rows: APPEAL_BLOCKS.map((b) => [
      words.blockLabel(b.key),
      ...APPEAL_MEASURES.map((m) => totals[b.key][m.key]),
    ]),
  }
}

export function buildAppealOutcomesOption(
  totals: AppealBlockValues,
  frame: ChartFrame,
): EChartsOption {
  const words = chartWords(frame.locale)
  return {
    ...frameOption(frame, appealOutcomesTable(totals, frame.locale)),
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
          tipTitle(words.blockLabel(block.key)) +
          PARTS.map((m) =>
            tipLine(
              APPEAL_MEASURE_COLORS[m.key],
              words.measure(m.key),
              formatNumber(t[m.key], frame.locale),
            ),
          ).join('') +
          tipLine(NEUTRAL.text, words.measure('total'), formatNumber(t.total, frame.locale))
        )
      },
    },
    xAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    yAxis: {
      type: 'category',
      inverse: true,
      data: APPEAL_BLOCKS.map((b) => words.block(b.key)),
      axisLine: AXIS_STYLE.axisLine,
      axisLabel: AXIS_STYLE.axisLabel,
    },
    series: PARTS.map((m, i) => ({
      name: words.measure(m.key),
      type: 'bar' as const,
      stack: 'outcome',
      barMaxWidth: 28,
      // The light 尚未审结 fill needs an outline to stay visible on white and in print.
      itemStyle: {
        color: APPEAL_MEASURE_COLORS[m.key],
        borderColor: m.key === 'pending' ? NEUTRAL.axis : undefined,
        // Stacked: each part but the first patterned, so not told apart by colour alone.
        decal: patternAt(i, m.key === 'other' || m.key === 'pending'),
      },
      data: APPEAL_BLOCKS.map((b) => totals[b.key][m.key]),
    })),
  }
}
