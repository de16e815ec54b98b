// @vitest-environment jsdom
/**
 * Two small things a person saw: a tab that only opened (and read) made another tab say its data
 * changed; and a pasted text was named with an English "AM" and landed unseen on another page of
 * the import list.
 */
import 'fake-indexeddb/auto'
import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import StorageBanner from '@/components/layout/StorageBanner.vue'
import { openPersistence, setPersistence, type Persistence } from '@/storage/persistence'
import { useImportQueueStore } from '@/stores/importQueue'
import { useReportsStore } from '@/stores/reports'
import { useSettingsStore } from '@/stores/settings'
import { useStorageStore } from '@/stores/storage'
import ImportView from '@/views/ImportView.vue'
import { expected, sampleText } from '../unit/helpers'
import { freshPinia, freshStorage, mountView } from './setup'

describe('reading what is stored', () => {
  let storage: Persistence
  beforeEach(() => {
    storage = freshStorage()
  })

  it('does not write the settings back, and says whether they changed', async () => {
    freshPinia()
    const settings = useSettingsStore()
    const set = vi.spyOn(storage, 'set')
    expect(await settings.load()).toBe(false)
    await flushPromises()
    expect(set).not.toHaveBeenCalled()
    settings.minCases = 10
    await flushPromises()
    expect(set).toHaveBeenCalledTimes(1)
    // Read again as stored: nothing changed, nothing written.
    expect(await settings.load()).toBe(false)
    await flushPromises()
    expect(set).toHaveBeenCalledTimes(1)
    // Another tab's change: read, and said.
    await storage.set('settings', { minCases: 5 })
    expect(await settings.load()).toBe(true)
    expect(settings.minCases).toBe(5)
  })

  it('keeps the reports it holds when the stored ones are the same', async () => {
    freshPinia()
    const reports = useReportsStore()
    await reports.load()
    await reports.add([{ report: expected('hongze-2023') }])
    const held = reports.entries
    expect(await reports.load()).toBe(false)
    expect(reports.entries).toBe(held)
    const [entry] = await storage.loadEntries()
    await storage.putEntries([{ ...entry!, key: 'x\u00002024', agency: 'x', year: 2024 }])
    expect(await reports.load()).toBe(true)
    expect(reports.reports).toHaveLength(2)
  })
})

describe('another tab', () => {
  it('is said to have changed the data only when it did', async () => {
    // IndexedDB (fake) and its channel, as in the browser; another tab posts on the channel.
    setPersistence(null)
    const db = await openPersistence()
    setPersistence(db)
    const pinia = freshPinia()
    await useSettingsStore().load()
    await mountView(StorageBanner, { pinia })
    const storage = useStorageStore()
    const other = new BroadcastChannel('gov-disclosure-dashboard:changes')
    const announce = async () => {
      other.postMessage({ type: 'changed', scope: { store: 'kv', key: 'settings' } })
      // The page reads again once a burst of writes has settled (120 ms).
      await new Promise((resolve) => setTimeout(resolve, 300))
      await flushPromises()
    }
    // The other tab opened and wrote back what was there: nothing to say.
    await announce()
    expect(storage.syncedFromOtherTab).toBe(0)
    // It changed a setting: said.
    await db.set('settings', { minCases: 12 })
    await announce()
    expect(storage.syncedFromOtherTab).toBe(1)
    expect(useSettingsStore().minCases).toBe(12)
    other.close()
  })
})

describe('a pasted text', () => {
  beforeEach(() => {
    freshStorage()
  })

  it('is named in Chinese on a 24-hour clock, and shown even when it lands on another page', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountView(ImportView, { pinia, path: '/import' })
    const queue = useImportQueueStore()
    // Thirty files already listed fill the first page.
    queue.enqueue(Array.from({ length: 30 }, (_, i) => ({ name: `文件${i}.txt`, size: 1 })))
    await flushPromises()
    await wrapper.find('textarea').setValue(sampleText('pingtan-police-2022.txt'))
    await wrapper.find('[data-test="paste-import"]').trigger('click')
    await flushPromises()
    const pasted = queue.items[queue.items.length - 1]
    expect(pasted?.name).toMatch(/^粘贴文本 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(pasted?.name).not.toMatch(/AM|PM/)
    await vi.waitFor(() =>
      expect(wrapper.find(`[data-item="${pasted?.id}"]`).classes()).toContain('pasted'),
    )
    expect(wrapper.find('[data-test="files-summary"]').text()).toContain('第 31–31 个')
  })
})
