/**
 * The files of one import batch: their parse results as the worker reports them, the person's
 * choice for each report, and the commit into the reports store.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Finding } from '@/checks'
import { reportKey, type Report } from '@/domain/report'
import type { FileImport } from '@/import/types'
import { useAliasesStore } from './aliases'
import { useReportsStore, type ConflictChoice } from './reports'

export type ItemStatus = 'queued' | 'reading' | 'done' | 'error'

export interface QueueItem {
  id: string
  name: string
  size: number
  status: ItemStatus
  result: FileImport | null
  /** Findings of the file's own reports (identities), before they join the others. */
  findings: Finding[]
}

/** What to do with one report of the batch: skip it, or add it following a conflict choice. */
export type Decision = ConflictChoice | 'skip'

export interface PreviewReport {
  /** `${itemId}:${index}` */
  id: string
  itemId: string
  report: Report
  /** The agency after the person's aliases. */
  agency: string
  /** The agency as the file named it, when an alias changed it. */
  originalAgency: string | null
  /** The report already held under the same (agency, year), or another one in this batch. */
  conflict: 'held' | 'batch' | null
  decision: Decision
}

let nextId = 0

export const useImportQueueStore = defineStore('importQueue', () => {
  const items = shallowRef<QueueItem[]>([])
  const decisions = ref<Record<string, Decision>>({})
  const committing = ref(false)

  const total = computed(() => items.value.length)
  const finished = computed(
    () => items.value.filter((i) => i.status === 'done' || i.status === 'error').length,
  )
  const running = computed(() => finished.value < total.value)
  const progress = computed(() => (total.value === 0 ? 0 : finished.value / total.value))

  const preview = computed<PreviewReport[]>(() => {
    const aliases = useAliasesStore()
    const reports = useReportsStore()
    const seen = new Set<string>()
    return items.value.flatMap((item) =>
      (item.result?.reports ?? []).map((imported, index) => {
        const id = `${item.id}:${index}`
        const agency = aliases.resolve(imported.report.agency)
        const key = reportKey({ agency, year: imported.report.year })
        const conflict = reports.entry(key) ? 'held' : seen.has(key) ? 'batch' : null
        seen.add(key)
        return {
          id,
          itemId: item.id,
          report: imported.report,
          agency,
          originalAgency: agency === imported.report.agency ? null : imported.report.agency,
          conflict,
          decision: decisions.value[id] ?? 'both',
        }
      }),
    )
  })
  const reportCount = computed(() => preview.value.filter((p) => p.decision !== 'skip').length)
  /** The preview grouped by file, computed once for all the file panels. */
  const previewByItem = computed(() => {
    const map = new Map<string, PreviewReport[]>()
    for (const p of preview.value) {
      const list = map.get(p.itemId)
      if (list) list.push(p)
      else map.set(p.itemId, [p])
    }
    return map
  })

  function enqueue(files: readonly { name: string; size: number }[]): string[] {
    const added = files.map((f) => ({
      id: `f${++nextId}`,
      name: f.name,
      size: f.size,
      status: 'queued' as const,
      result: null,
      findings: [],
    }))
    items.value = [...items.value, ...added]
    return added.map((a) => a.id)
  }

  function update(id: string, patch: Partial<Omit<QueueItem, 'id'>>): void {
    items.value = items.value.map((i) => (i.id === id ? { ...i, ...patch } : i))
  }

  function resultPatch(result: FileImport, findings: Finding[]): Partial<QueueItem> {
    const failed = result.error !== undefined || result.reports.length === 0
    return { status: failed ? 'error' : 'done', result, findings }
  }

  function setResult(id: string, result: FileImport, findings: Finding[]): void {
    update(id, resultPatch(result, findings))
  }

  /**
   * Applies many worker answers at once ("reading" or a result): one new items array, so the
   * preview and the list re-render once for the whole batch.
   */
  function applyMany(
    changes: readonly (
      { id: string; status: 'reading' } | { id: string; result: FileImport; findings: Finding[] }
    )[],
  ): void {
    if (changes.length === 0) return
    const patches = new Map<string, Partial<QueueItem>>()
    for (const c of changes) {
      const patch = 'result' in c ? resultPatch(c.result, c.findings) : { status: c.status }
      patches.set(c.id, { ...patches.get(c.id), ...patch })
    }
    items.value = items.value.map((i) => {
      const p = patches.get(i.id)
      return p ? { ...i, ...p } : i
    })
  }

  function decide(previewId: string, decision: Decision): void {
    decisions.value = { ...decisions.value, [previewId]: decision }
  }

  function removeItem(id: string): void {
    items.value = items.value.filter((i) => i.id !== id)
  }

  function clear(): void {
    items.value = []
    decisions.value = {}
  }

  /** Adds the batch's reports (aliases applied, choices followed) and empties the queue. */
  async function commit(): Promise<{
    added: number
    replaced: number
    versions: number
    kept: number
  }> {
    const reports = useReportsStore()
    const chosen = preview.value.filter((p) => p.decision !== 'skip')
    const byKey = new Map(
      chosen.map((p) => [reportKey({ agency: p.agency, year: p.report.year }), p.decision]),
    )
    committing.value = true
    try {
      const itemsById = new Map(items.value.map((i) => [i.id, i]))
      const incoming = chosen.map((p) => {
        const item = itemsById.get(p.itemId)
        const imported = item?.result?.reports[Number(p.id.split(':')[1])]
        return {
          report: { ...p.report, agency: p.agency },
          notes: imported?.notes ?? [],
          provenance: imported?.provenance ?? {},
          sourceName: item?.name ?? '',
        }
      })
      const result = await reports.add(incoming, (key) => {
        const d = byKey.get(key)
        return d === undefined || d === 'skip' ? 'both' : d
      })
      clear()
      return result
    } finally {
      committing.value = false
    }
  }

  return {
    items,
    decisions,
    committing,
    total,
    finished,
    running,
    progress,
    preview,
    reportCount,
    previewByItem,
    enqueue,
    update,
    setResult,
    applyMany,
    decide,
    removeItem,
    clear,
    commit,
  }
})
