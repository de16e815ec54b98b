/// <reference lib="webworker" />
/**
 * The import worker: parses dropped files off the page's thread, one at a time, and reports each
 * file as soon as it is read so the progress bar moves. A big batch arrives in several `import`
 * messages (the page sends its files a few dozen at a time); they join one queue, read in order.
 */
import { runImportJob } from './importTask'
import {
  REPORTS_PER_MESSAGE,
  type ImportJob,
  type ImportRequest,
  type ImportResponse,
} from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

function post(message: ImportResponse): void {
  scope.postMessage(message)
}

const queue: ImportJob[] = []
let draining = false

async function drain(): Promise<void> {
  if (draining) return
  draining = true
  try {
    for (let job = queue.shift(); job; job = queue.shift()) await read(job)
  } finally {
    draining = false
  }
}

async function read(job: ImportJob): Promise<void> {
  post({ type: 'reading', id: job.id, size: job.file?.size ?? job.text?.length })
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

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  if (event.data.type !== 'import') return
  for (const job of event.data.jobs) queue.push(job)
  void drain()
}
