/**
 * The words around a figure, in the page's language: why it shows —, the rate definition (口径)
 * in use with the rate's parts, and values as a reader expects them. Every rate tooltip of the
 * comparison table, the profile and the briefings says its definition through this.
 */
import { useI18n } from '@/i18n'
import type { Absence } from '@/analysis/absence'
import { isReliable, type Rate } from '@/analysis/rates'
import { formatNumber, formatPercent } from '@/format/number'
import { useSettingsStore } from '@/stores/settings'

export type RateKind = 'disclosure' | 'correction'

export function useFigureWords() {
  const { t, locale } = useI18n()
  const settings = useSettingsStore()

  function table(t3or4: 'requests' | 'appeals'): string {
    return t(t3or4 === 'requests' ? 'coverage.table3' : 'coverage.table4')
  }

  /** Why a figure shows —. */
  function absence(a: Absence): string {
    switch (a.kind) {
      case 'noReport':
        return t('figures.noReport', { year: a.year })
      case 'unread':
        return t('figures.unread', {
          table: table(a.table),
          where: a.where ? `（${a.where}）` : '',
          reason: a.reason,
        })
      case 'noTable':
        return t('figures.noTable', { table: table(a.table) })
      case 'notGiven':
        return t('figures.notGiven', { table: table(a.table) })
      case 'tooFew':
        return t('figures.tooFew', { cases: a.cases, min: a.minCases })
      case 'noCases':
        return t('figures.noCases')
    }
  }

  /** 公开率 =（予以公开 + 部分公开）÷ 办结 — the definition in use. */
  function formula(kind: RateKind): string {
    const d = settings.definitions
    return kind === 'disclosure'
      ? `${t('definition.disclosure')} = ${t(`definition.${d.disclosure}`)}`
      : `${t('definition.correction')} = ${t(`definition.${d.correction}`)}`
  }

  /** The definition, and the rate's parts where it has them: 45 ÷ 60 = 75.0%. */
  function rateTitle(kind: RateKind, rate?: Rate): string {
    if (!rate || rate.n === 0) return formula(kind)
    const parts = `${formatNumber(rate.numerator, locale.value)} ÷ ${formatNumber(rate.denominator, locale.value)}`
    // Below the minimum the parts are told, not the rate they would make.
    const value = isReliable(rate, settings.minCases)
      ? ` = ${formatPercent(rate.value, locale.value)}`
      : ''
    return `${formula(kind)}：${parts}${value}`
  }

  /** A rate's parts alone, 663 ÷ 1,216 (the definition said elsewhere, as on a printed page). */
  function parts(rate: Rate): string {
    if (rate.n === 0) return ''
    const text = `${formatNumber(rate.numerator, locale.value)} ÷ ${formatNumber(rate.denominator, locale.value)}`
    return isReliable(rate, settings.minCases)
      ? text
      : `${text}；${t('kpi.tooFew', { n: settings.minCases })}`
  }

  function value(v: number | null, kind: 'count' | 'rate'): string {
    return kind === 'rate' ? formatPercent(v, locale.value) : formatNumber(v, locale.value)
  }

  return { absence, formula, rateTitle, parts, value, locale, t }
}
