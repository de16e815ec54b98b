/// <reference lib="webworker" />
/**
 * The checks worker: the findings engine over every report held, off the page's thread — at ten
 * thousand reports it takes seconds, and the page must stay usable meanwhile. It keeps the
 * reports it was sent (see checksProtocol.ts and checksHandler.ts).
 */
import { createChecksHandler } from './checksHandler'
import type { ChecksRequest } from './checksProtocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
const handle = createChecksHandler((response) => scope.postMessage(response))

scope.onmessage = (event: MessageEvent<ChecksRequest>) => handle(event.data)
