/**
 * The person's preferences: language, the minimum cases behind a rate, how rates are defined
 * (口径), whether samples were seeded, and the thresholds of the plausibility checks (问题清单).
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import {
  CORRECTION_BASES,
  DEFAULT_DEFINITIONS,
  DISCLOSURE_BASES,
  type RateDefinitions,
} from '@/analysis/definitions'
import { DEFAULT_THRESHOLDS, type Thresholds } from '@/checks/thresholds'
import type { AppLocale } from '@/i18n'
import { persistence } from '@/storage/persistence'

export interface Settings {
  locale: AppLocale
  /** A rate over fewer cases than this shows "—" and is not ranked. */
  minCases: number
  /** 口径: which definition of 公开率 and 纠错率 every view and export uses. */
  definitions: RateDefinitions
  /** Set once the built-in samples have been loaded, so removing them is final. */
  samplesSeeded: boolean
  /** Settings of the plausibility rules; the engine's documented defaults until changed. */
  thresholds: Thresholds
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'zh-CN',
  minCases: 30,
  definitions: { ...DEFAULT_DEFINITIONS },
  samplesSeeded: false,
  thresholds: { ...DEFAULT_THRESHOLDS },
}
const KEY = 'settings'

/** Thresholds that are shares (0–1); every other threshold is a count or a factor (≥ 0). */
const SHARE_THRESHOLDS: ReadonlySet<keyof Thresholds> = new Set([
  'disclosureRateMin',
  'correctionRateMax',
  'textSimilarity',
])

/**
 * Thresholds read back from storage (or typed by a person) are not trusted: each one that is not
 * a finite number in its range falls back to its default, so a damaged record can never make the
 * checks throw or silently switch a rule off with NaN.
 */
export function sanitizeThresholds(value: unknown): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS }
  if (typeof value !== 'object' || value === null) return out
  const record = value as Record<string, unknown>
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
    const v = record[key]
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) continue
    if (SHARE_THRESHOLDS.has(key) && v > 1) continue
    out[key] = v
  }
  return out
}

/** Definitions read back from storage: each unknown value falls back to its default. */
export function sanitizeDefinitions(value: unknown): RateDefinitions {
  const out: RateDefinitions = { ...DEFAULT_DEFINITIONS }
  if (typeof value !== 'object' || value === null) return out
  const { disclosure, correction } = value as Record<string, unknown>
  const d = DISCLOSURE_BASES.find((b) => b === disclosure)
  const c = CORRECTION_BASES.find((b) => b === correction)
  if (d) out.disclosure = d
  if (c) out.correction = c
  return out
}

export function isDefaultThresholds(t: Thresholds): boolean {
  return (Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]).every(
    (k) => t[k] === DEFAULT_THRESHOLDS[k],
  )
}

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<AppLocale>(DEFAULT_SETTINGS.locale)
  const minCases = ref(DEFAULT_SETTINGS.minCases)
  const definitions = ref<RateDefinitions>({ ...DEFAULT_DEFINITIONS })
  const samplesSeeded = ref(DEFAULT_SETTINGS.samplesSeeded)
  const thresholds = ref<Thresholds>({ ...DEFAULT_THRESHOLDS })
  let loaded = false

  function current(): Settings {
    return {
      locale: locale.value,
      minCases: minCases.value,
      definitions: definitions.value,
      samplesSeeded: samplesSeeded.value,
      thresholds: thresholds.value,
    }
  }
  /** The settings as stored last (read or written): a change is saved only if it differs. */
  let stored = ''

  /**
   * Reads the stored settings; true when they differ from those on the page. Reading must not
   * write them back: another tab would take that write for a change and say so.
   */
  async function load(): Promise<boolean> {
    const before = JSON.stringify(current())
    const saved = await (await persistence()).get<Partial<Settings>>(KEY)
    if (saved?.locale === 'zh-CN' || saved?.locale === 'en') locale.value = saved.locale
    if (typeof saved?.minCases === 'number' && saved.minCases >= 0) minCases.value = saved.minCases
    if (saved?.definitions !== undefined) definitions.value = sanitizeDefinitions(saved.definitions)
    if (typeof saved?.samplesSeeded === 'boolean') samplesSeeded.value = saved.samplesSeeded
    if (saved?.thresholds !== undefined) thresholds.value = sanitizeThresholds(saved.thresholds)
    const after = JSON.stringify(current())
    // What is stored now (or, with nothing stored, the defaults): a later change is compared
    // with it.
    stored = after
    loaded = true
    return after !== before
  }

  async function save(): Promise<void> {
    const value = current()
    const text = JSON.stringify(value)
    if (text === stored) return
    stored = text
    await (await persistence()).set(KEY, value)
  }

  /** Changes one threshold; a value out of range is refused (the old one stays). */
  function setThreshold(key: keyof Thresholds, value: number | null | undefined): void {
    if (value === null || value === undefined) return
    const next = sanitizeThresholds({ ...thresholds.value, [key]: value })
    if (next[key] !== value) return
    thresholds.value = next
  }

  function resetThresholds(): void {
    thresholds.value = { ...DEFAULT_THRESHOLDS }
  }

  // Saved on every change once loaded; before that the defaults must not overwrite what is stored.
  watch(
    [locale, minCases, definitions, samplesSeeded, thresholds],
    () => {
      if (loaded) void save()
    },
    { deep: true },
  )

  return {
    locale,
    minCases,
    definitions,
    samplesSeeded,
    thresholds,
    load,
    save,
    setThreshold,
    resetThresholds,
  }
})
