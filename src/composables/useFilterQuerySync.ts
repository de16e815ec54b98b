/**
 * Keeps the filter store and the URL query in step, both ways: opening a link sets the filters,
 * changing a filter rewrites the query (replace, so the back button is not flooded).
 */
import { watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useFiltersStore } from '@/stores/filters'

/** Compares queries as lists of strings: `a=x` and `a=[x]` are the same query. */
function normalized(q: Record<string, unknown>): string {
  const keys = Object.keys(q).sort()
  return JSON.stringify(
    keys.map((k) => {
      const v = q[k]
      const values = (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined && x !== null)
      return [k, values.map(String)]
    }),
  )
}

function sameQuery(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return normalized(a) === normalized(b)
}

export function useFilterQuerySync(): void {
  const route = useRoute()
  const router = useRouter()
  const filters = useFiltersStore()

  watch(
    () => route.query,
    (query) => {
      const current = filters.toQuery()
      const incoming = Object.fromEntries(
        Object.entries(query).filter(([k]) => ['year', 'agency', 'region', 'edition'].includes(k)),
      )
      if (!sameQuery(current, incoming)) filters.fromQuery(query)
    },
    { immediate: true },
  )

  watch(
    () => filters.toQuery(),
    (query) => {
      const other = Object.fromEntries(
        Object.entries(route.query).filter(
          ([k]) => !['year', 'agency', 'region', 'edition'].includes(k),
        ),
      )
      const next = { ...other, ...query }
      if (!sameQuery(next, route.query)) void router.replace({ query: next })
    },
    { deep: true },
  )
}
