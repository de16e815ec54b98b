/**
 * Chart titles say what and for which filter: this turns the current filter into the subtitle
 * every chart of a view carries, and builds the frame the option builders take.
 */
import { computed, inject, type InjectionKey, type Ref } from 'vue'
import { useI18n } from '@/i18n'
import type { ChartFrame } from '@/charts/frame'
import type { Lack } from '@/analysis/coverage'
import { useFiltersStore } from '@/stores/filters'
import { useSettingsStore } from '@/stores/settings'

function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return ''
  const sorted = [...years].sort((a, b) => a - b)
  const first = sorted[0] ?? 0
  const last = sorted[sorted.length - 1] ?? 0
  const contiguous = last - first + 1 === sorted.length
  return contiguous && sorted.length > 2 ? `${first}–${last}` : sorted.join('、')
}

function names(list: readonly string[], all: string): string {
  if (list.length === 0) return all
  if (list.length <= 2) return list.join('、')
  return `${list.slice(0, 2).join('、')} 等 ${list.length} 个`
}

/**
 * Provided (true) by a printed briefing: every chart drawn inside it is built for paper, without
 * the toolbox and without animation (see ChartFrame.print).
 */
export const CHART_PRINT: InjectionKey<boolean> = Symbol('chart-print')

/**
 * Provided by a view about something other than the filter bar's selection (one agency's profile
 * and its briefing): the subtitle every chart in it carries instead of the filter's.
 */
export const CHART_SCOPE: InjectionKey<Ref<string>> = Symbol('chart-scope')

export function useChartFrame() {
  const { t, locale } = useI18n()
  const print = inject(CHART_PRINT, false)
  const scope = inject(CHART_SCOPE, null)
  const filters = useFiltersStore()
  const settings = useSettingsStore()

  const subtitle = computed(() => {
    if (scope) return scope.value
    const f = filters.filter
    return [
      yearSpan(f.years) || t('filter.allYears'),
      names(f.regions, t('filter.allRegions')),
      names(f.agencies, t('filter.allAgencies')),
      f.edition ? t(f.edition === '2019' ? 'filter.edition2019' : 'filter.edition2021') : '',
    ]
      .filter((s) => s !== '')
      .join(' · ')
  })

  function frame(title: string, lack?: Lack | null, figure?: string): ChartFrame {
    const note = lack ? lackNote(lack, figure) : undefined
    return {
      title,
      subtitle: subtitle.value,
      locale: locale.value,
      ...(note ? { note } : {}),
      ...(print ? { print } : {}),
    }
  }

  /** 2 份报告缺表三，未计入 — or which figure they do not give. */
  function lackNote(lack: Lack, figure?: string): string {
    const table = t(lack.table === 'appeals' ? 'coverage.table4' : 'coverage.table3')
    if (lack.noTable === lack.missing) {
      return lack.unread > 0
        ? t('coverage.noTableUnread', { n: lack.missing, table, u: lack.unread })
        : t('coverage.noTable', { n: lack.missing, table })
    }
    return t('coverage.notGiven', { n: lack.missing, figure: figure ?? table })
  }

  return {
    frame,
    lackNote,
    subtitle,
    locale,
    minCases: computed(() => settings.minCases),
    definitions: computed(() => settings.definitions),
    t,
  }
}
