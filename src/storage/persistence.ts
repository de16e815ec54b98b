/**
 * Where everything the person imports and decides is kept: IndexedDB through `idb`. Storage can
 * fail in three ways, and each is told to the page (`onStorageNotice`), which says it in Chinese
 * in the storage banner:
 *
 * - IndexedDB unavailable (private windows, policies, a broken profile): the same interface runs
 *   in memory (`kind: 'memory'`, with the reason) and the app says that nothing will survive a
 *   reload.
 * - A write refused (QuotaExceededError above all): the transaction is aborted whole, so what was
 *   saved before stays intact; the change stays on the page and the person is told it was not
 *   saved. Writes never throw to the stores: a full disk must not break an import half way.
 * - Another tab of the app wrote: every successful write is announced on a BroadcastChannel and
 *   the other tabs reload their stores from IndexedDB (useStorageSync); when the database is
 *   upgraded or closed under a tab, that tab is told to reload.
 *
 * No Vue here: the page's state of all this (what the banner shows) is the storage store's.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { ReportEntry } from '@/domain/entry'

export const DB_NAME = 'gov-disclosure-dashboard'
const DB_VERSION = 1
/** A browser that neither opens nor refuses the database (a hung profile) is not waited for. */
const OPEN_TIMEOUT_MS = 10_000

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

/** What the page must be told about the storage; the messages are in Chinese. */
export type StorageNotice =
  /** A write did not reach IndexedDB: the change is only on the page. */
  | { type: 'write-failed'; message: string }
  /** This tab can no longer trust its copy: the person must reload the page. */
  | { type: 'reload-needed'; message: string }

const noticeListeners = new Set<(notice: StorageNotice) => void>()

/** Calls `listener` with every notice from now on; returns the unsubscribe. */
export function onStorageNotice(listener: (notice: StorageNotice) => void): () => void {
  noticeListeners.add(listener)
  return () => noticeListeners.delete(listener)
}

export function tellStorageNotice(notice: StorageNotice): void {
  for (const listener of noticeListeners) listener(notice)
}

/** Tells the page that a write failed, and why; the write itself never throws to the stores. */
export function reportWriteFailure(e: unknown): void {
  console.warn('IndexedDB write failed:', e)
  tellStorageNotice({ type: 'write-failed', message: writeFailureMessage(e) })
}

/** What a write touched: the report entries, or one key of the key–value store. */
export type StorageScope = { store: 'entries' } | { store: 'kv'; key: string }

interface ChangeMessage {
  type: 'changed'
  scope: StorageScope
}

/**
 * Values leave Vue's reactivity before they are stored: proxies cannot be structured-cloned,
 * and a JSON round trip also drops `undefined` fields the way the export does.
 */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function errorName(e: unknown): string {
  if (e instanceof DOMException || e instanceof Error) return e.name
  return typeof e
}

function isQuotaError(e: unknown): boolean {
  // Chromium and Firefox name it; old WebKit only gives the legacy code 22.
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22)
}

/** The Chinese message for a write that failed. */
export function writeFailureMessage(e: unknown): string {
  if (isQuotaError(e))
    return '浏览器存储空间已满，刚才的更改没有保存：它只在本页面中，刷新后会丢失；之前保存的数据没有受影响。请在「数据管理」中删除不需要的报告，或清理浏览器中其他网站的数据后再试。'
  return `保存到本机浏览器失败（${errorName(e)}），刚才的更改只在本页面中，刷新后会丢失；之前保存的数据没有受影响。`
}

// ---- Other tabs ----

const CHANNEL_NAME = `${DB_NAME}:changes`
let channel: BroadcastChannel | null = null
const remoteListeners = new Set<(scope: StorageScope) => void>()

function openChannel(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return
  channel = new BroadcastChannel(CHANNEL_NAME)
  // Node (unit tests) keeps the process alive for an open channel; browsers have no unref.
  ;(channel as BroadcastChannel & { unref?: () => void }).unref?.()
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<ChangeMessage> | null
    if (data?.type !== 'changed' || !data.scope) return
    for (const listener of remoteListeners) listener(data.scope)
  }
}

function announce(scope: StorageScope): void {
  try {
    channel?.postMessage({ type: 'changed', scope } satisfies ChangeMessage)
  } catch {
    // A closed channel only means the other tabs learn of the change at their next load.
  }
}

/** Calls `listener` when another tab of the app has written; returns the unsubscribe. */
export function onRemoteChange(listener: (scope: StorageScope) => void): () => void {
  remoteListeners.add(listener)
  return () => remoteListeners.delete(listener)
}

// ---- Writes in flight: a reload from another tab's change waits for this tab's own writes ----

let inFlight = 0
let idleWaiters: (() => void)[] = []

/** Resolves once this tab has no write in progress. */
export function writesSettled(): Promise<void> {
  if (inFlight === 0) return Promise.resolve()
  return new Promise((resolve) => idleWaiters.push(resolve))
}

/**
 * Counts `run` as one write in progress from start to end: a save made of many transactions
 * with pauses between them is not interrupted by a reload from another tab's change.
 */
