/**
 * Runs the checks in a worker, one request at a time: a new request while one is running ends
 * that worker (its answer is no longer wanted) and starts afresh, so a person changing thresholds
 * or importing never waits for a stale check. Where Workers are missing, or the worker fails, the
 * same task runs on the page.
 *
 * The worker keeps the reports it was sent (checksProtocol.ts): a check after an import sends
 * only the new reports, in slices of a few milliseconds, so the page's thread never spends a
 * long task copying ten thousand reports into the worker.
 */
import type { Finding } from '@/checks/types'
import type { Thresholds } from '@/checks/thresholds'
import type { Report } from '@/domain/report'
import type { ChecksRequest, ChecksResponse } from './checksProtocol'
import { runChecks } from './checksTask'
import { SLICE_MS, nextTask } from '@/lib/slices'

/** Reports per `put` message. */
const PUT_BATCH = 25

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
  /** The number each report has in the current worker; a new worker holds none. */
  let sent = new WeakMap<Report, number>()
  let lastNumber = 0

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
    sent = new WeakMap()
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
        // Reports the worker does not hold yet go first, a slice at a time.
        const numbers = new Array<number>(reports.length)
        let batch: [number, Report][] = []
        let sliceStart = performance.now()
        for (let i = 0; i < reports.length; i++) {
          const r = reports[i] as Report
          let n = sent.get(r)
          if (n === undefined) {
            n = ++lastNumber
            sent.set(r, n)
            batch.push([n, r])
          }
          numbers[i] = n
          if (batch.length >= PUT_BATCH) {
            w.postMessage({ type: 'put', reports: batch } satisfies ChecksRequest)
            batch = []
            if (performance.now() - sliceStart > SLICE_MS) {
              await nextTask()
              // A newer request came meanwhile: it goes on with what was sent.
              if (id !== seq || worker !== w) return null
              sliceStart = performance.now()
            }
          }
        }
        if (batch.length) w.postMessage({ type: 'put', reports: batch } satisfies ChecksRequest)
        // The worker forgets the reports this check does not name; so does the page.
        sent = new WeakMap(reports.map((r, i) => [r, numbers[i] as number]))
        // Spread: the thresholds may be a reactive proxy, which cannot be cloned into a worker.
        const request: ChecksRequest = {
          type: 'check',
          id,
          reports: numbers,
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
