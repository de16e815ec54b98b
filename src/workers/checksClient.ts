/**
 * Runs the checks in a worker, one request at a time: a new request while one is running ends
 * that worker (its answer is no longer wanted) and starts afresh, so a person changing thresholds
 * or importing never waits for a stale check. Where Workers are missing, or the worker fails, the
 * same task runs on the page.
 */
import type { Finding } from '@/checks/types'
import type { Thresholds } from '@/checks/thresholds'
import type { Report } from '@/domain/report'
import type { ChecksRequest, ChecksResponse } from './checksProtocol'
import { runChecks } from './checksTask'

export interface ChecksRunner {
  /** The findings, or null when a newer request replaced this one. */
  run(reports: readonly Report[], thresholds: Thresholds): Promise<Finding[] | null>
  dispose(): void
}

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined'
}

export function createChecksRunner(): ChecksRunner {
  let worker: Worker | null = null
  let seq = 0
  let pending: {
    id: number
    resolve: (f: Finding[] | null) => void
    reject: (e: Error) => void
  } | null = null
  /** Set after a worker failure: from then on the page runs the checks itself. */
  let inline = !workersAvailable()

  function start(): Worker {
    const w = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (e: MessageEvent<ChecksResponse>) => {
      if (!pending || e.data.id !== pending.id) return
      const { resolve, reject } = pending
      pending = null
      if (e.data.type === 'done') resolve(e.data.findings)
      else reject(new Error(e.data.message))
    }
    w.onerror = (e) => {
      const p = pending
      pending = null
      p?.reject(new Error(e.message || '检查线程出错'))
    }
    return w
  }

  function stop(): void {
    worker?.terminate()
    worker = null
    pending?.resolve(null)
    pending = null
  }

  async function run(
    reports: readonly Report[],
    thresholds: Thresholds,
  ): Promise<Finding[] | null> {
    const id = ++seq
    if (pending) stop()
    if (!inline) {
      try {
        worker ??= start()
        const w = worker
        // Spread: the thresholds may be a reactive proxy, which cannot be cloned into a worker.
        const request: ChecksRequest = {
          type: 'check',
          id,
          reports: [...reports],
          thresholds: { ...thresholds },
        }
        return await new Promise<Finding[] | null>((resolve, reject) => {
          pending = { id, resolve, reject }
          w.postMessage(request)
        })
      } catch (e) {
        // A worker that cannot start (blocked by policy) or a message it cannot take: run here.
        console.warn('checks worker failed, checking on the page instead', e)
        inline = true
        worker?.terminate()
        worker = null
        pending = null
        if (id !== seq) return null
      }
    }
    return runChecks(reports, thresholds)
  }

  return { run, dispose: stop }
}
