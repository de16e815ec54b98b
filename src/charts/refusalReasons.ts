/** 不予公开 / 无法提供 / 不予处理 by sub-reason, each bar in its group's shade. */
import type { EChartsOption } from 'echarts'
import { OUTCOME_GROUPS } from '@/domain/catalog'
import type { ReasonCount } from '@/analysis/outcomes'
import { formatNumber } from '@/format/number'
import { firstDataIndex, shorten, tipLine, tipTitle } from './escape'
import { AXIS_STYLE, GRID_TOP, TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import { NEUTRAL, rowColor } from './theme'

function groupLabel(group: string): string {
  return OUTCOME_GROUPS.find((g) => g.key === group)?.label ?? group
}

/** A reason's count, or null where no report in view gives its row. */
function reasonValue(r: ReasonCount | undefined): number | null {
  return r && r.n > 0 ? r.value : null
}

export function buildRefusalReasonsOption(
  reasons: readonly ReasonCount[],
  frame: ChartFrame,
): EChartsOption {
  return {
    ...frameOption(frame),
    grid: { top: GRID_TOP - 24, left: 8, right: 48, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const r = reasons[firstDataIndex(params)]
        if (!r) return ''
        return (
          tipTitle(groupLabel(r.group)) +
          tipLine(rowColor(r.row), r.label, formatNumber(r.n > 0 ? r.value : null, frame.locale))
        )
      },
    },
    xAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    yAxis: {
      type: 'category',
      inverse: true,
      data: reasons.map((r) => `${groupLabel(r.group)}·${r.label}`),
      axisLine: AXIS_STYLE.axisLine,
      axisLabel: { color: NEUTRAL.muted, formatter: (v: string) => shorten(v, 16) },
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
