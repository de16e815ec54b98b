/**
 * Everything the views show, derived once from the reports and the filter: each view reads these
 * computed values, so a filter change or an import updates every view at once and nothing is
 * computed twice.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { facetsOf, filterKey, filterPredicate } from '@/analysis/filter'
import { summarize, type Summary } from '@/analysis/figures'
import { reportKey, type Report } from '@/domain/report'
import { disclosureRate, reviewCorrectionRate } from '@/analysis/rates'
import { recentResults } from '@/lib/memo'
import { useFiltersStore } from './filters'
import { useFindingsStore } from './findings'
import { useReportsStore } from './reports'
import { useSettingsStore } from './settings'

/** Filters whose results are kept: going back to a recent filter redraws without recounting. */
const REMEMBERED_FILTERS = 8

export const useAnalysisStore = defineStore('analysis', () => {
  const reports = useReportsStore()
  const filters = useFiltersStore()
  const settings = useSettingsStore()
  // The summaries of the last few filters, for the reports held now.
  const summaryOf = recentResults(
    REMEMBERED_FILTERS,
    filterKey,
    (list: readonly Report[], filter) => summarize(list, filterPredicate(filter)),
  )

  const facets = computed(() => facetsOf(reports.reports))

  /** The filtered reports with their totals, per agency and per year: one pass over reports. */
  const summary = computed<Summary>(() => summaryOf(reports.reports, filters.filter))
  const filtered = computed(() => summary.value.reports)
  const totals = computed(() => summary.value.totals)
  const byAgency = computed(() => summary.value.byAgency)
  const byYear = computed(() => summary.value.byYear)
  const agencies = computed(() => byAgency.value.map((g) => g.key))
  const years = computed(() => byYear.value.map((g) => g.key))
  const disclosure = computed(() => disclosureRate(totals.value, settings.definitions.disclosure))
  const reviewCorrection = computed(() =>
    reviewCorrectionRate(totals.value, settings.definitions.correction),
  )

  /**
   * Findings about what is in view: an agency shown and a year the filter allows. Matched by
   * agency and year rather than by report, because MISSING names a year that has no report.
   */
  const findingsInView = computed(() => {
    const findings = useFindingsStore()
    const shown = new Set(agencies.value)
    const years = filters.filter.years
    const allowed = years.length === 0 ? null : new Set(years)
    return findings.all.filter(
      (f) => shown.has(f.agency) && (allowed === null || allowed.has(f.year)),
    )
  })
  /**
   * The filter without its years: 机构对比 and 机构档案 compare a year with the one before, which
   * the filter's years may leave out.
   */
  const scopeAllYears = computed(() =>
    filters.filter.years.length === 0
      ? filtered.value
      : summaryOf(reports.reports, { ...filters.filter, years: [] }).reports,
  )

  /** Open (unjudged) findings per report key, MISSING years included, over all findings. */
  const openByReport = computed(() => {
    const findings = useFindingsStore()
    const judged = findings.judgements
    const out = new Map<string, number>()
    for (const f of findings.all) {
      if (judged[f.key] !== undefined) continue
      const key = reportKey(f)
      out.set(key, (out.get(key) ?? 0) + 1)
    }
    return out
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
    scopeAllYears,
    openByReport,
  }
})
