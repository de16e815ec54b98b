/**
 * Small multiples for the comparison view: one little chart per agency over the same years. Each
 * has its own y scale by default — on a scale shared with a large agency every small one is a
 * flat line at the bottom — and the shared scale is a choice, said in the title. Each point is
 * labelled with the value the comparison table shows.
 */
import type { EChartsOption } from 'echarts'
import { formatNumber, formatPercent } from '@/format/number'
import { escapeHtml, firstDataIndex, shorten, tipLine, tipTitle } from './escape'
import { TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import type { ChartTable } from './table'
import { NEUTRAL, SERIES_PALETTE } from './theme'
import { chartWords } from './words'

export interface MultipleSeries {
  agency: string
  /** The agency as its little chart is titled (a short name); the tooltip gives `agency`. */
  label?: string
  /** One value per year of `years`; null where the agency has no report (or too few cases). */
  values: (number | null)[]
}

export interface MultiplesInput {
  years: number[]
  series: readonly MultipleSeries[]
  measure: string
  /** Values are ratios shown as percentages. */
  percent?: boolean
  columns?: number
  /** One y scale for all (`shared`) or each its own (the default). */
  scale?: 'own' | 'shared'
  /** Labels every point with its value (default: when there are few enough points to read). */
  values?: boolean
  /** Said in a little chart that has no value at all (why, e.g. too few cases every year). */
  emptyNote?: string
}

const CELL_HEIGHT = 150
/** Above the first row of little charts: room for their titles. */
const TOP = 4

/** The round number at or above `x` (1, 2, 5 × a power of ten), so a shared axis ends cleanly. */
export function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(x, 1)))
  for (const step of [1, 2, 5, 10]) if (step * power >= x) return step * power
  return 10 * power
}

export function multiplesHeight(count: number, columns = 3): number {
  return TOP + Math.ceil(Math.max(1, count) / columns) * CELL_HEIGHT + 8
}

/** An agency per row, a year per column, as the little charts show them (— where none). */
export function smallMultiplesTable(input: MultiplesInput, locale: string): ChartTable {
  const kind = input.percent ? 'percent' : 'count'
  return {
    columns: [
      { label: chartWords(locale).agency, kind: 'text' },
      ...input.years.map((y) => ({ label: String(y), kind }) as const),
    ],
    rows: input.series.map((s) => [s.agency, ...input.years.map((_, i) => s.values[i] ?? null)]),
    rates: input.percent === true,
  }
}

export function buildSmallMultiplesOption(input: MultiplesInput, frame: ChartFrame): EChartsOption {
  const columns = input.columns ?? 3
  const { years, series } = input
  const shared = input.scale === 'shared'
  const given = (s: MultipleSeries) => s.values.filter((v): v is number => v !== null)
  const sharedMax = niceCeil(Math.max(1, ...series.flatMap(given)))
  /** A shared scale is fixed (100% for rates); an own scale is left to ECharts to fit. */
  const maxOf = (): number | undefined => {
    if (!shared) return undefined
    return input.percent ? 1 : sharedMax
  }
  const showValues = input.values ?? years.length <= 8
  const fmt = (v: number | null) =>
    input.percent ? formatPercent(v, frame.locale) : formatNumber(v, frame.locale)
  const widthPct = 100 / columns
  const cells = series.map((s, i) => {
    const col = i % columns
    const row = Math.floor(i / columns)
    return {
      left: `${col * widthPct + 4}%`,
      width: `${widthPct - 8}%`,
      top: TOP + row * CELL_HEIGHT + 24,
      height: CELL_HEIGHT - 56,
      title: s.label ?? s.agency,
    }
  })
  return {
    ...frameOption(frame, smallMultiplesTable(input, frame.locale)),
    // Each little chart is named by its agency; the agencies differ by their place, not colour.
    title: [
      ...cells.map((c) => ({
        text: shorten(c.title, 18),
        left: c.left,
        top: c.top - 22,
        textStyle: { fontSize: 12, fontWeight: 'normal' as const, color: NEUTRAL.text },
      })),
      // A chart with nothing to draw says why, rather than stand empty.
      ...series.flatMap((s, i) => {
        const c = cells[i]
        if (!c || !input.emptyNote || given(s).length > 0) return []
        return [
          {
            text: input.emptyNote,
            left: c.left,
            top: c.top + c.height / 2 - 8,
            textStyle: { fontSize: 11, fontWeight: 'normal' as const, color: NEUTRAL.muted },
          },
        ]
      }),
    ],
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'axis',
      formatter: (params: unknown) => {
        const p = (Array.isArray(params) ? params[0] : params) as
          { seriesIndex?: number; dataIndex?: number } | undefined
        const s = series[p?.seriesIndex ?? -1]
        const year = years[p?.dataIndex ?? -1]
        if (!s || year === undefined) return ''
        const color = SERIES_PALETTE[(p?.seriesIndex ?? 0) % SERIES_PALETTE.length] ?? NEUTRAL.text
        return (
          tipTitle(`${s.agency} · ${year}`) +
          tipLine(color, input.measure, fmt(s.values[p?.dataIndex ?? -1] ?? null))
        )
      },
    },
    grid: cells.map((c) => ({
      left: c.left,
      width: c.width,
      top: c.top,
      height: c.height,
      containLabel: true,
    })),
    xAxis: cells.map((_, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: years.map(String),
      axisLabel: { color: NEUTRAL.muted, fontSize: 10 },
      axisLine: { lineStyle: { color: NEUTRAL.axis } },
    })),
    yAxis: series.map((_, i) => ({
      type: 'value' as const,
      gridIndex: i,
      min: 0,
      max: maxOf(),
      ...(input.percent ? {} : { minInterval: 1 }),
      splitNumber: 2,
      axisLabel: {
        color: NEUTRAL.muted,
        fontSize: 10,
        formatter: (v: number) => (input.percent ? `${Math.round(v * 100)}%` : String(v)),
      },
      splitLine: { lineStyle: { color: NEUTRAL.grid } },
    })),
    series: series.map((s, i) => ({
      type: 'line' as const,
      name: escapeHtml(s.agency),
      xAxisIndex: i,
      yAxisIndex: i,
      symbolSize: 6,
      connectNulls: false,
      areaStyle: { opacity: 0.12 },
      itemStyle: { color: SERIES_PALETTE[i % SERIES_PALETTE.length] },
      label: {
        show: showValues,
        position: 'top' as const,
        fontSize: 10,
        color: NEUTRAL.text,
        formatter: (p: unknown) => fmt(s.values[firstDataIndex(p)] ?? null),
      },
      data: s.values,
    })),
  }
}
