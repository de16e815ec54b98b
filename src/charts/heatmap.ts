/**
 * Agency × year heatmap: requests received, or a rate. A pair without a report stays blank (not
 * zero); a rate over too few cases is drawn grey with "—".
 */
import type { EChartsOption } from 'echarts'
import { heatValue, shorten, tipLine, tipTitle } from './escape'
import { AXIS_STYLE, GRID_TOP, TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import type { ChartTable } from './table'
import { HEAT_RAMP, NEUTRAL } from './theme'
import { chartWords } from './words'

export interface HeatCell {
  agency: string
  year: number
  /** null: a value that exists but is not shown as a number (too few cases). */
  value: number | null
  /** The text in the cell. */
  text: string
  /** Extra tooltip line, e.g. "纠正 3 / 已审结 20". */
  detail?: string
}

export interface HeatInput {
  agencies: string[]
  years: number[]
  cells: HeatCell[]
  /** Name of the measure in the tooltip. */
  measure: string
  /** Upper end of the colour scale (1 for rates). */
  max?: number
}

/** The 95th percentile of the values (at least 1). */
export function colourCeiling(values: readonly number[]): number {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b)
  if (sorted.length === 0) return 1
  const at = Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))
  return Math.max(1, sorted[at] ?? 1)
}

/** The colour scale under a heatmap: 0 to `max` along the ramp, `top` written at its end. */
export function rampScale(max: number, top: string) {
  return {
    min: 0,
    max,
    calculable: false,
    orient: 'horizontal' as const,
    left: 'center',
    bottom: 0,
    itemHeight: 160,
    inRange: { color: HEAT_RAMP },
    text: [top, '0'],
    textStyle: { color: NEUTRAL.muted },
  }
}

export function heatmapHeight(agencies: number): number {
  return Math.max(320, GRID_TOP + 90 + agencies * 26)
}

/**
 * Agencies down, years across, as the heatmap lays them out: a cell's value (a rate where the
 * scale is one of rates), its own words where it shows no number (3/20, —), and — where the
 * agency has no report that year.
 */
export function heatmapTable(input: HeatInput, locale: string): ChartTable {
  const percent = input.max === 1
  const byPos = new Map(input.cells.map((c) => [`${c.agency}\u0000${c.year}`, c]))
  return {
    columns: [
      { label: chartWords(locale).agency, kind: 'text' },
      ...input.years.map(
        (y) => ({ label: String(y), kind: percent ? 'percent' : 'count' }) as const,
      ),
    ],
    rows: input.agencies.map((a) => [
      a,
      ...input.years.map((y) => {
        const c = byPos.get(`${a}\u0000${y}`)
        if (!c) return null
        return c.value === null ? c.text : c.value
      }),
    ]),
    rates: percent,
  }
}

export function buildHeatmapOption(input: HeatInput, frame: ChartFrame): EChartsOption {
  const { agencies, years, cells } = input
  // One very large agency would wash every other cell out: the colour scale stops at the 95th
  // percentile and larger values take the darkest colour (their numbers are still printed).
  const max = input.max ?? colourCeiling(cells.map((c) => c.value ?? 0))
  const clipped = cells.some((c) => (c.value ?? 0) > max)
  // Positions by map: a search of the agency list per cell was quadratic with 1,000s of agencies.
  const xOf = new Map(years.map((y, i) => [y, i]))
  const yOf = new Map(agencies.map((a, i) => [a, i]))
  const byPos = new Map<string, HeatCell>()
  const data = cells.map((c) => {
    const x = xOf.get(c.year) ?? -1
    const y = yOf.get(c.agency) ?? -1
    byPos.set(`${x},${y}`, c)
    // Cells without a number sit below the scale (-1) and take the out-of-range grey.
    if (c.value === null) return { value: [x, y, -1], label: { color: NEUTRAL.muted } }
    return { value: [x, y, Math.min(c.value, max)] }
  })
  return {
    ...frameOption(frame, heatmapTable(input, frame.locale)),
    grid: { top: GRID_TOP - 12, left: 8, right: 16, bottom: 56, containLabel: true },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (params: unknown) => {
        const v = heatValue(params)
        if (!v) return ''
        const cell = byPos.get(`${v[0]},${v[1]}`)
        if (!cell) return ''
        return (
          tipTitle(`${cell.agency} · ${cell.year}`) +
          tipLine(HEAT_RAMP[3] ?? NEUTRAL.text, input.measure, cell.text) +
          (cell.detail ? tipLine(NEUTRAL.axis, '', cell.detail) : '')
        )
      },
    },
    xAxis: {
      type: 'category',
      data: years.map(String),
      position: 'top',
      splitArea: { show: true },
      axisLine: AXIS_STYLE.axisLine,
      axisLabel: AXIS_STYLE.axisLabel,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: agencies,
      splitArea: { show: true },
      axisLine: AXIS_STYLE.axisLine,
      axisLabel: { color: NEUTRAL.muted, formatter: (v: string) => shorten(v, 12) },
    },
    visualMap: {
      ...rampScale(max, input.max === 1 ? '100%' : `${clipped ? '≥' : ''}${Math.round(max)}`),
      outOfRange: { color: NEUTRAL.surface },
    },
    series: [
      {
        type: 'heatmap',
        name: input.measure,
        data,
        label: {
          show: agencies.length * years.length <= 400,
          fontSize: 11,
          formatter: (p: unknown) => {
            const v = heatValue(p)
            return (v && byPos.get(`${v[0]},${v[1]}`)?.text) ?? ''
          },
        },
        emphasis: { itemStyle: { borderColor: NEUTRAL.text, borderWidth: 1 } },
      },
    ],
  }
}
