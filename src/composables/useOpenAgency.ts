/**
 * A click on an agency's bar in a ranking chart opens its profile (机构档案). The chart gives the
 * category it was drawn with — the full agency name — and only a name of an agency held opens.
 */
import { useRouter } from 'vue-router'
import { useAnalysisStore } from '@/stores/analysis'
import { useFiltersStore } from '@/stores/filters'

export function useOpenAgency(): (params: unknown) => void {
  const router = useRouter()
  const analysis = useAnalysisStore()
  const filters = useFiltersStore()
  return (params) => {
    const name = (params as { name?: unknown } | null)?.name
    if (typeof name !== 'string' || !analysis.facets.agencies.includes(name)) return
    void router.push({ name: 'agency', params: { agency: name }, query: filters.toQuery() })
  }
}
