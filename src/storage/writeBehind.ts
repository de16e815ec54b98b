/**
 * Saving the report entries behind the page: a change is on the page at once, and its keys are
 * marked dirty and written in slices, each slice one transaction of the *current* state of its
 * keys (an entry that is gone by then is deleted). A later change to a key still waiting is simply
 * written in its place, so IndexedDB always ends equal to the page, whatever the order of changes.
 *
 * IndexedDB clones each entry on the page's thread: ten thousand reports at once froze the page
 * for seconds, so a slice is sized to take about SLICE_BUDGET_MS, with a pause between slices.
 */
import type { ReportEntry } from '@/domain/entry'
import { nextTask } from '@/lib/slices'
import { persistence, reportWriteFailure, trackWrites } from './persistence'

/** Time an IndexedDB slice may hold the page's thread (its structured clone of the entries). */
const SLICE_BUDGET_MS = 25
const FIRST_SLICE = 50

/** { done, total } of the save under way; null when everything is saved (or failed and said so). */
export type SaveProgress = { done: number; total: number } | null

export interface WriteBehind {
  /** Marks keys changed on the page; resolves once they (and every earlier change) are saved. */
  mark(keys: Iterable<string>): Promise<void>
  /** Resolves once every change marked so far is written (or its failure reported). */
  whenSaved(): Promise<void>
}

export function createWriteBehind(options: {
  /** The page's entry for a key at the time it is written; undefined: the entry is gone. */
  current: (key: string) => ReportEntry | undefined
  progress: (progress: SaveProgress) => void
}): WriteBehind {
  const dirty = new Set<string>()
  let flushing: Promise<void> | null = null
  /** Entries written since the page last had nothing to save. */
  let savedSoFar = 0

  function showProgress(): void {
    options.progress(dirty.size === 0 ? null : { done: savedSoFar, total: savedSoFar + dirty.size })
  }

  function unloadGuard(event: BeforeUnloadEvent): void {
    event.preventDefault()
  }

  async function flush(): Promise<void> {
    const store = await persistence()
    const guard = typeof window !== 'undefined'
    if (guard) window.addEventListener('beforeunload', unloadGuard)
    let size = FIRST_SLICE
    try {
      await trackWrites(async () => {
        while (dirty.size > 0) {
          const keys: string[] = []
          for (const k of dirty) {
            keys.push(k)
            if (keys.length >= size) break
          }
          for (const k of keys) dirty.delete(k)
          const puts: ReportEntry[] = []
          const gone: string[] = []
          for (const k of keys) {
            const e = options.current(k)
            if (e) puts.push(e)
            else gone.push(k)
          }
          const started = performance.now()
          try {
            if (gone.length) await store.deleteEntries(gone)
            if (puts.length) await store.putEntries(puts)
          } catch (e) {
            // IndexedDB reports its own failures; any other storage that throws is reported the
            // same way, and the save goes on with the next slice.
            reportWriteFailure(e)
          }
          const took = Math.max(1, performance.now() - started)
          // The clone is synchronous and roughly linear: aim the next slice at the budget.
          size = Math.max(10, Math.min(2000, Math.round((keys.length * SLICE_BUDGET_MS) / took)))
          savedSoFar += keys.length
          showProgress()
          if (dirty.size > 0) await nextTask()
        }
      })
    } finally {
      savedSoFar = 0
      showProgress()
      if (guard) window.removeEventListener('beforeunload', unloadGuard)
    }
  }

  function whenSaved(): Promise<void> {
    if (flushing) return flushing.then(whenSaved)
    if (dirty.size === 0) return Promise.resolve()
    flushing = flush().finally(() => {
      flushing = null
    })
    return flushing.then(whenSaved)
  }

  function mark(keys: Iterable<string>): Promise<void> {
    for (const k of keys) dirty.add(k)
    showProgress()
    return whenSaved()
  }

  return { mark, whenSaved }
}
