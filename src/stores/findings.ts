/**
 * Findings of the checks over the reports held, and what the person judged of each. The findings
 * are computed (never stored): importing or removing a report, or changing a threshold, updates
 * them; judgements are kept by the finding's stable key so they survive re-import and re-checking.
 *
 * The checks run in a worker where there is one (ten thousand reports take seconds); elsewhere
 * (tests, old browsers) they run on the page as a plain computed value.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
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
import { workersAvailable } from '@/workers/client'
import { runChecks } from '@/workers/checksTask'
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

  let all: { readonly value: Finding[] }
  if (workersAvailable()) {
    const runner = createChecksRunner()
    const latest = shallowRef<Finding[]>([])
    all = latest
    // The thresholds are watched by value: the settings object is replaced on load and reset.
    watch(
      [() => reports.reports, () => JSON.stringify(settings.thresholds)],
      async () => {
        checking.value = true
        try {
          const found = await runner.run(reports.reports, settings.thresholds)
          if (found === null) return // a newer check replaced this one; it sets the flags
          latest.value = found
          checkError.value = null
        } catch (e) {
          checkError.value = e instanceof Error ? e.message : String(e)
        }
        checking.value = false
      },
      { immediate: true },
    )
  } else {
    all = computed(() => runChecks(reports.reports, settings.thresholds))
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

  async function load(): Promise<void> {
    judgements.value = sanitizeJudgements(await (await persistence()).get<unknown>(KEY))
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
  }
})
