/** 申请人类型: requests received per year, stacked by applicant type (same palette everywhere). */
import type { EChartsOption } from 'echarts'
import { APPLICANT_COLUMNS, APPLICANT_PARTS, type ApplicantKey } from '@/domain/catalog'
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
import { APPLICANT_COLORS, NEUTRAL } from './theme'

export interface YearCounts {
  year: number
  /** null where no report of the year gives the cell. */
  counts: Record<ApplicantKey, number | null>
}

function shortLabel(key: string): string {
  return APPLICANT_COLUMNS.find((c) => c.key === key)?.short ?? key
}

export function buildApplicantsByYearOption(
  rows: readonly YearCounts[],
  frame: ChartFrame,
  totalLabel = '总计',
): EChartsOption {
  return {
    ...frameOption(frame),
    legend: { top: LEGEND_TOP, left: 0, right: 0, type: 'scroll' },
    grid: { top: GRID_TOP + 8, left: 8, right: 16, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const row = rows[firstDataIndex(params)]
        if (!row) return ''
        return (
          tipTitle(String(row.year)) +
          APPLICANT_PARTS.map((k) =>
            tipLine(APPLICANT_COLORS[k], shortLabel(k), formatNumber(row.counts[k], frame.locale)),
          ).join('') +
          tipLine(NEUTRAL.text, totalLabel, formatNumber(row.counts.total, frame.locale))
        )
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), ...AXIS_STYLE },
    yAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    series: APPLICANT_PARTS.map((k) => ({
      name: shortLabel(k),
      type: 'bar' as const,
      stack: 'applicants',
      barMaxWidth: 48,
      itemStyle: { color: APPLICANT_COLORS[k] },
      data: rows.map((r) => r.counts[k]),
    })),
  }
}
