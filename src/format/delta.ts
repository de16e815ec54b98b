/**
 * A change from the year before as a reader scans it: an arrow for the direction (never a colour
 * alone, and never a verdict — more requests or lawsuits is neither good nor bad), the signed
 * difference, and for counts the relative change. Rates change in percentage points.
 */
import { formatSigned, formatSignedPercent } from './number'

export function deltaText(
  diff: number | null,
  change: number | null,
  kind: 'count' | 'rate',
  locale: string,
): string {
  if (diff === null) return ''
  const arrow = diff > 0 ? '▲ ' : diff < 0 ? '▼ ' : ''
  if (kind === 'rate') return `${arrow}${formatSigned(Math.round(diff * 1000) / 10, locale)} pp`
  const rel = change === null ? '' : ` (${formatSignedPercent(change, locale)})`
  return `${arrow}${formatSigned(diff, locale)}${rel}`
}

/** A rank's move: ↑2 (up two places), ↓1, = (same place); '' without last year's rank. */
export function rankChangeText(change: number | null): string {
  if (change === null) return ''
  if (change > 0) return `↑${change}`
  if (change < 0) return `↓${-change}`
  return '='
}