export async function trackWrites<T>(run: () => Promise<T>): Promise<T> {
  inFlight += 1
  try {
    return await run()
  } finally {
    settleOne()
  }
}

function settleOne(): void {
  inFlight -= 1
  if (inFlight === 0) {
    const waiters = idleWaiters
    idleWaiters = []
    for (const w of waiters) w()
  }
}

async function guardedWrite(scope: StorageScope, write: () => Promise<void>): Promise<void> {
  inFlight += 1
  try {
    await write()
    announce(scope)
  } catch (e) {
    reportWriteFailure(e)
  } finally {
    settleOne()
  }
}

// ---- The two implementations ----

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

/**
 * Runs the requests of one read-write transaction. If any request fails (a synchronous throw or
 * a rejected request), the transaction is aborted so none of it is kept: IndexedDB then still
 * holds exactly what it held before.
 */
async function atomically<T>(
  tx: { done: Promise<void>; abort(): void },
  items: readonly T[],
  issue: (item: T) => Promise<unknown>,
): Promise<void> {
  // Once aborted, tx.done and every request already issued reject too (AbortError). The first
  // failure is the one reported; the others must not surface as unhandled rejections.
  tx.done.catch(() => undefined)
  const issued: Promise<unknown>[] = []
  try {
    for (const item of items) {
      const request = issue(item)
      request.catch(() => undefined)
      issued.push(request)
    }
    await Promise.all([...issued, tx.done])
  } catch (e) {
    try {
      tx.abort()
    } catch {
      // Already finished or aborted by the browser (a real quota error aborts by itself).
    }
    throw e
  }
}

function idbPersistence(db: IDBPDatabase<DashboardDb>): Persistence {
  return {
    kind: 'indexeddb',
    async loadEntries() {
      return db.getAll('entries')
    },
    putEntries(list) {
      return guardedWrite({ store: 'entries' }, () => {
        const tx = db.transaction('entries', 'readwrite')
        return atomically(tx, list, (e) => {
          // Entries come from the import worker as plain objects and clone as they are; copying
          // 10,000 of them through JSON first took tens of seconds on the page's thread.
          try {
            return tx.store.put(e)
          } catch (error) {
            if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error
            return tx.store.put(plain(e))
          }
        })
      })
    },
    deleteEntries(keys) {
      return guardedWrite({ store: 'entries' }, () => {
        const tx = db.transaction('entries', 'readwrite')
        return atomically(tx, keys, (k) => tx.store.delete(k))
      })
    },
    async get<T>(key: string) {
      return (await db.get('kv', key)) as T | undefined
    },
    set(key, value) {
      return guardedWrite({ store: 'kv', key }, async () => {
        await db.put('kv', plain(value), key)
      })
    },
  }
}

/** `promise`, or a rejection after `ms`; the timer never outlives the race. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${ms / 1000} 秒内没有响应`)), ms)
  })
  try {
    return await Promise.race([promise, late])
  } finally {
    clearTimeout(timer)
  }
}

/** The storage banner's title already says that nothing survives a reload; this says why. */
const PRIVATE_HINT =
  '隐私/无痕窗口或禁止网站保存数据的浏览器设置常见此情况。可改用普通窗口打开本页；也可随时在「数据管理」中导出备份。'

/** Why opening failed, short: the browser's own message is English and long. */
function openFailure(e: unknown): string {
  if (e instanceof DOMException) return `浏览器拒绝：${e.name}`
  if (e instanceof Error) return e.name === 'Error' ? e.message : e.name
  return String(e)
}

export async function openPersistence(): Promise<Persistence> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return memoryPersistence(`此浏览器不提供本机数据库 IndexedDB。${PRIVATE_HINT}`)
  }
  try {
    const db = await withTimeout(
      openDB<DashboardDb>(DB_NAME, DB_VERSION, {
        upgrade(database) {
          database.createObjectStore('entries', { keyPath: 'key' })
          database.createObjectStore('kv')
        },
        // A newer version of the app opened in another tab wants to upgrade the database: let it,
        // and ask this tab to reload rather than keep writing with the old layout.
        blocking() {
          db.close()
          tellStorageNotice({
            type: 'reload-needed',
            message: '另一个标签页中打开了更新版本的看板，本页的数据可能已过时。请重新载入本页。',
          })
        },
        terminated() {
          tellStorageNotice({
            type: 'reload-needed',
            message:
              '浏览器关闭了本机数据库（可能是存储被清除），本页之后的更改不会被保存。请重新载入本页。',
          })
        },
      }),
      OPEN_TIMEOUT_MS,
    )
    openChannel()
    return idbPersistence(db)
  } catch (e) {
    return memoryPersistence(`无法打开本机数据库 IndexedDB（${openFailure(e)}）。${PRIVATE_HINT}`)
  }
}

let current: Promise<Persistence> | null = null

/** The app's one storage, opened on first use. */
export function persistence(): Promise<Persistence> {
  current ??= openPersistence()
  return current
}

/** Tests install their own storage; null opens the browser's again on next use. */
export function setPersistence(p: Persistence | null): void {
  current = p ? Promise.resolve(p) : null
}
