/**
 * 问题分布: agency × year heatmap of the findings, with the MISSING grid in it — a year an agency
 * skipped is a dashed amber box saying 缺报 (text, not colour alone). Clicking a cell filters the
 * list; the cell picked keeps a dark border.
 */
import type { EChartsOption, HeatmapSeriesOption } from 'echarts'
import type { FindingsCell, FindingsMatrix } from '@/analysis/findings'
import type { Severity } from '@/checks/types'
import { escapeHtml, heatValue, shorten, tipLine, tipTitle } from './escape'
import { AXIS_STYLE, GRID_TOP, TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import { colourCeiling, rampScale } from './heatmap'
import type { ChartTable, TableCell } from './table'
import { HEAT_RAMP, NEUTRAL, SEVERITY_COLORS, SEVERITY_ICONS } from './theme'
import { chartWords } from './words'

export interface FindingsHeatLabels {
  /** Name of the count in the tooltip, e.g. 问题数. */
  measure: string
  /** Text in a missing year's cell, e.g. 缺报. */
  missing: string
  /** Tooltip line of a missing year, e.g. 缺少本年度报告. */
  missingDetail: string
  /** Tooltip line of a cell without a report that is not a gap (before or after the agency's span). */
  noReport: string
  /** Tooltip hint, e.g. 点击筛选清单. */
  clickHint: string
  severity: Record<Severity, string>
}

export interface HeatPick {
  agency: string
  year: number
}

/** Series 0 holds the cells on the colour scale; series 1 the missing years, drawn apart. */
const COUNT_SERIES = 0
const MISSING_SERIES = 1
const MISSING_FILL = '#fff6e0'
/** Darker than the warning amber so the 缺报 text passes contrast on its light fill. */
const MISSING_TEXT = '#8a5a00'

function cellText(c: FindingsCell, labels: FindingsHeatLabels): string {
  if (c.missing) return labels.missing
  return c.count > 0 ? String(c.count) : ''
}

/** The agency and year of a clicked cell, from ECharts' click params. */
export function pickedCell(matrix: FindingsMatrix, params: unknown): HeatPick | null {
  const v = heatValue(params)
  if (!v) return null
  const year = matrix.years[v[0]]
  const agency = matrix.agencies[v[1]]
  return year === undefined || agency === undefined ? null : { agency, year }
}

export function findingsHeatmapHeight(agencies: number): number {
  return Math.max(260, GRID_TOP + 70 + agencies * 26)
}

/**
 * Agencies down, years across: the number of findings where a report is held (or findings name
 * the year), 缺报 where the year's report is missing, — where there is no report.
 */
export function findingsHeatmapTable(
  matrix: FindingsMatrix,
  labels: FindingsHeatLabels,
  locale: string,
): ChartTable {
  const byPos = new Map(matrix.cells.map((c) => [`${c.agency}\u0000${c.year}`, c]))
  const cell = (agency: string, year: number): TableCell => {
    const c = byPos.get(`${agency}\u0000${year}`)
    if (!c) return null
    if (c.missing) return labels.missing
    return c.hasReport || c.count > 0 ? c.count : null
  }
  return {
    columns: [
      { label: chartWords(locale).agency, kind: 'text' },
      ...matrix.years.map((y) => ({ label: String(y), kind: 'count' }) as const),
    ],
    rows: matrix.agencies.map((a) => [a, ...matrix.years.map((y) => cell(a, y))]),
  }
}

export function buildFindingsHeatmapOption(
  matrix: FindingsMatrix,
  labels: FindingsHeatLabels,
  frame: ChartFrame,
  picked: HeatPick | null = null,
): EChartsOption {
  const { agencies, years, cells } = matrix
  const xOf = new Map(years.map((y, i) => [y, i]))
  const yOf = new Map(agencies.map((a, i) => [a, i]))
  const byPos = new Map<string, FindingsCell>()
  const max = colourCeiling(cells.filter((c) => !c.missing).map((c) => c.count))
  type Item = NonNullable<HeatmapSeriesOption['data']>[number]
  const counted: Item[] = []
  const missing: Item[] = []
  for (const c of cells) {
    const x = xOf.get(c.year)
    const y = yOf.get(c.agency)
    if (x === undefined || y === undefined) continue
    byPos.set(`${x},${y}`, c)
    const isPicked = picked?.agency === c.agency && picked.year === c.year
    // Thin white gaps keep neighbouring cells apart; the picked cell gets a dark frame.
    const border = isPicked
      ? { borderColor: NEUTRAL.text, borderWidth: 3 }
      : { borderColor: NEUTRAL.background, borderWidth: 1 }
    if (c.missing) {
      missing.push({
        value: [x, y, c.count],
        itemStyle: {
          color: MISSING_FILL,
          ...border,
          borderWidth: isPicked ? 3 : 1.5,
          borderColor: isPicked ? NEUTRAL.text : SEVERITY_COLORS.warning,
          borderType: 'dashed',
        },
      })
    } else {
      counted.push({
        value: [x, y, Math.min(c.count, max)],
        // Dark cells need light text; the ramp's two darkest steps start past 60% of the scale.
        label: { color: c.count / max > 0.6 ? '#ffffff' : NEUTRAL.text },
        itemStyle: border,
      })
    }
  }
  const label = {
    show: true,
    fontSize: 11,
    formatter: (p: unknown) => {
      const v = heatValue(p)
      const c = v && byPos.get(`${v[0]},${v[1]}`)
      return c ? cellText(c, labels) : ''
    },
  }
  return {
    ...frameOption(frame, findingsHeatmapTable(matrix, labels, frame.locale)),
    grid: { top: GRID_TOP - 12, left: 8, right: 16, bottom: 48, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (params: unknown) => {
        const v = heatValue(params)
        const c = v && byPos.get(`${v[0]},${v[1]}`)
        if (!c) return ''
        const lines = [
          tipTitle(`${c.agency} · ${c.year}`),
          tipLine(HEAT_RAMP[3] ?? NEUTRAL.text, labels.measure, String(c.count)),
        ]
        for (const s of ['error', 'warning', 'info'] as const) {
          if (c.bySeverity[s] > 0) {
            lines.push(
              tipLine(
                SEVERITY_COLORS[s],
                `${SEVERITY_ICONS[s]} ${labels.severity[s]}`,
                String(c.bySeverity[s]),
              ),
            )
          }
        }
        if (c.missing) lines.push(tipLine(SEVERITY_COLORS.warning, labels.missingDetail, ''))
        else if (!c.hasReport) lines.push(tipLine(NEUTRAL.axis, labels.noReport, ''))
        lines.push(
          `<div style="color:${NEUTRAL.muted};margin-top:4px">${escapeHtml(labels.clickHint)}</div>`,
        )
        return lines.join('')
      },
    },
    xAxis: {
      type: 'category',
      data: years.map(String),
      position: 'top',
      // No axis lines: on a grid of cells they read as a frame around the first row.
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: AXIS_STYLE.axisLabel,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: agencies,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: NEUTRAL.muted, formatter: (v: string) => shorten(v, 14) },
    },
    // ECharts draws a heatmap only under a visualMap: the missing years get a hidden one of a
    // single colour, so their fill never reads as a count.
    visualMap: [
      {
        seriesIndex: COUNT_SERIES,
        ...rampScale(max, `${cells.some((c) => !c.missing && c.count > max) ? '≥' : ''}${max}`),
      },
      {
        seriesIndex: MISSING_SERIES,
        show: false,
        min: 0,
        max: 1,
        inRange: { color: [MISSING_FILL, MISSING_FILL] },
        outOfRange: { color: MISSING_FILL },
      },
    ],
    series: [
      {
        type: 'heatmap',
        name: labels.measure,
        data: counted,
        label,
        emphasis: { itemStyle: { borderColor: NEUTRAL.text, borderWidth: 1 } },
      },
      {
        type: 'heatmap',
        name: labels.missing,
        data: missing,
        label: { ...label, color: MISSING_TEXT, fontWeight: 'bold' },
        emphasis: { itemStyle: { borderColor: NEUTRAL.text, borderWidth: 1 } },
      },
    ],
  }
}
