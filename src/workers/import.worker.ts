/// <reference lib="webworker" />
/**
 * The import worker: parses dropped files off the page's thread, one at a time, and reports each
 * file as soon as it is read so the progress bar moves.
 */
import { runImportJob } from './importTask'
import { REPORTS_PER_MESSAGE, type ImportRequest, type ImportResponse } from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

function post(message: ImportResponse): void {
  scope.postMessage(message)
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  if (event.data.type !== 'import') return
  for (const job of event.data.jobs) {
    post({ type: 'reading', id: job.id })
    const { result, findings } = await runImportJob(job)
    // The page takes a large file's reports in slices, so that no single message blocks it.
    let start = 0
    while (result.reports.length - start > REPORTS_PER_MESSAGE) {
      post({
        type: 'reports',
        id: job.id,
        reports: result.reports.slice(start, start + REPORTS_PER_MESSAGE),
      })
      start += REPORTS_PER_MESSAGE
    }
    post({
      type: 'done',
      id: job.id,
      result: { ...result, reports: result.reports.slice(start) },
      findings,
    })
  }
}
