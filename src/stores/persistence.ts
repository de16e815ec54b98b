/**
 * Where everything the person imports and decides is kept: IndexedDB through `idb`. When the
 * browser refuses IndexedDB (private mode, policy), the same interface runs in memory and the app
 * says that nothing will survive a reload.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { ReportEntry } from './reportEntry'

export const DB_NAME = 'gov-disclosure-dashboard'
const DB_VERSION = 1

interface DashboardDb extends DBSchema {
  entries: { key: string; value: ReportEntry }
  kv: { key: string; value: unknown }
}

export interface Persistence {
  kind: 'indexeddb' | 'memory'
  /** Why IndexedDB is not used, in Chinese, when kind is 'memory'. */
  reason?: string
  loadEntries(): Promise<ReportEntry[]>
  putEntries(entries: readonly ReportEntry[]): Promise<void>
  deleteEntries(keys: readonly string[]): Promise<void>
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown): Promise<void>
}

/**
 * Values leave Vue's reactivity before they are stored: proxies cannot be structured-cloned,
 * and a JSON round trip also drops `undefined` fields the way the export does.
 */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export function memoryPersistence(reason?: string): Persistence {
  const entries = new Map<string, ReportEntry>()
  const kv = new Map<string, unknown>()
  return {
    kind: 'memory',
    reason,
    async loadEntries() {
      return [...entries.values()].map(plain)
    },
    async putEntries(list) {
      for (const e of list) entries.set(e.key, plain(e))
    },
    async deleteEntries(keys) {
      for (const k of keys) entries.delete(k)
    },
    async get<T>(key: string) {
      const v = kv.get(key)
      return v === undefined ? undefined : (plain(v) as T)
    },
    async set(key, value) {
      kv.set(key, plain(value))
    },
  }
}

function idbPersistence(db: IDBPDatabase<DashboardDb>): Persistence {
  return {
    kind: 'indexeddb',
    async loadEntries() {
      return db.getAll('entries')
    },
    async putEntries(list) {
      const tx = db.transaction('entries', 'readwrite')
      await Promise.all([...list.map((e) => tx.store.put(plain(e))), tx.done])
    },
    async deleteEntries(keys) {
      const tx = db.transaction('entries', 'readwrite')
      await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done])
    },
    async get<T>(key: string) {
      return (await db.get('kv', key)) as T | undefined
    },
    async set(key, value) {
      await db.put('kv', plain(value), key)
    },
  }
}

export async function openPersistence(): Promise<Persistence> {
  if (typeof indexedDB === 'undefined') {
    return memoryPersistence('此浏览器不提供 IndexedDB，数据只保存在本页面中，刷新后会丢失。')
  }
  try {
    const db = await openDB<DashboardDb>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('entries', { keyPath: 'key' })
        database.createObjectStore('kv')
      },
    })
    return idbPersistence(db)
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return memoryPersistence(
      `无法打开 IndexedDB（${detail}），数据只保存在本页面中，刷新后会丢失。`,
    )
  }
}

let current: Promise<Persistence> | null = null

/** The app's one storage, opened on first use. */
export function persistence(): Promise<Persistence> {
  current ??= openPersistence()
  return current
}

/** Tests (and the memory fallback) install their own storage. */
export function setPersistence(p: Persistence | null): void {
  current = p ? Promise.resolve(p) : null
}
