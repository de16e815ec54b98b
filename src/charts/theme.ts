/**
 * Every colour of the dashboard, by meaning: charts, tables, legends and CSS read
 * them from here so 予以公开 is the same green everywhere. Hues were picked to stay apart for
 * red-green colour-blind readers (the green leans blue, the red leans orange-free crimson) and
 * in greyscale (lightness steps between neighbours).
 */
import type {
  AppealBlockKey,
  AppealMeasureKey,
  OutcomeGroup,
  RequestRowKey,
} from '@/domain/catalog'
import { APPLICANT_PARTS, REQUEST_ROWS } from '@/domain/catalog'

export const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'

export const OUTCOME_COLORS: Record<OutcomeGroup, string> = {
  granted: '#1a9850',
  partial: '#35b0a8',
  denied: '#c62f3c',
  unavailable: '#f28e2b',
  rejected: '#8c8c8c',
  other: '#7b5ea7',
}

/** 结转 (carried over and carried forward). */
export const CARRY_COLOR = '#6f8499'
export const RECEIVED_COLOR = '#2f6db5'

/** One categorical palette for the six applicant types, in catalog column order (Okabe–Ito). */
export const APPLICANT_COLORS: Record<(typeof APPLICANT_PARTS)[number], string> = {
  natural: '#0072b2',
  commercial: '#e69f00',
  research: '#009e73',
  social: '#cc79a7',
  legal: '#56b4e9',
  other: '#a39a52',
}

export const APPEAL_BLOCK_COLORS: Record<AppealBlockKey, string> = {
  review: '#1d3f7a',
  suitDirect: '#3f7fcf',
  suitAfterReview: '#9cc3f0',
}

export const APPEAL_MEASURE_COLORS: Record<Exclude<AppealMeasureKey, 'total'>, string> = {
  upheld: '#54667a',
  corrected: '#c62f3c',
  other: '#a8a8a8',
  pending: '#dde4ec',
}

export const SEVERITY_COLORS = { error: '#c62f3c', warning: '#d98e04', info: '#2f6db5' } as const
/**
 * The severity colours as text on white: the warning amber is 2.7:1 there, so words take a dark
 * amber (5.9:1); the red and blue pass as they are.
 */
export const SEVERITY_TEXT = { error: '#c62f3c', warning: '#8a5a00', info: '#2f6db5' } as const
/**
 * The outcome colours a figure is written in: the 予以公开 green is 3.7:1 on white, enough for a
 * large number (总览's KPIs) but not for smaller text, which takes a darker green (6.0:1).
 */
export const OUTCOME_TEXT = { granted: '#137333', denied: '#c62f3c' } as const
/** Shapes that go with the severity colours, so colour is never the only signal. */
export const SEVERITY_ICONS = { error: '✖', warning: '▲', info: 'ℹ' } as const

/** Sequential ramp for heatmaps (light to dark blue), readable in greyscale. */
export const HEAT_RAMP = ['#f3f7fc', '#c6dbef', '#6baed6', '#2171b5', '#08306b']

export const NEUTRAL = {
  text: '#1f2933',
  muted: '#5c6b7a',
  axis: '#9aa5b1',
  grid: '#e4e7eb',
  background: '#ffffff',
  surface: '#f5f7fa',
  positive: '#1a9850',
  negative: '#c62f3c',
} as const

/**
 * Words around the charts: a note of what a figure leaves out (dark amber, 6.9:1 on white), links
 * and the keyboard focus ring (a blue of 6.6:1 on white).
 */
export const NOTE_TEXT = '#8a5a00'
export const LINK = '#1f5aa6'

/** Small-multiple palette for agencies compared side by side (colour-blind safe, Tol bright). */
export const SERIES_PALETTE = [
  '#4477aa',
  '#ee6677',
  '#228833',
  '#ccbb44',
  '#66ccee',
  '#aa3377',
  '#bbbbbb',
]

/** An ECharts decal: a pattern drawn over a series' colour (in its legend symbol too). */
export interface Pattern {
  symbol?: string
  symbolSize?: number
  dashArrayX?: number | (number | number[])[]
  dashArrayY?: number | number[]
  rotation?: number
  color?: string
}

const INK = 'rgba(255, 255, 255, 0.7)'
const DARK_INK = 'rgba(31, 41, 51, 0.45)'

/**
 * Patterns that tell series apart where colour alone would (stacked bars, a legend of six): the
 * first series stays plain, the others get stripes, dots and hatching, so the chart also reads in
 * greyscale print and for colour-blind readers. Light fills take dark ink.
 */
const PATTERN_SHAPES: Pattern[] = [
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
  { symbol: 'circle', symbolSize: 0.8, dashArrayX: [[6, 6]], dashArrayY: [6, 0] },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4 },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0 },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 2 },
]

export function patternAt(index: number, lightFill = false): Pattern | undefined {
  if (index <= 0) return undefined
  const shape = PATTERN_SHAPES[(index - 1) % PATTERN_SHAPES.length]
  return shape ? { ...shape, color: lightFill ? DARK_INK : INK } : undefined
}

function mix(hex: string, toward: string, amount: number): string {
  const parse = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
  const a = parse(hex)
  const b = parse(toward)
  const out = a.map((v, i) => Math.round(v + ((b[i] ?? v) - v) * amount))
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`
}

/**
 * A sub-reason's colour: a shade of its group's colour, darkest for the first reason, so the
 * eight 不予公开 reasons read as one red family.
 */
export function rowColor(row: RequestRowKey): string {
  const spec = REQUEST_ROWS.find((r) => r.key === row)
  if (!spec) return NEUTRAL.axis
  const group = spec.group
  if (group === 'intake') return row === 'carriedOver' ? CARRY_COLOR : RECEIVED_COLOR
  if (group === 'forward') return CARRY_COLOR
  if (group === 'total') return NEUTRAL.text
  const siblings = REQUEST_ROWS.filter((r) => r.group === group && r.key !== 'other')
  const index = Math.max(
    0,
    siblings.findIndex((r) => r.key === row),
  )
  const base = OUTCOME_COLORS[group]
  if (siblings.length <= 1) return base
  // From slightly darker than the base to a light tint; never white.
  const t = index / (siblings.length - 1)
  return t < 0.25 ? mix(base, '#000000', 0.25 - t) : mix(base, '#ffffff', (t - 0.25) * 0.75)
}

/** CSS custom properties for tables and badges, set once on the app root. */
export function themeCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {
    '--font-family': FONT_FAMILY,
    '--c-text': NEUTRAL.text,
    '--c-muted': NEUTRAL.muted,
    '--c-grid': NEUTRAL.grid,
    '--c-surface': NEUTRAL.surface,
    '--c-positive': NEUTRAL.positive,
    '--c-negative': NEUTRAL.negative,
    '--c-carry': CARRY_COLOR,
    '--c-note': NOTE_TEXT,
    '--c-link': LINK,
    '--c-focus': LINK,
  }
  for (const [k, v] of Object.entries(OUTCOME_COLORS)) vars[`--c-${k}`] = v
  for (const [k, v] of Object.entries(SEVERITY_COLORS)) vars[`--c-${k}`] = v
  for (const [k, v] of Object.entries(SEVERITY_TEXT)) vars[`--c-${k}-text`] = v
  return vars
}
