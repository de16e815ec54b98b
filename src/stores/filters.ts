/**
 * The shared filter bar's selection. It knows nothing of the router: useFilterQuerySync() keeps it
 * and the URL query in step, so a copied link reproduces the view.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { Edition } from '@/domain/catalog'
import type { ReportFilter } from '@/analysis/filter'

/** Query values as a list. Years are also accepted comma-joined; names never are split. */
function list(value: LocationQuery[string] | undefined, splitCommas = false): string[] {
  if (value === undefined || value === null) return []
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) =>
    splitCommas ? (v ?? '').split(',') : [v ?? ''],
  )
  return parts.map((s) => s.trim()).filter((s) => s !== '')
}

export const useFiltersStore = defineStore('filters', () => {
  const years = ref<number[]>([])
  const agencies = ref<string[]>([])
  const regions = ref<string[]>([])
  const edition = ref<Edition | null>(null)

  const filter = computed<ReportFilter>(() => ({
    years: years.value,
    agencies: agencies.value,
    regions: regions.value,
    edition: edition.value,
  }))
  const isActive = computed(
    () =>
      years.value.length + agencies.value.length + regions.value.length > 0 ||
      edition.value !== null,
  )

  function reset(): void {
    years.value = []
    agencies.value = []
    regions.value = []
    edition.value = null
  }

  function fromQuery(query: LocationQuery): void {
    years.value = list(query.year, true)
      .map(Number)
      .filter((y) => Number.isInteger(y))
      .sort((a, b) => a - b)
    agencies.value = list(query.agency)
    regions.value = list(query.region)
    const e = list(query.edition)[0]
    edition.value = e === '2019' || e === '2021' ? e : null
  }

  /** Query parameters for the current filter; empty ones are left out. */
  function toQuery(): LocationQueryRaw {
    const q: LocationQueryRaw = {}
    if (years.value.length) q.year = years.value.join(',')
    if (agencies.value.length) q.agency = agencies.value
    if (regions.value.length) q.region = regions.value
    if (edition.value) q.edition = edition.value
    return q
  }

  return { years, agencies, regions, edition, filter, isActive, reset, fromQuery, toQuery }
})
