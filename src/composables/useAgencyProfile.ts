/**
 * One agency's profile for 机构档案 and its printed briefing: its years and figures (the pure
 * builder), its findings, the KPIs that say explicitly what they add up ("7 年合计") or which
 * year they are, and the subtitle its charts carry instead of the filter bar's.
 */
import { computed, provide, type Ref } from 'vue'
import { applicantValues, applicantsByYear } from '@/analysis/applicants'
import { agencyProfile, profileRow } from '@/analysis/profile'
import { isReliable } from '@/analysis/rates'
import { APPEAL_BLOCK_COLORS, OUTCOME_COLORS, RECEIVED_COLOR } from '@/charts/theme'
import type { YoySeries } from '@/charts/yoyDeltas'
import { useFigureWords } from '@/composables/useFigureWords'
import { CHART_SCOPE } from '@/composables/useChartFrame'
import { formatNumber, formatRate } from '@/format/number'
import { deltaText } from '@/format/delta'
import { useFindingsStore } from '@/stores/findings'
import { useReportsStore } from '@/stores/reports'
import { useSettingsStore } from '@/stores/settings'

/** 办结 has no colour of its own in the theme: a neutral slate, apart from 本年新收's blue. */
const HANDLED_COLOR = '#33475b'

export interface ProfileKpi {
  label: string
  value: string
  /** The tooltip on screen. */
  hint?: string
  /** What a printed page says under the value instead (the 口径 is printed once, at the foot). */
  note?: string
  tone?: string
}

export function useAgencyProfile(agency: Ref<string>) {
  const reports = useReportsStore()
  const findings = useFindingsStore()
  const settings = useSettingsStore()
  const { t, locale, rateTitle, parts } = useFigureWords()

  const own = computed(() => reports.reports.filter((r) => r.agency === agency.value))
  const profile = computed(() =>
    agencyProfile(own.value, agency.value, {
      definitions: settings.definitions,
      minCases: settings.minCases,
    }),
  )
  const agencyFindings = computed(() => findings.all.filter((f) => f.agency === agency.value))
  const openFindings = computed(
    () => agencyFindings.value.filter((f) => findings.judgements[f.key] === undefined).length,
  )
  const span = computed(() => {
    const y = profile.value?.years ?? []
    const first = y[0]
    const last = y[y.length - 1]
    if (first === undefined || last === undefined) return ''
    return first === last ? String(first) : `${first}–${last}`
  })
  const scope = computed(() => (span.value ? `${agency.value} · ${span.value}` : agency.value))
  provide(CHART_SCOPE, scope)

  const applicants = computed(() =>
    applicantsByYear(own.value).map((y) => ({ year: y.year, counts: applicantValues(y.counts) })),
  )
  const shares = computed(() =>
    (profile.value?.byYear ?? []).map((g) => ({
      label: String(g.key),
      distribution: g.figures.distribution,
    })),
  )

  const yoy = computed<YoySeries[]>(() => {
    const p = profile.value
    if (!p) return []
    const series: [string, string, string][] = [
      ['requests.newReceived.total', t('agencyTable.fig.received'), RECEIVED_COLOR],
      ['requests.total.total', t('agencyTable.fig.handled'), HANDLED_COLOR],
      ['outcome.granted', t('agencyTable.fig.granted'), OUTCOME_COLORS.granted],
      ['appeals.review.total', t('agencyTable.fig.review'), APPEAL_BLOCK_COLORS.review],
    ]
    return series.map(([key, label, color]) => ({
      label,
      color,
      cells: profileRow(p, key)?.cells ?? [],
    }))
  })

  const kpis = computed<ProfileKpi[]>(() => {
    const p = profile.value
    if (!p) return []
    const n = p.years.length
    const latest = p.years[n - 1] ?? 0
    const num = (v: number | null) => formatNumber(v, locale.value)
    const sum = (key: string, figure: string): ProfileKpi => {
      const row = profileRow(p, key)
      const given = row?.total.n ?? 0
      return {
        label: t('profile.kpiSum', { figure, n }),
        value: num(row?.total.value ?? null),
        hint: t('profile.givenYears', { n: given, of: n }),
        note: given < n ? t('profile.overYears', { n: given }) : '',
      }
    }
    const received = profileRow(p, 'requests.newReceived.total')?.cells[n - 1]
    const rate = profileRow(p, 'rate.disclosure')?.cells[n - 1]
    return [
      { label: t('profile.kpiReports'), value: num(n), hint: span.value },
      sum('requests.newReceived.total', t('agencyTable.fig.received')),
      {
        label: t('profile.kpiYear', { figure: t('agencyTable.fig.received'), year: latest }),
        value: num(received?.value ?? null),
        hint: received
          ? deltaText(received.diff, received.change, 'count', locale.value) ||
            t('figures.noPreviousYear')
          : undefined,
      },
      {
        label: t('profile.kpiYear', { figure: t('agencyTable.fig.disclosure'), year: latest }),
        value: rate?.rate ? formatRate(rate.rate, settings.minCases, locale.value) : '—',
        hint:
          rateTitle('disclosure', rate?.rate) +
          (rate?.rate && !isReliable(rate.rate, settings.minCases)
            ? `；${t('kpi.tooFew', { n: settings.minCases })}`
            : ''),
        note: rate?.rate ? parts(rate.rate) : '',
        tone: OUTCOME_COLORS.granted,
      },
      sum('appeals.review.total', t('agencyTable.fig.review')),
      { label: t('kpi.openFindings'), value: num(openFindings.value) },
    ]
  })

  return { own, profile, agencyFindings, openFindings, span, scope, applicants, shares, yoy, kpis }
}
