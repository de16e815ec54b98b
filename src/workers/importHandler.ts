/**
 * The import worker's side of the protocol (protocol.ts), without the worker: files are read one
 * at a time, in the order they came, and each is reported as soon as it is read so the progress
 * bar moves. A big batch arrives in several `import` messages (the page sends its files a few
 * dozen at a time); they join one queue. The worker script only wires this to its messages, so
 * tests run it in-process.
 */
import { failedImport, runImportJob } from './importTask'
import {
  REPORTS_PER_MESSAGE,
  type ImportJob,
  type ImportRequest,
  type ImportResponse,
} from './protocol'

export function createImportHandler(
  post: (response: ImportResponse) => void,
  read: typeof runImportJob = runImportJob,
): (request: ImportRequest) => void {
  const queue: ImportJob[] = []
  let draining = false

  async function drain(): Promise<void> {
    if (draining) return
    draining = true
    try {
      for (let job = queue.shift(); job; job = queue.shift()) await readOne(job)
    } finally {
      draining = false
    }
  }

  async function readOne(job: ImportJob): Promise<void> {
    try {
      post({ type: 'reading', id: job.id, size: job.file?.size ?? job.text?.length })
      const { result, findings } = await read(job)
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
    } catch (e) {
      // A message that could not be posted (a value that does not clone) or a bug: the file is
      // answered all the same, and the next one is read.
      const message = e instanceof Error ? e.message : String(e)
      post({
        type: 'done',
        id: job.id,
        result: failedImport(job.name, `读取时出错：${message}`),
        findings: [],
      })
    }
  }

  return (request) => {
    if (request.type !== 'import') return
    for (const job of request.jobs) queue.push(job)
    void drain()
  }
}
