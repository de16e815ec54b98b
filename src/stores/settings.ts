/** The person's preferences: language, the minimum cases behind a rate, whether samples were seeded. */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { persistence } from './persistence'

export type Locale = 'zh-CN' | 'en'

export interface Settings {
  locale: Locale
  /** A rate over fewer cases than this shows "—" (DESIGN.md). */
  minCases: number
  /** Set once the built-in samples have been loaded, so removing them is final. */
  samplesSeeded: boolean
}

export const DEFAULT_SETTINGS: Settings = { locale: 'zh-CN', minCases: 10, samplesSeeded: false }
const KEY = 'settings'

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Locale>(DEFAULT_SETTINGS.locale)
  const minCases = ref(DEFAULT_SETTINGS.minCases)
  const samplesSeeded = ref(DEFAULT_SETTINGS.samplesSeeded)
  const storageKind = ref<'indexeddb' | 'memory' | null>(null)
  const storageWarning = ref<string | null>(null)
  let loaded = false

  async function load(): Promise<void> {
    const store = await persistence()
    storageKind.value = store.kind
    storageWarning.value = store.reason ?? null
    const saved = await store.get<Partial<Settings>>(KEY)
    if (saved?.locale === 'zh-CN' || saved?.locale === 'en') locale.value = saved.locale
    if (typeof saved?.minCases === 'number' && saved.minCases >= 0) minCases.value = saved.minCases
    if (typeof saved?.samplesSeeded === 'boolean') samplesSeeded.value = saved.samplesSeeded
    loaded = true
  }

  async function save(): Promise<void> {
    const value: Settings = {
      locale: locale.value,
      minCases: minCases.value,
      samplesSeeded: samplesSeeded.value,
    }
    await (await persistence()).set(KEY, value)
  }

  // Saved on every change once loaded; before that the defaults must not overwrite what is stored.
  watch([locale, minCases, samplesSeeded], () => {
    if (loaded) void save()
  })

  return { locale, minCases, samplesSeeded, storageKind, storageWarning, load, save }
})
