/// <reference lib="webworker" />
/**
 * The checks worker: the findings engine over every report held, off the page's thread — at ten
 * thousand reports it takes seconds, and the page must stay usable meanwhile.
 */
import { runChecks } from './checksTask'
import type { ChecksRequest, ChecksResponse } from './checksProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const { data } = event
  if (data.type !== 'check') return
  let message: ChecksResponse
  try {
    message = { type: 'done', id: data.id, findings: runChecks(data.reports, data.thresholds) }
  } catch (e) {
    message = { type: 'failed', id: data.id, message: e instanceof Error ? e.message : String(e) }
  }
  scope.postMessage(message)
}
