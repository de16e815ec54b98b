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
import type { ChartTable } from './table'
import { APPEAL_BLOCK_COLORS, patternAt } from './theme'
import { chartWords } from './words'

export interface AppealYearRow {
  year: number
  /** null where no report of the year gives the block's total. */
  totals: Record<AppealBlockKey, number | null>
}

/** Year, then each block's cases. */
export function appealsByYearTable(rows: readonly AppealYearRow[], locale: string): ChartTable {
  const words = chartWords(locale)
  return {
    columns: [
      { label: words.year, kind: 'text' },
      ...APPEAL_BLOCKS.map((b) => ({ label: words.block(b.key), kind: 'count' as const })),
    ],
    rows: rows.map((r) => [String(r.year), ...APPEAL_BLOCKS.map((b) => r.totals[b.key])]),
  }
}

export function buildAppealsByYearOption(
  rows: readonly AppealYearRow[],
  frame: ChartFrame,
): EChartsOption {
  const words = chartWords(frame.locale)
  return {
    ...frameOption(frame, appealsByYearTable(rows, frame.locale)),
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
              words.blockLabel(b.key),
              formatNumber(row.totals[b.key], frame.locale),
            ),
          ).join('')
        )
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), ...AXIS_STYLE },
    yAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    series: APPEAL_BLOCKS.map((b, i) => ({
      name: words.block(b.key),
      type: 'bar' as const,
      barMaxWidth: 28,
      // Three blues side by side: each but the first patterned as well.
      itemStyle: {
        color: APPEAL_BLOCK_COLORS[b.key],
        decal: patternAt(i, b.key === 'suitAfterReview'),
      },
      data: rows.map((r) => r.totals[b.key]),
    })),
  }
}
