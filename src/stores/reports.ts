/**
 * The reports held, keyed by (agency, year) with every imported version. The map lives in a
 * shallowRef and is replaced on each change: thousands of report objects never become deep
 * reactive proxies, and every computed over `reports` updates at once.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  activeVersion,
  newVersionId,
  type ConflictChoice,
  type IncomingReport,
  type ReportEntry,
  type ReportVersion,
} from '@/domain/entry'
import { reportKey, type Report } from '@/domain/report'
import { persistence } from '@/storage/persistence'
import { createWriteBehind, type SaveProgress } from '@/storage/writeBehind'

export interface AddCounts {
  added: number
  replaced: number
  versions: number
  kept: number
}

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

/**
 * What tells two sets of entries apart: keys, the version in use and the versions held. A version
 * never changes once imported (a rename or a new import makes a new entry or version).
 */
function signatureOf(entries: ReadonlyMap<string, ReportEntry>): string {
  return [...entries.values()]
    .map((e) => `${e.key}\u0001${e.activeId}\u0001${e.versions.map((v) => v.id).join(',')}`)
    .sort()
    .join('\u0002')
}

export const useReportsStore = defineStore('reports', () => {
  const entries = shallowRef<ReadonlyMap<string, ReportEntry>>(new Map())
  const loaded = ref(false)
  /**
   * Changes held on the page but not yet written to IndexedDB: { done, total } of the current
   * save, null when everything is saved (or failed and said so). The page shows 正在保存… then.
   */
  const saving = ref<SaveProgress>(null)

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

  // Saved behind the page: the entries are written as they are when their turn comes.
  const writer = createWriteBehind({
    current: (key) => entries.value.get(key),
    progress: (p) => (saving.value = p),
  })
  const whenSaved = writer.whenSaved

  /** Puts the change on the page now; the promise resolves when it is saved. */
  function commit(changed: readonly ReportEntry[], removed: readonly string[]): Promise<void> {
    const next = new Map(entries.value)
    for (const k of removed) next.delete(k)
    for (const e of changed) next.set(e.key, e)
    entries.value = next
    return writer.mark([...removed, ...changed.map((e) => e.key)])
  }

  /**
   * Reads the stored entries; true when they differ from those on the page (another tab added,
   * removed or switched a version). Unchanged, the page keeps its own objects, so nothing is
   * recounted and no view redraws.
   */
  async function load(): Promise<boolean> {
    const list = await (await persistence()).loadEntries()
    const next = new Map(list.map((e) => [e.key, e]))
    const changed = loaded.value ? signatureOf(next) !== signatureOf(entries.value) : true
    if (changed) entries.value = next
    loaded.value = true
    return changed
  }

  /**
   * Adds reports. A report whose (agency, year) is held already follows `choice` for its key:
   * keep the held one, replace it, or keep both as versions (the new one active). Nothing is
   * replaced without a choice; the default keeps both. Resolves once the reports are saved.
   */
  async function add(
    items: readonly IncomingReport[],
    choice: (key: string) => ConflictChoice = () => 'both',
  ): Promise<AddCounts> {
    const { counts, saved } = addNow(items, choice)
    await saved
    return counts
  }

  /**
   * add(), with the reports on the page (and every view) at once and `saved` resolving when they
   * are in IndexedDB: a big import does not wait for its storage.
   */
  function addNow(
    items: readonly IncomingReport[],
    choice: (key: string) => ConflictChoice = () => 'both',
  ): { counts: AddCounts; saved: Promise<void> } {
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
    return { counts, saved: commit([...working.values()], []) }
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
    saving,
    entryList,
    reports,
    sampleCount,
    isEmpty,
    entry,
    load,
    add,
    addNow,
    whenSaved,
    setActive,
    removeVersion,
    remove,
    removeSamples,
    renameAgency,
  }
})
