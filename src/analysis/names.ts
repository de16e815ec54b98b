/**
 * Agency names as a person reads them in a list grouped by region: under 平潭综合实验区 the
 * bureau 平潭综合实验区公安局 reads 公安局, and the full name stays in its tooltip. A name is only
 * shortened where the short form still tells it apart from every other name shown with it, and a
 * name cut to fit a chart is never cut at the characters that tell two names apart.
 */
import { NO_REGION } from './filter'

/** Words a higher level of government ends in, when it stands before the region: 淮安市洪泽区. */
const HIGHER_LEVEL = /(省|市|自治区|自治州|州|盟|地区)$/
/** Separators left at the start of a name once its region is taken off. */
const LEADING_SEPARATORS = /^[\s·•・\-—–_/|:：、，,]+/
/** What a region's own government is called once the region is taken off its name. */
const GOVERNMENT = new Set(['', '人民政府', '政府', '管委会', '管理委员会'])

/**
 * The part of `agency` that names its region: the region itself (平潭综合实验区公安局), or the
 * region after a higher level (淮安市洪泽区人民政府 under 洪泽区). null when the name does not
 * start that way.
 */
export function regionPrefix(agency: string, region: string): string | null {
  if (!region || region === NO_REGION) return null
  if (agency.startsWith(region)) return region
  const at = agency.indexOf(region)
  if (at > 0 && HIGHER_LEVEL.test(agency.slice(0, at))) return agency.slice(0, at + region.length)
  return null
}

export interface ShortName {
  full: string
  /** The name under its region's heading; the full name where shortening would not be safe. */
  short: string
  region: string
  /** The region's own government (平潭综合实验区, 洪泽区人民政府): the row others fold under. */
  head: boolean
}

/** The name without its region, or the full name where nothing is left to read on its own. */
function strip(agency: string, region: string): { short: string; head: boolean } {
  const prefix = regionPrefix(agency, region)
  if (prefix === null) return { short: agency, head: false }
  const rest = agency.slice(prefix.length).replace(LEADING_SEPARATORS, '')
  const head = GOVERNMENT.has(rest)
  // A single character (局, 委) says nothing without its region: keep the full name.
  if (head || [...rest].length < 2) return { short: agency, head }
  return { short: rest, head }
}

/**
 * Short names for agencies shown under their region. Two agencies of one region whose short
 * names would be the same (淮安市洪泽区公安局 and 洪泽区公安局) both keep their full names.
 */
export function shortNames(
  list: readonly { agency: string; region: string }[],
): Map<string, ShortName> {
  const out = new Map<string, ShortName>()
  const seen = new Map<string, string[]>()
  for (const { agency, region } of list) {
    if (out.has(agency)) continue
    const { short, head } = strip(agency, region)
    out.set(agency, { full: agency, short, region, head })
    const key = `${region}\u0000${short}`
    seen.set(key, [...(seen.get(key) ?? []), agency])
  }
  for (const agencies of seen.values()) {
    if (agencies.length < 2) continue
    for (const a of agencies) {
      const n = out.get(a)
      if (n) n.short = a
    }
  }
  return out
}

function cut(chars: readonly string[], length: number): string {
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length - 1).join('')}…`
}

/**
 * Each name cut to at most `max` characters (with …), except where two cut names would read the
 * same: those are lengthened together until they differ (青禾区城南街道… and 青禾区城北街道…),
 * up to their full names. Returned in the order given.
 */
export function truncateDistinct(names: readonly string[], max: number): string[] {
  const chars = names.map((n) => [...n])
  const lengths = chars.map(() => Math.max(2, max))
  for (;;) {
    const shown = chars.map((c, i) => cut(c, lengths[i] as number))
    const byText = new Map<string, number[]>()
    shown.forEach((s, i) => byText.set(s, [...(byText.get(s) ?? []), i]))
    let grew = false
    for (const [, at] of byText) {
      if (at.length < 2) continue
      // Names that are the same in full cannot be told apart by length: leave them.
      if (new Set(at.map((i) => names[i])).size < 2) continue
      for (const i of at) {
        const c = chars[i] as string[]
        if ((lengths[i] as number) < c.length) {
          lengths[i] = (lengths[i] as number) + 1
          grew = true
        }
      }
    }
    if (!grew) return shown
  }
}
