/**
 * Sends files to the import worker (one for the page, created on first use) and writes what comes
 * back into the import queue.
 */
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
    client ??= createImportClient()
    await client.run(jobs, onProgress)
    // The last answers are applied with the next frame's flush.
    await new Promise<void>((resolve) => nextFrame(resolve))
  }

  return { run }
}
