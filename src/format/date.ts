/**
 * Dates as a Chinese reader writes them, the same in every locale and browser: 2026-12-06 and
 * 2026-12-06 14:03 (24-hour). toLocaleString would give "12/6/2026, 2:03 PM" in an English
 * browser, and such a stamp ends up in file names and printed pages.
 */
const p = (n: number) => String(n).padStart(2, '0')

/** YYYY-MM-DD in the reader's time zone. */
export function isoDate(ms: number): string {
  const d = new Date(ms)
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** YYYY-MM-DD HH:mm, 24-hour, in the reader's time zone. */
export function dateTime24(ms: number): string {
  const d = new Date(ms)
  return `${isoDate(ms)} ${p(d.getHours())}:${p(d.getMinutes())}`
}
