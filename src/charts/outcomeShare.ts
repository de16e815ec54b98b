/** 办理结果构成: each agency's (or year's) handled requests as 100 % stacked outcome shares. */
import type { EChartsOption } from 'echarts'
import { OUTCOME_GROUPS } from '@/domain/catalog'
import { distributionTotal, type OutcomeDistribution } from '@/analysis/outcomes'
import { formatNumber, formatPercent } from '@/format/number'
import { firstDataIndex, shorten, tipLine, tipTitle } from './escape'
import {
  AXIS_STYLE,
  GRID_TOP,
  LEGEND_TOP,
  TOOLTIP_BASE,
  frameOption,
  type ChartFrame,
} from './frame'
import { NEUTRAL, OUTCOME_COLORS } from './theme'

export interface ShareRow {
  label: string
  distribution: OutcomeDistribution
}

export function shareHeight(rows: number): number {
  return Math.max(300, GRID_TOP + 60 + rows * 24)
}

export function buildOutcomeShareOption(
  input: readonly ShareRow[],
  frame: ChartFrame,
  totalLabel = '总计',
): EChartsOption {
  // Categories with nothing handled have no shares; they would be empty bars, so they are left out.
  const rows = input.filter((r) => distributionTotal(r.distribution) > 0)
  const share = (r: ShareRow, value: number) => {
    const total = distributionTotal(r.distribution)
    return total > 0 ? value / total : 0
  }
  return {
    ...frameOption(frame),
    legend: { top: LEGEND_TOP, left: 0, right: 0, type: 'scroll' },
    grid: { top: GRID_TOP, left: 8, right: 24, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const row = rows[firstDataIndex(params)]
        if (!row) return ''
        const lines = OUTCOME_GROUPS.map((g) => {
          const v = row.distribution.values[g.key]
          const text = `${formatNumber(v, frame.locale)}（${formatPercent(share(row, v), frame.locale)}）`
          return tipLine(OUTCOME_COLORS[g.key], g.label, text)
        })
        const total = formatNumber(distributionTotal(row.distribution), frame.locale)
        return tipTitle(row.label) + lines.join('') + tipLine(NEUTRAL.text, totalLabel, total)
      },
    },
    xAxis: {
      type: 'value',
      max: 1,
      ...AXIS_STYLE,
      axisLabel: { color: NEUTRAL.muted, formatter: (v: number) => `${Math.round(v * 100)}%` },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLine: AXIS_STYLE.axisLine,
      axisLabel: { color: NEUTRAL.muted, formatter: (v: string) => shorten(v, 12) },
    },
    series: OUTCOME_GROUPS.map((g) => ({
      name: g.label,
      type: 'bar' as const,
      stack: 'share',
      barMaxWidth: 20,
      itemStyle: { color: OUTCOME_COLORS[g.key] },
      data: rows.map((r) => share(r, r.distribution.values[g.key])),
    })),
  }
}
