/**
 * Chart titles say what and for which filter: this turns the current filter into the subtitle
 * every chart of a view carries, and builds the frame the option builders take.
 */
import { computed } from 'vue'
import { useI18n } from '@/i18n'
import type { ChartFrame } from '@/charts/frame'
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

export function useChartFrame() {
  const { t, locale } = useI18n()
  const filters = useFiltersStore()
  const settings = useSettingsStore()

  const subtitle = computed(() => {
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

  function frame(title: string): ChartFrame {
    return { title, subtitle: subtitle.value, locale: locale.value, saveLabel: t('chart.save') }
  }

  return { frame, subtitle, locale, minCases: computed(() => settings.minCases), t }
}
