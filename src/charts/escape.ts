/**
 * ECharts renders tooltips as HTML: anything that came from a file (agency names above all) is
 * escaped before it goes into a tooltip string.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** Long labels shorten on axes; the tooltip shows them in full. */
export function shorten(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** A coloured dot for a tooltip line; the colour comes from the theme, never from data. */
export function marker(color: string): string {
  return `<span style="display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;background:${escapeHtml(color)}"></span>`
}

/** One tooltip line "● name  value", name escaped. */
export function tipLine(color: string, name: string, value: string): string {
  return `<div style="display:flex;justify-content:space-between;gap:16px"><span>${marker(color)}${escapeHtml(name)}</span><b style="font-variant-numeric:tabular-nums">${escapeHtml(value)}</b></div>`
}

export function tipTitle(text: string): string {
  return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(text)}</div>`
}

interface TipParam {
  dataIndex?: number
  seriesIndex?: number
  value?: unknown
  name?: string
}

/** ECharts passes one param or a list (axis trigger); reduce it to the first data index. */
export function firstDataIndex(params: unknown): number {
  const first = (Array.isArray(params) ? params[0] : params) as TipParam | undefined
  return typeof first?.dataIndex === 'number' ? first.dataIndex : -1
}

/** The [x, y, value] triple a heatmap cell was given. */
export function heatValue(params: unknown): [number, number, number] | null {
  const p = (Array.isArray(params) ? params[0] : params) as TipParam | undefined
  const v = p?.value
  if (Array.isArray(v) && v.length >= 3) return [Number(v[0]), Number(v[1]), Number(v[2])]
  return null
}
