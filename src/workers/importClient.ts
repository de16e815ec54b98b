/**
 * Sends files to the import worker and gives back, for each, its `reading` and its `done` (with a
 * large file's report slices joined into it). Where Workers are missing, or the worker fails, the
 * files not answered yet are read on the page instead (client.ts): an import always ends.
 */
import type { ImportedReport } from '@/import/types'
import { SLICE_MS, nextTask } from '@/lib/slices'
import { createWorkerClient, workersAvailable, type WorkerLike } from './client'
import type { ImportJob, ImportRequest, ImportResponse } from './protocol'

/** What the page hears of each file: it is being read, then what it gave. */
export type ImportProgress = Exclude<ImportResponse, { type: 'reports' }>

export interface ImportClient {
  /** Reads the jobs; resolves once every one of them is `done`. */
  run(jobs: readonly ImportJob[], onProgress: (message: ImportProgress) => void): Promise<void>
}

/** Files per `import` message: cloning a File into the worker costs about half a millisecond. */
const JOBS_PER_MESSAGE = 20

function startImportWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
}

interface Run {
  /** Jobs not answered yet, by id. */
  pending: Map<string, ImportJob>
  /** Slices of a large file's reports, held until its `done` arrives. */
  parts: Map<string, ImportedReport[]>
  onProgress: (message: ImportProgress) => void
  finished: () => void
  /** The page is reading this run's files itself. */
  onPage: boolean
}

export function createImportClient(options: { startWorker?: () => WorkerLike } = {}): ImportClient {
  const runs = new Set<Run>()
  const client = createWorkerClient<ImportRequest, ImportResponse>({
    start: options.startWorker ?? (workersAvailable() ? startImportWorker : null),
    onMessage(message) {
      for (const run of runs) if (run.pending.has(message.id)) receive(run, message)
    },
    onFailure() {
      for (const run of runs) void readOnPage(run)
    },
  })

  function receive(run: Run, message: ImportResponse): void {
    if (message.type === 'reports') {
      const list = run.parts.get(message.id) ?? []
      for (const r of message.reports) list.push(r)
      run.parts.set(message.id, list)
      return
    }
    if (message.type === 'reading') {
      run.onProgress(message)
      return
    }
    const earlier = run.parts.get(message.id)
    run.parts.delete(message.id)
    let done = message
    // A file that failed part way says so; the slices it sent before are not its reports.
    if (earlier && message.result.error === undefined) {
      for (const r of message.result.reports) earlier.push(r)
      done = { ...message, result: { ...message.result, reports: earlier } }
    }
    run.pending.delete(message.id)
    run.onProgress(done)
    if (run.pending.size === 0) finish(run)
  }

  function finish(run: Run): void {
    runs.delete(run)
    run.finished()
  }

  /** The run's files not answered yet, read here one at a time (the worker's answers are lost). */
  async function readOnPage(run: Run): Promise<void> {
    if (run.onPage) return
    run.onPage = true
    run.parts.clear()
    // Every importer, loaded only when the page must read the files itself.
    const { runImportJob } = await import('./importTask')
    for (const job of [...run.pending.values()]) {
      run.onProgress({ type: 'reading', id: job.id, size: job.file?.size ?? job.text?.length })
      const { result, findings } = await runImportJob(job)
      run.pending.delete(job.id)
      run.onProgress({ type: 'done', id: job.id, result, findings })
    }
    finish(run)
  }

  /**
   * Sends the jobs a few at a time, yielding to the page between slices: posting a thousand files
   * in one message held the page's thread for 400 ms while the browser cloned them.
   */
  async function post(run: Run, jobs: readonly ImportJob[]): Promise<void> {
    let start = performance.now()
    for (let i = 0; i < jobs.length; i += JOBS_PER_MESSAGE) {
      if (run.onPage) return
      if (!client.post({ type: 'import', jobs: jobs.slice(i, i + JOBS_PER_MESSAGE) })) {
        return readOnPage(run)
      }
      if (i + JOBS_PER_MESSAGE < jobs.length && performance.now() - start > SLICE_MS) {
        await nextTask()
        start = performance.now()
      }
    }
  }

  function run(
    jobs: readonly ImportJob[],
    onProgress: (message: ImportProgress) => void,
  ): Promise<void> {
    if (jobs.length === 0) return Promise.resolve()
    return new Promise<void>((resolve) => {
      const r: Run = {
        pending: new Map(jobs.map((j) => [j.id, j])),
        parts: new Map(),
        onProgress,
        finished: resolve,
        onPage: false,
      }
      runs.add(r)
      void (client.inline ? readOnPage(r) : post(r, jobs))
    })
  }

  return { run }
}
