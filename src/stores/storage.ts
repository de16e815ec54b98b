/**
 * What the page knows of its storage, for the storage banner: where the data is kept (IndexedDB,
 * or memory and why), the last write that failed, a reload the person must make, and the changes
 * taken in from other tabs. The storage module tells; this store remembers, per Pinia, so devtools
 * show it and a fresh Pinia starts clean.
 */
import { defineStore } from 'pinia'
import { onScopeDispose, ref } from 'vue'
import { onStorageNotice, persistence } from '@/storage/persistence'

export const useStorageStore = defineStore('storage', () => {
  const kind = ref<'indexeddb' | 'memory' | null>(null)
  /** Why the app runs in memory. */
  const memoryReason = ref<string | null>(null)
  /** The last write that did not reach IndexedDB, until the person dismisses it. */
  const writeError = ref<string | null>(null)
  /** Set when this tab can no longer trust its copy: the person must reload the page. */
  const reloadNeeded = ref<string | null>(null)
  /** Writes that failed since the page opened: an action compares it before and after. */
  const failedWrites = ref(0)
  /** Counts the changes made by other tabs that this tab has taken in. */
  const syncedFromOtherTab = ref(0)

  onScopeDispose(
    onStorageNotice((notice) => {
      if (notice.type === 'write-failed') {
        writeError.value = notice.message
        failedWrites.value += 1
      } else reloadNeeded.value = notice.message
    }),
  )

  async function load(): Promise<void> {
    const store = await persistence()
    kind.value = store.kind
    memoryReason.value = store.kind === 'memory' ? (store.reason ?? null) : null
  }

  function dismissWriteError(): void {
    writeError.value = null
  }

  return {
    kind,
    memoryReason,
    writeError,
    reloadNeeded,
    failedWrites,
    syncedFromOtherTab,
    load,
    dismissWriteError,
  }
})
