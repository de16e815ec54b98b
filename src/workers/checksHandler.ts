/**
 * The checks worker's side of the protocol (checksProtocol.ts), without the worker: it keeps the
 * reports it was sent, by number, and answers each check with the findings or why it failed. The
 * worker script only wires it to its messages, so tests run it in-process.
 */
import type { Report } from '@/domain/report'
import type { ChecksRequest, ChecksResponse } from './checksProtocol'
import { runChecks } from './checksTask'

export interface ChecksHandler {
  (request: ChecksRequest): void
  /** How many reports are held now (for tests: a check forgets the ones it does not name). */
  readonly held: () => number
}

export function createChecksHandler(post: (response: ChecksResponse) => void): ChecksHandler {
  let held = new Map<number, Report>()

  const handle = (request: ChecksRequest): void => {
    if (request.type === 'put') {
      for (const [n, report] of request.reports) held.set(n, report)
      return
    }
    if (request.type !== 'check') return
    let response: ChecksResponse
    try {
      const next = new Map<number, Report>()
      const reports: Report[] = []
      for (const n of request.reports) {
        const r = held.get(n)
        if (!r) throw new Error(`检查线程缺少报告 ${n}`)
        next.set(n, r)
        reports.push(r)
      }
      held = next
      response = { type: 'done', id: request.id, findings: runChecks(reports, request.thresholds) }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      response = { type: 'failed', id: request.id, message }
    }
    post(response)
  }
  return Object.assign(handle, { held: () => held.size })
}
