/**
 * Numbers as a reader expects them: thousands separators for the locale, rates as percentages
 * with one decimal, and "—" where a rate rests on too few cases to mean anything.
 */
import { isReliable, type Rate } from '@/analysis/rates'

const cache = new Map<string, Intl.NumberFormat>()

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, options)
    cache.set(key, f)
  }
  return f
}

export const DASH = '—'

export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return DASH
  return formatter(locale, { maximumFractionDigits: 4 }).format(value)
}

/** A ratio (0.586) as a percentage with one decimal (58.6%). */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH
  return formatter(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value)
}

/** A rate, or "—" below the minimum number of cases (the caller explains why in a tooltip). */
export function formatRate(rate: Rate, minCases: number, locale: string): string {
  return isReliable(rate, minCases) ? formatPercent(rate.value, locale) : DASH
}

/** A signed difference: +12, −3, 0. */
export function formatSigned(value: number | null, locale: string): string {
  if (value === null) return DASH
  const text = formatNumber(Math.abs(value), locale)
  if (value > 0) return `+${text}`
  if (value < 0) return `−${text}`
  return text
}

/** A signed relative change: +12.5%, −3.0%. */
export function formatSignedPercent(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return DASH
  const text = formatPercent(Math.abs(value), locale)
  if (value > 0) return `+${text}`
  if (value < 0) return `−${text}`
  return text
}
