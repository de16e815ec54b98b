import type { Edition } from '@/domain/catalog'
import type { Report } from '@/domain/report'

/** What the shared filter bar selects. An empty list means "all". */
export interface ReportFilter {
  years: number[]
  agencies: string[]
  regions: string[]
  edition: Edition | null
}

export function emptyFilter(): ReportFilter {
  return { years: [], agencies: [], regions: [], edition: null }
}

/** Reports without a region are grouped under this name in facets and filters. */
export const NO_REGION = '未注明区域'

export function regionOf(report: Pick<Report, 'region'>): string {
  return report.region?.trim() || NO_REGION
}

export function matchesFilter(report: Report, filter: ReportFilter): boolean {
  if (filter.years.length > 0 && !filter.years.includes(report.year)) return false
  if (filter.agencies.length > 0 && !filter.agencies.includes(report.agency)) return false
  if (filter.regions.length > 0 && !filter.regions.includes(regionOf(report))) return false
  if (filter.edition !== null && report.edition !== filter.edition) return false
  return true
}

/**
 * matchesFilter(·, filter) as one function made for this filter: lists become sets, and what the
 * filter leaves open is not tested at all (no filter: every report passes at once).
 */
export function filterPredicate(filter: ReportFilter): (report: Report) => boolean {
  const years = filter.years.length > 0 ? new Set(filter.years) : null
  const agencies = filter.agencies.length > 0 ? new Set(filter.agencies) : null
  const regions = filter.regions.length > 0 ? new Set(filter.regions) : null
  const edition = filter.edition
  if (!years && !agencies && !regions && edition === null) return () => true
  return (r) =>
    (years === null || years.has(r.year)) &&
    (agencies === null || agencies.has(r.agency)) &&
    (regions === null || regions.has(regionOf(r))) &&
    (edition === null || r.edition === edition)
}

/** A key equal for equal filters (lists in any order): for caching results per filter. */
export function filterKey(filter: ReportFilter): string {
  const sorted = (xs: readonly (string | number)[]) => [...xs].map(String).sort()
  return JSON.stringify([
    sorted(filter.years),
    sorted(filter.agencies),
    sorted(filter.regions),
    filter.edition,
  ])
}

export function filterReports(reports: readonly Report[], filter: ReportFilter): Report[] {
  return reports.filter(filterPredicate(filter))
}

export interface RegionFacet {
  region: string
  agencies: string[]
}

export interface Facets {
  years: number[]
  agencies: string[]
  regions: RegionFacet[]
}

const zhCollator = new Intl.Collator('zh-CN')

/** The values the filter bar offers, from every report held (not only the filtered ones). */
export function facetsOf(reports: readonly Report[]): Facets {
  const years = new Set<number>()
  const byRegion = new Map<string, Set<string>>()
  for (const r of reports) {
    years.add(r.year)
    const region = regionOf(r)
    const set = byRegion.get(region) ?? new Set<string>()
    set.add(r.agency)
    byRegion.set(region, set)
  }
  const regions = [...byRegion.entries()]
    .map(([region, set]) => ({ region, agencies: [...set].sort(zhCollator.compare) }))
    .sort((a, b) => zhCollator.compare(a.region, b.region))
  const agencies = [...new Set(regions.flatMap((r) => r.agencies))].sort(zhCollator.compare)
  return { years: [...years].sort((a, b) => a - b), agencies, regions }
}
