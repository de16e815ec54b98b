/**
 * Everything the views show, derived once from the reports and the filter: each view reads these
 * computed values, so a filter change or an import updates every view at once and nothing is
 * computed twice.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { facetsOf, filterReports } from '@/analysis/filter'
import { figuresByAgency, figuresByYear, sumFigures } from '@/analysis/figures'
import { correctionRate, disclosureRate } from '@/analysis/rates'
import { useFiltersStore } from './filters'
import { useFindingsStore } from './findings'
import { useReportsStore } from './reports'

export const useAnalysisStore = defineStore('analysis', () => {
  const reports = useReportsStore()
  const filters = useFiltersStore()

  const facets = computed(() => facetsOf(reports.reports))
  const filtered = computed(() => filterReports(reports.reports, filters.filter))
  const totals = computed(() => sumFigures(filtered.value))
  const byAgency = computed(() => figuresByAgency(filtered.value))
  const byYear = computed(() => figuresByYear(filtered.value))
  const agencies = computed(() => byAgency.value.map((g) => g.key))
  const years = computed(() => byYear.value.map((g) => g.key))
  const disclosure = computed(() => disclosureRate(totals.value))
  const reviewCorrection = computed(() => correctionRate(totals.value.review))

  /**
   * Findings about what is in view: an agency shown and a year the filter allows. Matched by
   * agency and year rather than by report, because MISSING names a year that has no report.
   */
  const findingsInView = computed(() => {
    const findings = useFindingsStore()
    const shown = new Set(agencies.value)
    const years = filters.filter.years
    return findings.all.filter(
      (f) => shown.has(f.agency) && (years.length === 0 || years.includes(f.year)),
    )
  })
  const openFindingsInView = computed(() => {
    const judged = useFindingsStore().judgements
    return findingsInView.value.filter((f) => judged[f.key] === undefined)
  })

  return {
    facets,
    filtered,
    totals,
    byAgency,
    byYear,
    agencies,
    years,
    disclosure,
    reviewCorrection,
    findingsInView,
    openFindingsInView,
  }
})
