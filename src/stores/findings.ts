/**
 * Findings of the checks over the reports held, and what the person judged of each. The findings
 * are computed (never stored): importing or removing a report, or changing a threshold, updates
 * them; judgements are kept by the finding's stable key so they survive re-import and re-checking.
 *
 * The checks run in a worker where there is one (ten thousand reports take seconds); elsewhere
 * (tests, old browsers) the same runner runs them on the page, loading them when first needed:
 * every rule bundled into the first view cost it some 4 KB gzip.
 */
import { defineStore } from 'pinia'
import { computed, nextTick, ref, shallowRef, watch } from 'vue'
import type { Finding } from '@/checks/types'
import {
  emptyQuery,
  sanitizeJudgements,
  type FindingQuery,
  type Judgement,
  type SortKey,
  type SortOrder,
  type Verdict,
} from '@/analysis/findings'
import { createChecksRunner } from '@/workers/checksClient'
import { persistence } from '@/storage/persistence'
import { useReportsStore } from './reports'
import { useSettingsStore } from './settings'

export type { Judgement, Verdict } from '@/analysis/findings'

const KEY = 'judgements'

export const useFindingsStore = defineStore('findings', () => {
  const reports = useReportsStore()
  const settings = useSettingsStore()
  const judgements = ref<Record<string, Judgement>>({})
  /** A check is running in the worker; the findings shown are the previous ones. */
  const checking = ref(false)
  const checkError = ref<string | null>(null)

  const runner = createChecksRunner()
  const all = shallowRef<Finding[]>([])
  /** The check in flight, if any. */
  let running: Promise<void> | null = null

  async function check(): Promise<void> {
    checking.value = true
    try {
      const found = await runner.run(reports.reports, settings.thresholds)
      if (found === null) return // a newer check replaced this one; it sets the flags
      all.value = found
      checkError.value = null
    } catch (e) {
      checkError.value = e instanceof Error ? e.message : String(e)
    }
    checking.value = false
  }

  // The thresholds are watched by value: the settings object is replaced on load and reset.
  watch(
    [() => reports.reports, () => JSON.stringify(settings.thresholds)],
    () => {
      const run: Promise<void> = check().finally(() => {
        if (running === run) running = null
      })
      running = run
    },
    { immediate: true },
  )

  /** Resolves once the findings are those of the reports and thresholds held now. */
  async function settled(): Promise<void> {
    await nextTick()
    while (running) await running
  }
  const allFindings = computed(() => all.value)

  /** Findings nobody has judged yet. */
  const open = computed(() =>
    allFindings.value.filter((f) => judgements.value[f.key] === undefined),
  )

  /** The list's own filter and sort: kept here so they survive a visit to a report and back. */
  const query = ref<FindingQuery>(emptyQuery())
  const sort = ref<{ key: SortKey; order: SortOrder }>({ key: 'severity', order: 'ascending' })

  function forReport(agency: string, year: number): Finding[] {
    return allFindings.value.filter((f) => f.agency === agency && f.year === year)
  }

  async function save(): Promise<void> {
    await (await persistence()).set(KEY, judgements.value)
  }

  /** Reads the stored judgements; true when they differ from those on the page. */
  async function load(): Promise<boolean> {
    const next = sanitizeJudgements(await (await persistence()).get<unknown>(KEY))
    const changed = JSON.stringify(next) !== JSON.stringify(judgements.value)
    if (changed) judgements.value = next
    return changed
  }

  /** Records a verdict with its note (null reopens the finding); dated now. */
  async function judge(key: string, verdict: Verdict | null, note = ''): Promise<void> {
    const next = { ...judgements.value }
    if (verdict === null) delete next[key]
    else next[key] = { verdict, note: note.trim(), at: Date.now() }
    judgements.value = next
    await save()
  }

  return {
    judgements,
    all: allFindings,
    open,
    checking,
    checkError,
    query,
    sort,
    forReport,
    load,
    judge,
    settled,
  }
})
