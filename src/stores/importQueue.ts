/**
 * The files of one import batch: their parse results as the worker reports them, the person's
 * choice for each report, and the commit into the reports store.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import { figuresOf } from '@/analysis/figures'
import type { Finding } from '@/checks'
import { eachInSlices } from '@/lib/slices'
import type { IncomingReport } from '@/domain/entry'
import { reportKey } from '@/domain/report'
import type { FileImport } from '@/import/types'
import {
  createGroupByItemMemo,
  createPreviewMemo,
  type Decision,
  type Filled,
  type PreviewReport,
  type QueueItem,
} from '@/lib/importPreview'
import { useAliasesStore } from './aliases'
import { useReportsStore, type AddCounts } from './reports'

let nextId = 0

/** A file the batch could not import, kept after the commit so the person still sees why. */
export interface RefusedFile {
  name: string
  reason: string
  /** When the batch holding it was committed (locale time). */
  at: string
}

/** What a file was read from, kept to read it again when a person corrects a sheet's headers. */
export interface QueueSource {
  file?: Blob
  text?: string
}

export const useImportQueueStore = defineStore('importQueue', () => {
  const items = shallowRef<QueueItem[]>([])
  const decisions = ref<Record<string, Decision>>({})
  const filled = ref<Record<string, Filled>>({})
  /** Files refused by the batches committed so far, newest batch first. */
  const refused = shallowRef<RefusedFile[]>([])
  const committing = ref(false)
  // Not state: the page never shows it, and a File must not be wrapped in a reactive proxy.
  const sources = new Map<string, QueueSource>()

  const total = computed(() => items.value.length)
  const finished = computed(
    () => items.value.filter((i) => i.status === 'done' || i.status === 'error').length,
  )
  const running = computed(() => finished.value < total.value)
  const progress = computed(() => (total.value === 0 ? 0 : finished.value / total.value))

  const previewOf = createPreviewMemo()
  const groupByItem = createGroupByItemMemo()
  const preview = computed<PreviewReport[]>(() =>
    previewOf({
      items: items.value,
      // Read once from plain objects, not through the stores' reactive proxies.
      aliases: toRaw(useAliasesStore().map),
      held: useReportsStore().entries,
      decisions: toRaw(decisions.value),
      filled: toRaw(filled.value),
    }),
  )
  const reportCount = computed(() => preview.value.filter((p) => p.decision !== 'skip').length)
  /** Reports to import that still wait for their agency or year: the batch waits with them. */
  const waiting = computed(
    () => preview.value.filter((p) => p.decision !== 'skip' && p.missing.length > 0).length,
  )
  /** The preview grouped by file, computed once for all the file panels. */
  const previewByItem = computed(() => groupByItem(preview.value))

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
      | { id: string; status: 'reading'; size?: number }
      | { id: string; result: FileImport; findings: Finding[] }
    )[],
  ): void {
    if (changes.length === 0) return
    const patches = new Map<string, Partial<QueueItem>>()
    for (const c of changes) {
      const patch: Partial<QueueItem> =
        'result' in c
          ? resultPatch(c.result, c.findings)
          : c.size === undefined
            ? { status: c.status }
            : { status: c.status, size: c.size }
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

  /** What the person typed for a report's agency or year (the file did not say it). */
  function fill(previewId: string, patch: Filled): void {
    filled.value = { ...filled.value, [previewId]: { ...filled.value[previewId], ...patch } }
  }

  function dismissRefused(): void {
    refused.value = []
  }

  function removeItem(id: string): void {
    items.value = items.value.filter((i) => i.id !== id)
    sources.delete(id)
  }

  function clear(): void {
    items.value = []
    decisions.value = {}
    filled.value = {}
    sources.clear()
  }

  function keepSource(id: string, source: QueueSource): void {
    sources.set(id, source)
  }

  function sourceOf(id: string): QueueSource | undefined {
    return sources.get(id)
  }

  /** Items whose sheets have these headers: read again when a person corrects them. */
  function itemsWithHeaders(signature: string): string[] {
    return items.value
      .filter((i) => i.result?.sheets?.some((s) => s.signature === signature))
      .map((i) => i.id)
  }

  /**
   * Puts files back in the queue to be read again. Their choices go: a file read again may give
   * other reports, and a choice is tied to a report's place in its file.
   */
  function restart(ids: readonly string[]): void {
    const again = new Set(ids)
    items.value = items.value.map((i) =>
      again.has(i.id) ? { ...i, status: 'queued', result: null, findings: [] } : i,
    )
    const kept = ([id]: [string, unknown]) => !again.has(id.split(':')[0] ?? '')
    decisions.value = Object.fromEntries(Object.entries(decisions.value).filter(kept))
    filled.value = Object.fromEntries(Object.entries(filled.value).filter(kept))
  }

  /**
   * Adds the batch's reports (aliases applied, choices followed) and empties the queue. Returns
   * once the reports are on the page; `saved` resolves when they are in IndexedDB as well.
   */
  async function commit(): Promise<AddCounts & { saved: Promise<void> }> {
    const reports = useReportsStore()
    if (waiting.value > 0) {
      // Never stored under a placeholder agency or year: the view keeps the button disabled.
      return { added: 0, replaced: 0, versions: 0, kept: 0, saved: Promise.resolve() }
    }
    const chosen = preview.value.filter((p) => p.decision !== 'skip')
    const byKey = new Map(
      chosen.map((p) => [reportKey({ agency: p.agency, year: p.report.year }), p.decision]),
    )
    committing.value = true
    try {
      const itemsById = new Map(items.value.map((i) => [i.id, i]))
      const incoming: IncomingReport[] = chosen.map((p) => {
        const item = itemsById.get(p.itemId)
        const imported = item?.result?.reports[Number(p.id.split(':')[1])]
        return {
          report: p.agency === p.report.agency ? p.report : { ...p.report, agency: p.agency },
          notes: imported?.notes ?? [],
          provenance: imported?.provenance ?? {},
          sourceName: item?.name ?? '',
        }
      })
      // Every view starts from each report's key figures: read them here, a slice at a time,
      // rather than in one long first render of the dashboard.
      await eachInSlices(incoming, (i) => figuresOf(i.report))
      // The files that could not be imported stay listed, with their reasons, after the queue
      // is emptied.
      const at = new Date().toLocaleString()
      const failed = items.value
        .filter((i) => i.status === 'error')
        .map((i) => ({ name: i.name, reason: i.result?.error ?? '', at }))
      if (failed.length > 0) refused.value = [...failed, ...refused.value]
      // The queue goes first: its preview would otherwise be recomputed against the new reports.
      clear()
      const { counts, saved } = reports.addNow(incoming, (key) => {
        const d = byKey.get(key)
        return d === undefined || d === 'skip' ? 'both' : d
      })
      return { ...counts, saved }
    } finally {
      committing.value = false
    }
  }

  return {
    items,
    decisions,
    filled,
    refused,
    committing,
    total,
    finished,
    running,
    progress,
    preview,
    reportCount,
    waiting,
    previewByItem,
    enqueue,
    update,
    setResult,
    applyMany,
    decide,
    fill,
    dismissRefused,
    removeItem,
    clear,
    keepSource,
    sourceOf,
    itemsWithHeaders,
    restart,
    commit,
  }
})
