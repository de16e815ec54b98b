/// <reference lib="webworker" />
/**
 * The import worker: parses dropped files off the page's thread, one at a time, and reports each
 * file as soon as it is read so the progress bar moves.
 */
import { runImportJob } from './importTask'
import type { ImportRequest, ImportResponse } from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

function post(message: ImportResponse): void {
  scope.postMessage(message)
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  if (event.data.type !== 'import') return
  for (const job of event.data.jobs) {
    post({ type: 'reading', id: job.id })
    const { result, findings } = await runImportJob(job)
    post({ type: 'done', id: job.id, result, findings })
  }
}
