/**
 * Findings of the checks over the reports held, and what the person judged of each. The findings
 * are computed (never stored): importing or removing a report updates them; judgements are kept
 * by the finding's stable key so they survive re-import.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { checkReports, type Finding } from '@/checks'
import { persistence } from './persistence'
import { useReportsStore } from './reports'

export type Verdict = 'confirmed' | 'dismissed'

export interface Judgement {
  verdict: Verdict
  note: string
  at: number
}

const KEY = 'judgements'
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

export const useFindingsStore = defineStore('findings', () => {
  const reports = useReportsStore()
  const judgements = ref<Record<string, Judgement>>({})

  const all = computed<Finding[]>(() =>
    checkReports(reports.reports).sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.agency.localeCompare(b.agency, 'zh-CN') ||
        a.year - b.year,
    ),
  )
  /** Findings nobody has judged yet. */
  const open = computed(() => all.value.filter((f) => judgements.value[f.key] === undefined))

  function forReport(agency: string, year: number): Finding[] {
    return all.value.filter((f) => f.agency === agency && f.year === year)
  }

  async function save(): Promise<void> {
    await (await persistence()).set(KEY, judgements.value)
  }

  async function load(): Promise<void> {
    judgements.value = (await (await persistence()).get<Record<string, Judgement>>(KEY)) ?? {}
  }

  async function judge(key: string, verdict: Verdict | null, note = ''): Promise<void> {
    const next = { ...judgements.value }
    if (verdict === null) delete next[key]
    else next[key] = { verdict, note, at: Date.now() }
    judgements.value = next
    await save()
  }

  return { judgements, all, open, forReport, load, judge }
})
