/**
 * Sends files to the import worker and writes what comes back into the import queue. One worker
 * for the page, created on first use; where Workers are missing the same task runs inline.
 */
import { SLICE_MS, nextTask } from '@/lib/slices'
import { useImportQueueStore } from '@/stores/importQueue'
import { runImportJob } from '@/workers/importTask'
import type { ImportedReport } from '@/import/types'
import type { ImportJob, ImportRequest, ImportResponse } from '@/workers/protocol'

let worker: Worker | null = null
const listeners = new Set<(m: ImportResponse) => void>()

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  if (!worker) {
    worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), {
      type: 'module',
    })
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      for (const l of listeners) l(e.data)
    }
  }
  return worker
}

export interface DroppedText {
  name: string
  text: string
}

/** Files per `import` message: cloning a File into the worker costs about half a millisecond. */
const JOBS_PER_MESSAGE = 20

/**
 * Sends the jobs a few at a time, yielding to the page between slices: posting a thousand files
 * in one message held the page's thread for 400 ms while the browser cloned them.
 */
async function postInSlices(w: Worker, jobs: readonly ImportJob[]): Promise<void> {
  let start = performance.now()
  for (let i = 0; i < jobs.length; i += JOBS_PER_MESSAGE) {
    w.postMessage({
      type: 'import',
      jobs: jobs.slice(i, i + JOBS_PER_MESSAGE),
    } satisfies ImportRequest)
    if (i + JOBS_PER_MESSAGE < jobs.length && performance.now() - start > SLICE_MS) {
      await nextTask()
      start = performance.now()
    }
  }
}

export function useImportRunner() {
  const queue = useImportQueueStore()

  function handle(message: ImportResponse): void {
    if (message.type === 'reading')
      queue.update(message.id, {
        status: 'reading',
        ...(message.size === undefined ? {} : { size: message.size }),
      })
    else if (message.type === 'done') queue.setResult(message.id, message.result, message.findings)
  }

  // A thousand small files answer in a burst: their messages are applied to the queue together,
  // at most once per frame, so the preview is recomputed and re-rendered once per frame rather
  // than twice per file.
  let pendingMessages: ImportResponse[] = []
  let flushScheduled = false
  const nextFrame: (run: () => void) => void =
    typeof requestAnimationFrame === 'function'
      ? (run) => requestAnimationFrame(() => run())
      : (run) => setTimeout(run, 16)

  function flush(): void {
    flushScheduled = false
    const batch = pendingMessages
    pendingMessages = []
    type Change = Parameters<typeof queue.applyMany>[0][number]
    const changes: Change[] = []
    for (const m of batch) {
      if (m.type === 'reading') changes.push({ id: m.id, status: 'reading', size: m.size })
      else if (m.type === 'done') changes.push({ id: m.id, result: m.result, findings: m.findings })
    }
    queue.applyMany(changes)
  }

  function handleBatched(message: ImportResponse): void {
    pendingMessages.push(message)
    if (flushScheduled) return
    flushScheduled = true
    nextFrame(flush)
  }

  async function run(files: readonly File[], texts: readonly DroppedText[] = []): Promise<void> {
    const sizes = [
      // The size of each file comes with the worker's "reading": reading a thousand files' sizes
      // here held the page for a third of a second.
      ...files.map((f) => ({ name: f.webkitRelativePath || f.name, size: 0 })),
      ...texts.map((t) => ({ name: t.name, size: t.text.length })),
    ]
    const ids = queue.enqueue(sizes)
    const jobs: ImportJob[] = [
      ...files.map((file, i) => ({ id: ids[i] ?? '', name: file.name, file })),
      ...texts.map((t, i) => ({ id: ids[files.length + i] ?? '', name: t.name, text: t.text })),
    ]
    const w = getWorker()
    if (!w) {
      for (const job of jobs) {
        handle({ type: 'reading', id: job.id, size: job.file?.size ?? job.text?.length })
        const { result, findings } = await runImportJob(job)
        handle({ type: 'done', id: job.id, result, findings })
      }
      return
    }
    await new Promise<void>((resolve) => {
      const pending = new Set(jobs.map((j) => j.id))
      // Slices of a large file's reports wait here, off the store, until its `done` arrives.
      const parts = new Map<string, ImportedReport[]>()
      const listener = (message: ImportResponse) => {
        let m = message
        if (!pending.has(m.id)) return
        if (m.type === 'reports') {
          const list = parts.get(m.id) ?? []
          for (const r of m.reports) list.push(r)
          parts.set(m.id, list)
          return
        }
        const earlier = parts.get(m.id)
        if (m.type === 'done' && earlier) {
          for (const r of m.result.reports) earlier.push(r)
          m = { ...m, result: { ...m.result, reports: earlier } }
          parts.delete(m.id)
        }
        handleBatched(m)
        if (m.type === 'done') pending.delete(m.id)
        if (pending.size === 0) {
          listeners.delete(listener)
          nextFrame(resolve)
        }
      }
      listeners.add(listener)
      void postInSlices(w, jobs)
    })
  }

  return { run }
}
