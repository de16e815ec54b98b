/**
 * Sends files to the import worker (one for the page, created on first use) and writes what comes
 * back into the import queue. A sheet's header corrections travel with each file as plain data.
 */
import { toRaw } from 'vue'
import type { HeaderTarget } from '@/import/types'
import { useHeaderMapsStore } from '@/stores/headerMaps'
import { useImportQueueStore } from '@/stores/importQueue'
import { createImportClient, type ImportClient, type ImportProgress } from '@/workers/importClient'
import type { ImportJob } from '@/workers/protocol'

let client: ImportClient | null = null

export interface DroppedText {
  name: string
  text: string
}

export function useImportRunner() {
  const queue = useImportQueueStore()
  const headerMaps = useHeaderMapsStore()

  // A thousand small files answer in a burst: their messages are applied to the queue together,
  // at most once per frame, so the preview is recomputed and re-rendered once per frame rather
  // than twice per file.
  let pendingMessages: ImportProgress[] = []
  let flushScheduled = false
  const nextFrame: (run: () => void) => void =
    typeof requestAnimationFrame === 'function'
      ? (run) => requestAnimationFrame(() => run())
      : (run) => setTimeout(run, 16)

  function flush(): void {
    flushScheduled = false
    const batch = pendingMessages
    pendingMessages = []
    queue.applyMany(
      batch.map((m) =>
        m.type === 'reading'
          ? { id: m.id, status: 'reading' as const, size: m.size }
          : { id: m.id, result: m.result, findings: m.findings },
      ),
    )
  }

  function onProgress(message: ImportProgress): void {
    pendingMessages.push(message)
    if (flushScheduled) return
    flushScheduled = true
    nextFrame(flush)
  }

  async function send(sent: readonly ImportJob[]): Promise<void> {
    if (sent.length === 0) return
    // The corrections as plain data: the store's object is replaced on change, never mutated.
    const options = { headerMaps: toRaw(headerMaps.maps) }
    const jobs = sent.map((job) => ({ ...job, options }))
    client ??= createImportClient()
    await client.run(jobs, onProgress)
    // The last answers are applied with the next frame's flush.
    await new Promise<void>((resolve) => nextFrame(resolve))
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
    for (const job of jobs) queue.keepSource(job.id, { file: job.file, text: job.text })
    await send(jobs)
  }

  /** Reads files of the queue again, with the header corrections as they are now. */
  async function rerun(ids: readonly string[]): Promise<void> {
    const names = new Map(queue.items.map((i) => [i.id, i.name]))
    const jobs: ImportJob[] = []
    for (const id of ids) {
      const source = queue.sourceOf(id)
      if (source) jobs.push({ id, name: names.get(id) ?? '', ...source })
    }
    queue.restart(jobs.map((j) => j.id))
    await send(jobs)
  }

  /**
   * A person's correction of what a sheet column fills: remembered for sheets with the same
   * headers, and every file of the queue with such a sheet is read again with it.
   */
  async function correct(
    signature: string,
    header: string,
    target: HeaderTarget | undefined,
    matched?: HeaderTarget,
  ): Promise<void> {
    headerMaps.correct(signature, header, target, matched)
    await rerun(queue.itemsWithHeaders(signature))
  }

  return { run, rerun, correct }
}
