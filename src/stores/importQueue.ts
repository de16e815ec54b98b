/**
 * The files of one import batch: their parse results as the worker reports them, the person's
 * choice for each report, and the commit into the reports store.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import { figuresOf } from '@/analysis/figures'
import type { Finding } from '@/checks'
import { eachInSlices } from '@/composables/slices'
import { editionForYear } from '@/domain/catalog'
import { reportKey, type Report } from '@/domain/report'
import { regionOf } from '@/import/text/metadata'
import type { FileImport, ImportedReport, NeededInput } from '@/import/types'
import { resolveAlias, useAliasesStore } from './aliases'
import {
  useReportsStore,
  type AddCounts,
  type ConflictChoice,
  type IncomingReport,
} from './reports'

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
  /** What the file did not say and the person must (the report's agency, its year). */
  needs: readonly NeededInput[]
  /** Of those, what is not filled in yet: the batch is not committed while any is. */
  missing: readonly NeededInput[]
}

/** What the person typed for a report whose file did not say it, as typed. */
export interface Filled {
  agency?: string
  year?: string
}

/** A file the batch could not import, kept after the commit so the person still sees why. */
export interface RefusedFile {
  name: string
  reason: string
  /** When the batch holding it was committed (locale time). */
  at: string
}

/** A year the person may type: the 条例's reports began with 2008. */
export function validYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2008 && year <= 2100
}

/** The year typed, when it is one. */
function typedYear(text: string | undefined): number | undefined {
  const year = /^\s*(\d{4})\s*$/.exec(text ?? '')
  return year && validYear(Number(year[1])) ? Number(year[1]) : undefined
}

/**
 * The report with what the person filled in: the agency (and its region), the year (and, when
 * the tables' labels did not tell it, the edition that year calls for).
 */
function completed(imported: ImportedReport, filled: Filled | undefined): Report {
  const needs = imported.needs ?? []
  const report = imported.report
  if (needs.length === 0 || !filled) return report
  const out: Report = { ...report }
  const agency = filled.agency?.trim()
  if (needs.includes('agency') && agency) {
    out.agency = agency
    const region = regionOf(agency)
    if (region) out.region = region
    else delete out.region
  }
  const year = typedYear(filled.year)
  if (needs.includes('year') && year !== undefined) {
    out.year = year
    if (imported.notes.some((n) => n.code === 'edition-guessed')) out.edition = editionForYear(year)
  }
  return out
}

function missingOf(needs: readonly NeededInput[], report: Report): NeededInput[] {
  return needs.filter((n) => (n === 'agency' ? !report.agency : !validYear(report.year)))
}

let nextId = 0

function samePreview(a: PreviewReport, b: PreviewReport): boolean {
  return (
    a.report === b.report &&
    a.itemId === b.itemId &&
    a.agency === b.agency &&
    a.originalAgency === b.originalAgency &&
    a.conflict === b.conflict &&
    a.decision === b.decision &&
    a.missing.join() === b.missing.join()
  )
}

export const useImportQueueStore = defineStore('importQueue', () => {
  const items = shallowRef<QueueItem[]>([])
  const decisions = ref<Record<string, Decision>>({})
  const filled = ref<Record<string, Filled>>({})
  /** Files refused by the batches committed so far, newest batch first. */
  const refused = shallowRef<RefusedFile[]>([])
  const committing = ref(false)

  const total = computed(() => items.value.length)
  const finished = computed(
    () => items.value.filter((i) => i.status === 'done' || i.status === 'error').length,
  )
  const running = computed(() => finished.value < total.value)
  const progress = computed(() => (total.value === 0 ? 0 : finished.value / total.value))

  // A thousand files answer a few at a time, and each answer recomputes the preview: a file whose
  // result, the aliases, the reports held and the choices did not change keeps its previews (read
  // once from plain objects, not through the stores' reactive proxies), and a preview that did
  // not change keeps its object, so only the panels of files that changed re-render.
  interface ItemPreview {
    result: FileImport | null
    aliases: Readonly<Record<string, string>>
    held: ReadonlyMap<string, unknown>
    decisions: Readonly<Record<string, Decision>>
    filled: Readonly<Record<string, Filled>>
    /** Each report's preview before batch conflicts, with its (agency, year) key. */
    list: { key: string; p: PreviewReport }[]
  }
  let lastItems = new Map<string, ItemPreview>()
  let lastByItem = new Map<string, PreviewReport[]>()

  const preview = computed<PreviewReport[]>(() => {
    const aliasMap = toRaw(useAliasesStore().map)
    const held = useReportsStore().entries
    const chosen = toRaw(decisions.value)
    const typed = toRaw(filled.value)
    const previous = lastItems
    const nextItems = new Map<string, ItemPreview>()
    const seen = new Set<string>()
    const out: PreviewReport[] = []
    for (const item of items.value) {
      let cached = previous.get(item.id)
      if (
        !cached ||
        cached.result !== item.result ||
        cached.aliases !== aliasMap ||
        cached.held !== held ||
        cached.decisions !== chosen ||
        cached.filled !== typed
      ) {
        const old = cached
        const list = (item.result?.reports ?? []).map((imported, index) => {
          const id = `${item.id}:${index}`
          const report = completed(imported, typed[id])
          const needs = imported.needs ?? []
          const missing = missingOf(needs, report)
          const agency = resolveAlias(aliasMap, report.agency)
          // A report still waiting for its agency or year has no identity to conflict on yet.
          const key = missing.length > 0 ? '' : reportKey({ agency, year: report.year })
          const p: PreviewReport = {
            id,
            itemId: item.id,
            report,
            agency,
            originalAgency: agency === report.agency ? null : report.agency,
            conflict: key && held.has(key) ? 'held' : null,
            decision: chosen[id] ?? 'both',
            needs,
            missing,
          }
          const before = old?.list[index]?.p
          return { key, p: before && samePreview(before, p) ? before : p }
        })
        cached = {
          result: item.result,
          aliases: aliasMap,
          held,
          decisions: chosen,
          filled: typed,
          list,
        }
      }
      nextItems.set(item.id, cached)
      // A second report of the same (agency, year) in this batch: conflict 'batch'.
      for (const entry of cached.list) {
        const conflict = !entry.key
          ? null
          : held.has(entry.key)
            ? 'held'
            : seen.has(entry.key)
              ? 'batch'
              : null
        if (entry.key) seen.add(entry.key)
        if (conflict !== entry.p.conflict) entry.p = { ...entry.p, conflict }
        out.push(entry.p)
      }
    }
    lastItems = nextItems
    return out
  })
  const reportCount = computed(() => preview.value.filter((p) => p.decision !== 'skip').length)
  /** Reports to import that still wait for their agency or year: the batch waits with them. */
  const waiting = computed(
    () => preview.value.filter((p) => p.decision !== 'skip' && p.missing.length > 0).length,
  )
  /** The preview grouped by file, computed once for all the file panels. */
  const previewByItem = computed(() => {
    const map = new Map<string, PreviewReport[]>()
    for (const p of preview.value) {
      const list = map.get(p.itemId)
      if (list) list.push(p)
      else map.set(p.itemId, [p])
    }
    for (const [id, list] of map) {
      const old = lastByItem.get(id)
      if (old && old.length === list.length && old.every((p, i) => p === list[i])) map.set(id, old)
    }
    lastByItem = map
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
  }

  function clear(): void {
    items.value = []
    decisions.value = {}
    filled.value = {}
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
    commit,
  }
})
