/// <reference lib="webworker" />
/** The import worker: parses dropped files off the page's thread (see importHandler.ts). */
import { createImportHandler } from './importHandler'
import type { ImportRequest } from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope
const handle = createImportHandler((response) => scope.postMessage(response))

scope.onmessage = (event: MessageEvent<ImportRequest>) => handle(event.data)
