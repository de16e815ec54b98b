/**
 * The reports held, keyed by (agency, year) with every imported version. The map lives in a
 * shallowRef and is replaced on each change: thousands of report objects never become deep
 * reactive proxies, and every computed over `reports` updates at once.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { reportKey, type Report } from '@/domain/report'
import type { ImportNote, SourceMap } from '@/import/types'
import { persistence } from './persistence'
import { activeVersion, newVersionId, type ReportEntry, type ReportVersion } from './reportEntry'

export interface IncomingReport {
  report: Report
  notes?: ImportNote[]
  provenance?: SourceMap
  sourceName?: string
  sample?: boolean
}

/** What to do when a report's (agency, year) is already held. */
export type ConflictChoice = 'keep' | 'replace' | 'both'

export interface Undo {
  label: string
  run: () => Promise<void>
}

function toVersion(item: IncomingReport, now: number): ReportVersion {
  return {
    id: newVersionId(now),
    report: item.report,
    notes: item.notes ?? [],
    provenance: item.provenance ?? {},
    sourceName: item.sourceName ?? item.report.source?.name ?? '',
    importedAt: now,
    sample: item.sample ?? false,
  }
}

/** Entries stored per IndexedDB transaction when a batch is large. */
const WRITE_SLICE = 200

export const useReportsStore = defineStore('reports', () => {
  const entries = shallowRef<ReadonlyMap<string, ReportEntry>>(new Map())
  const loaded = ref(false)

  const entryList = computed(() => [...entries.value.values()])
  /** The active version of every (agency, year): what all views count. */
  const reports = computed<Report[]>(() =>
    entryList.value.flatMap((e) => {
      const v = activeVersion(e)
      return v ? [v.report] : []
    }),
  )
  const sampleCount = computed(
    () => entryList.value.filter((e) => e.versions.some((v) => v.sample)).length,
  )
  const isEmpty = computed(() => entries.value.size === 0)

  function entry(key: string): ReportEntry | undefined {
    return entries.value.get(key)
  }

  async function commit(changed: ReportEntry[], removed: string[]): Promise<void> {
    const next = new Map(entries.value)
    for (const k of removed) next.delete(k)
    for (const e of changed) next.set(e.key, e)
    entries.value = next
    const store = await persistence()
    if (removed.length) await store.deleteEntries(removed)
    // IndexedDB copies each entry on this thread (its structured clone): ten thousand reports at
    // once froze the page for seconds. Big batches go in small slices with a pause between them,
    // so the page keeps drawing while they are written.
    for (let i = 0; i < changed.length; i += WRITE_SLICE) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0))
      await store.putEntries(changed.slice(i, i + WRITE_SLICE))
    }
  }

  async function load(): Promise<void> {
    const list = await (await persistence()).loadEntries()
    entries.value = new Map(list.map((e) => [e.key, e]))
    loaded.value = true
  }

  /**
   * Adds reports. A report whose (agency, year) is held already follows `choice` for its key:
   * keep the held one, replace it, or keep both as versions (the new one active). Nothing is
   * replaced without a choice; the default keeps both.
   */
  async function add(
    items: readonly IncomingReport[],
    choice: (key: string) => ConflictChoice = () => 'both',
  ): Promise<{ added: number; replaced: number; versions: number; kept: number }> {
    const now = Date.now()
    const working = new Map<string, ReportEntry>()
    const counts = { added: 0, replaced: 0, versions: 0, kept: 0 }
    for (const item of items) {
      const key = reportKey(item.report)
      const held = working.get(key) ?? entries.value.get(key)
      const version = toVersion(item, now)
      if (!held) {
        working.set(key, {
          key,
          agency: item.report.agency,
          year: item.report.year,
          versions: [version],
          activeId: version.id,
        })
        counts.added += 1
        continue
      }
      const c = choice(key)
      if (c === 'keep') {
        counts.kept += 1
        continue
      }
      if (c === 'replace') {
        working.set(key, { ...held, versions: [version], activeId: version.id })
        counts.replaced += 1
      } else {
        working.set(key, { ...held, versions: [...held.versions, version], activeId: version.id })
        counts.versions += 1
      }
    }
    await commit([...working.values()], [])
    return counts
  }

  async function setActive(key: string, versionId: string): Promise<void> {
    const e = entries.value.get(key)
    if (!e || !e.versions.some((v) => v.id === versionId)) return
    await commit([{ ...e, activeId: versionId }], [])
  }

  /** Removes one version; the entry goes when its last version goes. */
  async function removeVersion(key: string, versionId: string): Promise<Undo | null> {
    const e = entries.value.get(key)
    if (!e) return null
    const versions = e.versions.filter((v) => v.id !== versionId)
    if (versions.length === 0) return remove([key])
    const activeId =
      e.activeId === versionId ? (versions[versions.length - 1]?.id ?? '') : e.activeId
    await commit([{ ...e, versions, activeId }], [])
    return { label: `${e.agency} ${e.year}`, run: () => commit([e], []) }
  }

  /** Deletes entries; the returned undo puts them back exactly as they were. */
  async function remove(keys: readonly string[]): Promise<Undo | null> {
    const gone = keys.flatMap((k) => {
      const e = entries.value.get(k)
      return e ? [e] : []
    })
    if (gone.length === 0) return null
    await commit(
      [],
      gone.map((e) => e.key),
    )
    const label = gone.length === 1 ? `${gone[0]?.agency} ${gone[0]?.year}` : `${gone.length}`
    return { label, run: () => commit(gone, []) }
  }

  /** Removes every built-in sample version (示例数据); the person's own imports stay. */
  async function removeSamples(): Promise<Undo | null> {
    const before = entryList.value.filter((e) => e.versions.some((v) => v.sample))
    const changed: ReportEntry[] = []
    const removed: string[] = []
    for (const e of before) {
      const versions = e.versions.filter((v) => !v.sample)
      if (versions.length === 0) removed.push(e.key)
      else {
        const activeId = versions.some((v) => v.id === e.activeId)
          ? e.activeId
          : (versions[0]?.id ?? '')
        changed.push({ ...e, versions, activeId })
      }
    }
    if (before.length === 0) return null
    await commit(changed, removed)
    return { label: `${before.length}`, run: () => commit(before, []) }
  }

  /**
   * Merges an agency into another name (an alias the person confirmed): every report of `from`
   * is re-keyed under `to`; where `to` already has that year both are kept as versions.
   */
  async function renameAgency(from: string, to: string): Promise<number> {
    if (from === to) return 0
    const moving = entryList.value.filter((e) => e.agency === from)
    const changed = new Map<string, ReportEntry>()
    for (const e of moving) {
      const versions = e.versions.map((v) => ({ ...v, report: { ...v.report, agency: to } }))
      const key = reportKey({ agency: to, year: e.year })
      const target = changed.get(key) ?? entries.value.get(key)
      changed.set(
        key,
        target
          ? { ...target, versions: [...target.versions, ...versions] }
          : { key, agency: to, year: e.year, versions, activeId: e.activeId },
      )
    }
    await commit(
      [...changed.values()],
      moving.map((e) => e.key),
    )
    return moving.length
  }

  return {
    entries,
    loaded,
    entryList,
    reports,
    sampleCount,
    isEmpty,
    entry,
    load,
    add,
    setActive,
    removeVersion,
    remove,
    removeSamples,
    renameAgency,
  }
})
