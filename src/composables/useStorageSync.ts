/**
 * Keeps this tab in step with the others: when another tab of the app writes to IndexedDB (it
 * announces it on a BroadcastChannel, see src/storage), the stores it touched are read again
 * from IndexedDB. If that fails, the person is asked to reload rather than work on stale data.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import { useAliasesStore } from '@/stores/aliases'
import { useFindingsStore } from '@/stores/findings'
import { onRemoteChange, writesSettled, type StorageScope } from '@/storage/persistence'
import { useReportsStore } from '@/stores/reports'
import { useSettingsStore } from '@/stores/settings'
import { useStorageStore } from '@/stores/storage'

/** Several writes of one action (entries, then settings…) arrive together: reload once. */
const SETTLE_MS = 120

export function useStorageSync(): void {
  const storage = useStorageStore()
  // Each resolves true when what it read differs from what the page held.
  const loaders: Record<string, () => Promise<boolean>> = {
    entries: () => useReportsStore().load(),
    settings: () => useSettingsStore().load(),
    aliases: () => useAliasesStore().load(),
    judgements: () => useFindingsStore().load(),
  }
  let pending = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let stop: (() => void) | null = null

  async function reload(): Promise<void> {
    timer = null
    const names = pending
    pending = new Set()
    // Our own writes first, so a reload never overwrites what this tab just did.
    await writesSettled()
    try {
      const changed = await Promise.all(
        [...names].map((name) => (loaders[name] ?? (() => Promise.resolve(false)))()),
      )
      // Said only when this page now shows something else: a tab that opened and only read (or
      // wrote back what was there) changed nothing here.
      if (changed.some(Boolean)) storage.syncedFromOtherTab += 1
    } catch (e) {
      console.warn('reload after another tab’s change failed:', e)
      storage.reloadNeeded =
        '另一个标签页修改了数据，但本页未能同步。请重新载入本页，以免覆盖那边的更改。'
    }
  }

  function onChange(scope: StorageScope): void {
    // An unknown key (a newer app version in the other tab) reloads everything.
    const name = scope.store === 'entries' ? 'entries' : scope.key
    if (loaders[name]) pending.add(name)
    else for (const n of Object.keys(loaders)) pending.add(n)
    if (timer === null) timer = setTimeout(() => void reload(), SETTLE_MS)
  }

  onMounted(() => {
    stop = onRemoteChange(onChange)
  })
  onBeforeUnmount(() => {
    stop?.()
    if (timer !== null) clearTimeout(timer)
  })
}
