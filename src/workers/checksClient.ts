/**
 * Runs the checks in a worker, one request at a time: a new request while one is running ends
 * that worker (its answer is no longer wanted) and starts afresh, so a person changing thresholds
 * or importing never waits for a stale check. Where Workers are missing, or the worker fails, the
 * same task runs on the page (client.ts), the request under way included.
 *
 * The worker keeps the reports it was sent (checksProtocol.ts): a check after an import sends
 * only the new reports, in slices of a few milliseconds, so the page's thread never spends a
 * long task copying ten thousand reports into the worker.
 */
import type { Finding } from '@/checks/types'
import type { Thresholds } from '@/checks/thresholds'
import type { Report } from '@/domain/report'
import { SLICE_MS, nextTask } from '@/lib/slices'
import { createWorkerClient, workersAvailable, type WorkerLike } from './client'
import type { ChecksRequest, ChecksResponse } from './checksProtocol'

/**
 * The checks on the page, loaded only when the page must run them (no Workers, or the worker
 * failed): every rule and its messages in both languages would otherwise weigh on the first view.
 */
async function runChecks(reports: readonly Report[], thresholds: Thresholds): Promise<Finding[]> {
  const { runChecks: run } = await import('./checksTask')
  return run(reports, thresholds)
}

/** Reports per `put` message. */
export const PUT_BATCH = 25

export interface ChecksRunner {
  /** The findings, or null when a newer request replaced this one. */
  run(reports: readonly Report[], thresholds: Thresholds): Promise<Finding[] | null>
  dispose(): void
}

function startChecksWorker(): WorkerLike {
  return new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' })
}

interface Pending {
  id: number
  reports: readonly Report[]
  thresholds: Thresholds
  resolve: (findings: Finding[] | null) => void
  reject: (error: Error) => void
}

/** Runs the checks on the page, as a promise (a throw becomes a rejection). */
function checkHere(p: Pick<Pending, 'reports' | 'thresholds' | 'resolve' | 'reject'>): void {
  runChecks(p.reports, p.thresholds).then(p.resolve, (e: unknown) =>
    p.reject(e instanceof Error ? e : new Error(String(e))),
  )
}

export function createChecksRunner(options: { startWorker?: () => WorkerLike } = {}): ChecksRunner {
  let seq = 0
  let pending: Pending | null = null
  /** The number each report has in the current worker; a new worker holds none. */
  let sent = new WeakMap<Report, number>()
  let lastNumber = 0

  const client = createWorkerClient<ChecksRequest, ChecksResponse>({
    start: options.startWorker ?? (workersAvailable() ? startChecksWorker : null),
    onMessage(message) {
      if (!pending || message.id !== pending.id) return
      const p = pending
      pending = null
      if (message.type === 'done') p.resolve(message.findings)
      else p.reject(new Error(message.message))
    },
    onFailure() {
      sent = new WeakMap()
      const p = pending
      pending = null
      if (p) checkHere(p)
    },
  })

  function stop(): void {
    client.restart()
    sent = new WeakMap()
    pending?.resolve(null)
    pending = null
  }

  /** Sends the reports the worker does not hold yet, a slice at a time; null if replaced. */
  async function put(reports: readonly Report[], id: number): Promise<number[] | null> {
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
        if (!client.post({ type: 'put', reports: batch })) return numbers
        batch = []
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextTask()
          // A newer request came meanwhile: it goes on with what was sent.
          if (id !== seq) return null
          sliceStart = performance.now()
        }
      }
    }
    if (batch.length) client.post({ type: 'put', reports: batch })
    return numbers
  }

  /** The findings of request `id`, or null if a newer request came while they were computed. */
  function latest(id: number, findings: Finding[]): Finding[] | null {
    return id === seq ? findings : null
  }

  async function run(
    reports: readonly Report[],
    thresholds: Thresholds,
  ): Promise<Finding[] | null> {
    const id = ++seq
    if (pending) stop()
    if (client.inline) return latest(id, await runChecks(reports, thresholds))
    const numbers = await put(reports, id)
    if (numbers === null) return null
    if (client.inline) return id === seq ? latest(id, await runChecks(reports, thresholds)) : null
    // The worker forgets the reports this check does not name; so does the page.
    sent = new WeakMap(reports.map((r, i) => [r, numbers[i] as number]))
    return new Promise<Finding[] | null>((resolve, reject) => {
      pending = { id, reports, thresholds, resolve, reject }
      // Spread: the thresholds may be a reactive proxy, which cannot be cloned into a worker. A
      // failure to post runs this check on the page (onFailure).
      client.post({ type: 'check', id, reports: numbers, thresholds: { ...thresholds } })
    })
  }

  return { run, dispose: stop }
}
