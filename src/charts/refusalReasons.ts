/** 不予公开 / 无法提供 / 不予处理 by sub-reason, each bar in its group's shade. */
import type { EChartsOption } from 'echarts'
import type { OutcomeGroup } from '@/domain/catalog'
import type { ReasonCount } from '@/analysis/outcomes'
import { formatNumber } from '@/format/number'
import { firstDataIndex, shorten, tipLine, tipTitle } from './escape'
import { AXIS_STYLE, GRID_TOP, TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import type { ChartTable } from './table'
import { NEUTRAL, rowColor } from './theme'
import { chartWords, type ChartWords } from './words'

function groupLabel(group: string, words: ChartWords): string {
  return words.outcome(group as OutcomeGroup)
}

/** A reason's count, or null where no report in view gives its row. */
function reasonValue(r: ReasonCount | undefined): number | null {
  return r && r.n > 0 ? r.value : null
}

/** Each reason under its group, with its count (— where no report in view gives its row). */
export function refusalReasonsTable(reasons: readonly ReasonCount[], locale: string): ChartTable {
  const words = chartWords(locale)
  return {
    columns: [
      { label: words.group, kind: 'text' },
      { label: words.reason, kind: 'text' },
      { label: words.count, kind: 'count' },
    ],
    rows: reasons.map((r) => [groupLabel(r.group, words), words.row(r.row), reasonValue(r)]),
  }
}

export function buildRefusalReasonsOption(
  reasons: readonly ReasonCount[],
  frame: ChartFrame,
): EChartsOption {
  const words = chartWords(frame.locale)
  return {
    // One bar per reason, each named on the axis: the shades of a group are not the only signal.
    ...frameOption(frame, refusalReasonsTable(reasons, frame.locale)),
    grid: { top: GRID_TOP - 24, left: 8, right: 48, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const r = reasons[firstDataIndex(params)]
        if (!r) return ''
        return (
          tipTitle(groupLabel(r.group, words)) +
          tipLine(rowColor(r.row), words.row(r.row), formatNumber(reasonValue(r), frame.locale))
        )
      },
    },
    xAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    yAxis: {
      type: 'category',
      inverse: true,
      data: reasons.map((r) => `${groupLabel(r.group, words)}·${words.row(r.row)}`),
      axisLine: AXIS_STYLE.axisLine,
      axisLabel: {
        color: NEUTRAL.muted,
        formatter: (v: string) => shorten(v, words.english ? 34 : 16),
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: reasons.map((r) => ({
          value: r.n > 0 ? r.value : null,
          itemStyle: { color: rowColor(r.row) },
        })),
        label: {
          show: true,
          position: 'right',
          color: NEUTRAL.muted,
          formatter: (p: unknown) =>
            formatNumber(reasonValue(reasons[firstDataIndex(p)]), frame.locale),
        },
      },
    ],
  }
}
