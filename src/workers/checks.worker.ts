/// <reference lib="webworker" />
/**
 * The checks worker: the findings engine over every report held, off the page's thread — at ten
 * thousand reports it takes seconds, and the page must stay usable meanwhile. It keeps the
 * reports it was sent (see checksProtocol.ts).
 */
import type { Report } from '@/domain/report'
import { runChecks } from './checksTask'
import type { ChecksRequest, ChecksResponse } from './checksProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
let held = new Map<number, Report>()

scope.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const { data } = event
  if (data.type === 'put') {
    for (const [n, report] of data.reports) held.set(n, report)
    return
  }
  if (data.type !== 'check') return
  let message: ChecksResponse
  try {
    const next = new Map<number, Report>()
    const reports: Report[] = []
    for (const n of data.reports) {
      const r = held.get(n)
      if (!r) throw new Error(`检查线程缺少报告 ${n}`)
      next.set(n, r)
      reports.push(r)
    }
    held = next
    message = { type: 'done', id: data.id, findings: runChecks(reports, data.thresholds) }
  } catch (e) {
    message = { type: 'failed', id: data.id, message: e instanceof Error ? e.message : String(e) }
  }
  scope.postMessage(message)
}
