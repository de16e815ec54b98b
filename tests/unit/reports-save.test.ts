/**
 * The reports store's background save: a change is on the page at once and reaches storage in
 * slices; `saving` follows it and clears; whatever the page holds last is what storage holds; a
 * storage that refuses the write is reported. Real store, real in-memory persistence, in Node.
 */
import { readFileSync } from 'node:fs'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { watch } from 'vue'
import { reportKey, type Report } from '@/domain/report'
import { memoryPersistence, setPersistence, type Persistence } from '@/storage/persistence'
import { useReportsStore } from '@/stores/reports'
import { useStorageStore } from '@/stores/storage'

const base = JSON.parse(
  readFileSync(new URL('../fixtures/samples/hongze-2024.json', import.meta.url), 'utf8'),
) as Report

/** `n` reports of distinct agencies (distinct keys). */
function many(n: number): { report: Report }[] {
  return Array.from({ length: n }, (_, i) => ({ report: { ...base, agency: `测试机构${i}` } }))
}

let storage: Persistence

beforeEach(() => {
  setActivePinia(createPinia())
  storage = memoryPersistence()
  setPersistence(storage)
})

describe('reports store: background save', () => {
  it('shows a change at once, then saves it and clears `saving`', async () => {
    const reports = useReportsStore()
    const { counts, saved } = reports.addNow(many(3))
    expect(counts.added).toBe(3)
    // On the page (and in every view) before anything is written.
    expect(reports.reports).toHaveLength(3)
    expect(reports.saving).toEqual({ done: 0, total: 3 })
    expect(await storage.loadEntries()).toHaveLength(0)

    await saved
    expect(reports.saving).toBeNull()
    const stored = await storage.loadEntries()
    expect(stored.map((e) => e.key).sort()).toEqual(reports.entryList.map((e) => e.key).sort())
  })

  it('saves a large change in slices, `saving` counting up to the total', async () => {
    const reports = useReportsStore()
    const seen: ({ done: number; total: number } | null)[] = []
    watch(
      () => reports.saving,
      (s) => seen.push(s && { ...s }),
      { flush: 'sync' },
    )
    await reports.add(many(400))
    const progress = seen.filter((s) => s !== null)
    // Several slices, each one reported; the total stays that of the change.
    expect(progress.length).toBeGreaterThanOrEqual(2)
    expect(progress.every((s) => s.total === 400)).toBe(true)
    const done = progress.map((s) => s.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(done[0]).toBe(0)
    expect(done.some((d) => d > 0 && d < 400)).toBe(true)
    expect(seen[seen.length - 1]).toBeNull()
    expect(reports.saving).toBeNull()
    expect(await storage.loadEntries()).toHaveLength(400)
  })

  it('ends with what the page holds when it changes during the save', async () => {
    const reports = useReportsStore()
    const items = many(400)
    const { saved } = reports.addNow(items)
    // Wait until the save is under way (the first slice written, the rest still waiting).
    await new Promise<void>((resolve) => {
      const stop = watch(
        () => reports.saving?.done ?? 0,
        (done) => {
          if (done > 0) {
            stop()
            resolve()
          }
        },
      )
    })
    expect((await storage.loadEntries()).length).toBeLessThan(400)

    const keyOf = (i: number) => reportKey(items[i]?.report ?? base)
    // Delete one written already and one still waiting; edit one of each (a second version).
    const removed = [keyOf(0), keyOf(399)]
    const removing = reports.remove(removed)
    const edited = [keyOf(1), keyOf(398)]
    const editing = reports.add(
      edited.map((k) => ({ report: { ...base, agency: reports.entry(k)?.agency ?? '' } })),
      () => 'both',
    )
    await Promise.all([saved, removing, editing, reports.whenSaved()])

    expect(reports.saving).toBeNull()
    const stored = new Map((await storage.loadEntries()).map((e) => [e.key, e]))
    expect(stored.size).toBe(398)
    for (const k of removed) expect(stored.has(k)).toBe(false)
    for (const k of edited) {
      expect(stored.get(k)?.versions).toHaveLength(2)
      expect(stored.get(k)?.activeId).toBe(reports.entry(k)?.activeId)
    }
    // Storage equals the page, entry for entry.
    for (const e of reports.entryList)
      expect(stored.get(e.key)?.versions.length).toBe(e.versions.length)
  })

  it('reports a save that fails, keeps the change on the page and clears `saving`', async () => {
    const failing: Persistence = {
      ...memoryPersistence(),
      putEntries: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    }
    setPersistence(failing)
    const status = useStorageStore()
    const reports = useReportsStore()
    const warn = console.warn
    console.warn = () => undefined
    try {
      await reports.add(many(120))
    } finally {
      console.warn = warn
    }
    expect(reports.reports).toHaveLength(120)
    expect(reports.saving).toBeNull()
    expect(status.writeError).toMatch(/存储空间已满/)
    expect(status.failedWrites).toBeGreaterThan(0)
    expect(await failing.loadEntries()).toHaveLength(0)
  })
})
