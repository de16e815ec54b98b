/**
 * What a finding says, in the page's language. The engine writes Chinese; an English page renders
 * the same code and parameters with the English messages, which load with the English interface
 * (a chunk of their own, so the first view carries only the Chinese). Until they arrive, and on a
 * Chinese page, the engine's own words show.
 */
import { computed, shallowRef, watch } from 'vue'
import { cellLabel, cellLabels } from '@/analysis/cellLabel'
import { ruleLabel } from '@/analysis/findings'
import type { Finding, RuleId } from '@/checks/types'
import { useI18n } from '@/i18n'

type EnglishModule = typeof import('@/checks/messagesEn')

/** Loaded once per page, shared by every component that shows findings. */
const english = shallowRef<EnglishModule | null>(null)
let loading: Promise<void> | null = null

function loadEnglish(): Promise<void> {
  loading ??= import('@/checks/messagesEn').then((m) => {
    english.value = m
  })
  return loading
}

export function useFindingWords() {
  const { locale } = useI18n()
  const inEnglish = computed(() => locale.value === 'en' && english.value !== null)
  watch(
    locale,
    (l) => {
      if (l === 'en') void loadEnglish()
    },
    { immediate: true },
  )

  function message(f: Pick<Finding, 'message' | 'code' | 'params'>): string {
    const m = english.value
    return inEnglish.value && m ? m.renderEnglish(f.code, f.params) : f.message
  }

  function rule(id: RuleId): string {
    const m = english.value
    return inEnglish.value && m ? m.RULE_LABELS_EN[id] : ruleLabel(id)
  }

  return {
    message,
    rule,
    cell: (path: string) => cellLabel(path, locale.value),
    cells: (paths: readonly string[]) => cellLabels(paths, locale.value),
    /** Resolves once the words of the current language are there (tests, exports). */
    ready: () => (locale.value === 'en' ? loadEnglish() : Promise.resolve()),
    english: computed(() => (inEnglish.value ? english.value : null)),
  }
}
