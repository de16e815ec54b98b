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
  }
})
