/**
 * Storage faults in Node (fake-indexeddb): a write refused for quota leaves IndexedDB exactly as
 * it was, never throws to the stores, and tells the page (the banner's message); a refused open
 * falls back to memory and says why. The browser test (tests/e2e/hostile.test.ts)
 * covers the same with chromium's IndexedDB, and two tabs.
 */
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { onStorageNotice, openPersistence, setPersistence } from '@/storage/persistence'
import { useStorageStore } from '@/stores/storage'
import type { ReportEntry } from '@/domain/entry'

function entry(key: string): ReportEntry {
  return { key, agency: key, year: 2024, versions: [], activeId: '' }
}

const realPut = IDBObjectStore.prototype.put
const realOpen = IDBFactory.prototype.open

let notices: string[] = []
let stopListening = () => {}

beforeEach(() => {
  notices = []
  stopListening = onStorageNotice((n) => notices.push(`${n.type}: ${n.message}`))
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(() => {
  IDBObjectStore.prototype.put = realPut
  IDBFactory.prototype.open = realOpen
  stopListening()
  vi.restoreAllMocks()
})

/** put() fails as on a full disk from the `from`-th call on (0: every call). */
function fullDiskFrom(from: number): void {
  let calls = 0
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
    if (calls++ >= from) throw new DOMException('quota', 'QuotaExceededError')
    return realPut.apply(this, args)
  }
}

describe('a write refused for quota', () => {
  it('keeps what was saved, does not throw, and says so', async () => {
    const db = await openPersistence()
    expect(db.kind).toBe('indexeddb')
    await db.putEntries([entry('quota-a')])
    fullDiskFrom(0)
    await expect(db.putEntries([entry('quota-b')])).resolves.toBeUndefined()
    await expect(db.set('settings', { locale: 'en' })).resolves.toBeUndefined()
    expect(notices).toHaveLength(2)
    expect(notices[0]).toMatch(/^write-failed: 浏览器存储空间已满.*之前保存的数据没有受影响/)
    IDBObjectStore.prototype.put = realPut
    const keys = (await db.loadEntries()).map((e) => e.key)
    expect(keys).toContain('quota-a')
    expect(keys).not.toContain('quota-b')
  })

  it('keeps none of a batch whose later write fails (one transaction)', async () => {
    const db = await openPersistence()
    fullDiskFrom(1)
    await db.putEntries([entry('batch-1'), entry('batch-2'), entry('batch-3')])
    IDBObjectStore.prototype.put = realPut
    const keys = (await db.loadEntries()).map((e) => e.key)
    expect(keys.filter((k) => k.startsWith('batch-'))).toEqual([])
    expect(notices).toEqual([expect.stringMatching(/^write-failed: /)])
  })
})

describe('IndexedDB refused', () => {
  it('runs in memory and says why, in Chinese', async () => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    const db = await openPersistence()
    expect(db.kind).toBe('memory')
    expect(db.reason).toMatch(/^无法打开本机数据库 IndexedDB（浏览器拒绝：SecurityError）。隐私/)
    // The banner's store says the same, from a fresh Pinia.
    setActivePinia(createPinia())
    setPersistence(db)
    const status = useStorageStore()
    await status.load()
    expect(status).toMatchObject({ kind: 'memory', memoryReason: db.reason })
    setPersistence(null)
    await db.putEntries([entry('mem')])
    expect((await db.loadEntries()).map((e) => e.key)).toEqual(['mem'])
  })
})
