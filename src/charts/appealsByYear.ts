/** 复议诉讼数量: per year, cases of review, direct suit and suit after review (three blues). */
import type { EChartsOption } from 'echarts'
import { APPEAL_BLOCKS, type AppealBlockKey } from '@/domain/catalog'
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
import { APPEAL_BLOCK_COLORS } from './theme'

export interface AppealYearRow {
  year: number
  /** null where no report of the year gives the block's total. */
  totals: Record<AppealBlockKey, number | null>
}

export function buildAppealsByYearOption(
  rows: readonly AppealYearRow[],
  frame: ChartFrame,
): EChartsOption {
  return {
    ...frameOption(frame),
    legend: { top: LEGEND_TOP, left: 0 },
    grid: { top: GRID_TOP, left: 8, right: 16, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const row = rows[firstDataIndex(params)]
        if (!row) return ''
        return (
          tipTitle(String(row.year)) +
          APPEAL_BLOCKS.map((b) =>
            tipLine(
              APPEAL_BLOCK_COLORS[b.key],
              b.label,
              formatNumber(row.totals[b.key], frame.locale),
            ),
          ).join('')
        )
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), ...AXIS_STYLE },
    yAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    series: APPEAL_BLOCKS.map((b) => ({
      name: b.short,
      type: 'bar' as const,
      barMaxWidth: 28,
      itemStyle: { color: APPEAL_BLOCK_COLORS[b.key] },
      data: rows.map((r) => r.totals[b.key]),
    })),
  }
}
