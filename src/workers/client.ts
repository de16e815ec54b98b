/**
 * The page's side of a Web Worker, for both workers (import and checks): started on first use,
 * and given up for good when it fails, so the work it had is done on the page instead. It fails
 * when it cannot start (Workers missing, or blocked by policy), when its script throws (`onerror`:
 * an error the worker did not catch, or a module that did not load), or when a message cannot
 * be cloned (`onmessageerror`). Without these a failed worker leaves the page waiting forever.
 */

/** What the client needs of a Worker; tests give one that runs the worker's handler in-process. */
export interface WorkerLike {
  postMessage(message: unknown): void
  terminate(): void
  onmessage: ((event: MessageEvent) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
}

export interface WorkerClient<Request> {
  /** Posts to the worker, starting it if needed; false when the page must do the work itself. */
  post(message: Request): boolean
  /** Ends the worker (answers still to come are not wanted); the next post starts a new one. */
  restart(): void
  /** The page does the work: Workers are missing, or the worker failed. */
  readonly inline: boolean
}

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined'
}

export function createWorkerClient<Request, Response>(options: {
  /** Starts the worker; null where there is none to start (the page does the work). */
  start: (() => WorkerLike) | null
  onMessage: (message: Response) => void
  /**
   * The worker failed and is gone; every message posted and not answered is lost, and from now
   * on `post` returns false. Called once.
   */
  onFailure: (error: Error) => void
}): WorkerClient<Request> {
  let worker: WorkerLike | null = null
  let inline = options.start === null

  function fail(error: Error): void {
    if (inline) return
    console.warn('worker failed, working on the page instead:', error)
    inline = true
    worker?.terminate()
    worker = null
    options.onFailure(error)
  }

  function start(create: () => WorkerLike): WorkerLike {
    const w = create()
    w.onmessage = (e: MessageEvent) => {
      if (w === worker) options.onMessage(e.data as Response)
    }
    w.onerror = (e: ErrorEvent) => {
      // Handled here: the page goes on without the worker, so this is no uncaught error.
      e.preventDefault()
      if (w === worker) fail(new Error(e.message || '后台线程出错'))
    }
    w.onmessageerror = () => {
      if (w === worker) fail(new Error('后台线程的消息无法读取'))
    }
    return w
  }

  return {
    post(message) {
      if (inline || !options.start) return false
      try {
        worker ??= start(options.start)
        worker.postMessage(message)
        return true
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)))
        return false
      }
    },
    restart() {
      worker?.terminate()
      worker = null
    },
    get inline() {
      return inline
    },
  }
}
