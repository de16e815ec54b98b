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
import type { ChartTable } from './table'
import { NEUTRAL, OUTCOME_COLORS, patternAt } from './theme'
import { chartWords } from './words'

export interface ShareRow {
  label: string
  distribution: OutcomeDistribution
}

/** What the rows are: agencies or years. */
export type ShareBy = 'agency' | 'year'

export function shareHeight(rows: number): number {
  return Math.max(300, GRID_TOP + 60 + rows * 24)
}

/** Categories with nothing handled have no shares; they would be empty bars, so they are left out. */
function withShares(input: readonly ShareRow[]): ShareRow[] {
  return input.filter((r) => distributionTotal(r.distribution) > 0)
}

function share(r: ShareRow, value: number): number {
  const total = distributionTotal(r.distribution)
  return total > 0 ? value / total : 0
}

/** Light outcome fills, patterned in dark ink. */
const LIGHT_OUTCOMES: readonly string[] = ['partial', 'unavailable', 'rejected']

/**
 * Each row (agency or year) as the bars draw it: every outcome's share, then the counts the shares
 * are of, and the total handled.
 */
export function outcomeShareTable(
  input: readonly ShareRow[],
  locale: string,
  by: ShareBy = 'agency',
): ChartTable {
  const words = chartWords(locale)
  const groups = OUTCOME_GROUPS.map((g) => g.key)
  const sep = words.english ? ', ' : '·'
  return {
    columns: [
      { label: by === 'year' ? words.year : words.agency, kind: 'text' },
      ...groups.map((g) => ({
        label: `${words.outcome(g)}${sep}${words.share}`,
        kind: 'percent' as const,
      })),
      ...groups.map((g) => ({
        label: `${words.outcome(g)}${sep}${words.count}`,
        kind: 'count' as const,
      })),
      { label: words.total, kind: 'count' },
    ],
    rows: withShares(input).map((r) => [
      r.label,
      ...groups.map((g) => share(r, r.distribution.values[g])),
      ...groups.map((g) => r.distribution.values[g]),
      distributionTotal(r.distribution),
    ]),
  }
}

export function buildOutcomeShareOption(
  input: readonly ShareRow[],
  frame: ChartFrame,
  by: ShareBy = 'agency',
): EChartsOption {
  const rows = withShares(input)
  const words = chartWords(frame.locale)
  return {
    ...frameOption(frame, outcomeShareTable(input, frame.locale, by)),
    // Six entries wrap onto a second line at half width (1280 px): none is cut off.
    legend: { top: LEGEND_TOP, left: 0, right: 0 },
    grid: { top: GRID_TOP + 26, left: 8, right: 24, bottom: 8, containLabel: true },
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
          return tipLine(OUTCOME_COLORS[g.key], words.outcome(g.key), text)
        })
        const total = formatNumber(distributionTotal(row.distribution), frame.locale)
        return tipTitle(row.label) + lines.join('') + tipLine(NEUTRAL.text, words.total, total)
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
    series: OUTCOME_GROUPS.map((g, i) => ({
      name: words.outcome(g.key),
      type: 'bar' as const,
      stack: 'share',
      barMaxWidth: 20,
      itemStyle: {
        color: OUTCOME_COLORS[g.key],
        decal: patternAt(i, LIGHT_OUTCOMES.includes(g.key)),
      },
      data: rows.map((r) => share(r, r.distribution.values[g.key])),
    })),
  }
}
