/** 申请人类型: requests received per year, stacked by applicant type (same palette everywhere). */
import type { EChartsOption } from 'echarts'
import { APPLICANT_PARTS, type ApplicantKey } from '@/domain/catalog'
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
import { APPLICANT_COLORS, NEUTRAL, patternAt } from './theme'
import { chartWords } from './words'

export interface YearCounts {
  year: number
  /** null where no report of the year gives the cell. */
  counts: Record<ApplicantKey, number | null>
}

/** Year, each applicant type, and the total. */
export function applicantsByYearTable(rows: readonly YearCounts[], locale: string): ChartTable {
  const words = chartWords(locale)
  return {
    columns: [
      { label: words.year, kind: 'text' },
      ...APPLICANT_PARTS.map((k) => ({ label: words.applicant(k), kind: 'count' as const })),
      { label: words.total, kind: 'count' },
    ],
    rows: rows.map((r) => [
      String(r.year),
      ...APPLICANT_PARTS.map((k) => r.counts[k]),
      r.counts.total,
    ]),
  }
}

/** Light fills among the applicant colours, patterned in dark ink. */
const LIGHT_APPLICANTS: readonly string[] = ['commercial', 'legal', 'social', 'other']

export function buildApplicantsByYearOption(
  rows: readonly YearCounts[],
  frame: ChartFrame,
): EChartsOption {
  const words = chartWords(frame.locale)
  return {
    ...frameOption(frame, applicantsByYearTable(rows, frame.locale)),
    // Six entries wrap onto a second line at half width (1280 px): none is cut off.
    legend: { top: LEGEND_TOP, left: 0, right: 0 },
    grid: { top: GRID_TOP + 26, left: 8, right: 16, bottom: 8, containLabel: true },
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
            tipLine(
              APPLICANT_COLORS[k],
              words.applicant(k),
              formatNumber(row.counts[k], frame.locale),
            ),
          ).join('') +
          tipLine(NEUTRAL.text, words.total, formatNumber(row.counts.total, frame.locale))
        )
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), ...AXIS_STYLE },
    yAxis: { type: 'value', minInterval: 1, ...AXIS_STYLE },
    series: APPLICANT_PARTS.map((k, i) => ({
      name: words.applicant(k),
      type: 'bar' as const,
      stack: 'applicants',
      barMaxWidth: 48,
      itemStyle: { color: APPLICANT_COLORS[k], decal: patternAt(i, LIGHT_APPLICANTS.includes(k)) },
      data: rows.map((r) => r.counts[k]),
    })),
  }
}
