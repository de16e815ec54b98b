/**
 * The two workers' protocols, with the worker's own handler on the other side of a fake Worker
 * (messages cloned as postMessage clones them, answered on a later task). These tests fail if the
 * client quietly ran the work on the page: they look at what crossed and at who answered.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_THRESHOLDS, checkReports, type Finding } from '@/checks'
import type { Report } from '@/domain/report'
import { generateDemoReports } from '@/generate/demo'
import type { ImportedReport } from '@/import/types'
import { PUT_BATCH, createChecksRunner } from '@/workers/checksClient'
import { createChecksHandler } from '@/workers/checksHandler'
import type { ChecksRequest, ChecksResponse } from '@/workers/checksProtocol'
import { runChecks } from '@/workers/checksTask'
import type { WorkerLike } from '@/workers/client'
import { createImportClient, type ImportProgress } from '@/workers/importClient'
import { createImportHandler } from '@/workers/importHandler'
import { runImportJob } from '@/workers/importTask'
import {
  REPORTS_PER_MESSAGE,
  type ImportJob,
  type ImportRequest,
  type ImportResponse,
} from '@/workers/protocol'
import { sampleText } from './helpers'

vi.mock('@/checks', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/checks')>()
  return { ...original, checkReports: vi.fn(original.checkReports) }
})

interface FakeWorker<Req, Res> extends WorkerLike {
  received: Req[]
  answered: Res[]
  terminated: boolean
}

/**
 * A Worker whose other side is `handler` in this process. A throw in the handler reaches the page
 * as the worker's `onerror`, as an uncaught error in a worker does.
 */
function fakeWorker<Req, Res>(
  makeHandler: (post: (response: Res) => void) => (request: Req) => void,
): FakeWorker<Req, Res> {
  const w: FakeWorker<Req, Res> = {
    received: [],
    answered: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message: unknown) {
      const copy = structuredClone(message) as Req
      setTimeout(() => {
        if (w.terminated) return
        w.received.push(copy)
        try {
          handler(copy)
        } catch (e) {
          const error = { message: (e as Error).message, preventDefault: () => undefined }
          w.onerror?.(error as unknown as ErrorEvent)
        }
      }, 0)
    },
    terminate() {
      w.terminated = true
    },
  }
  const handler = makeHandler((response) => {
    const copy = structuredClone(response)
    setTimeout(() => {
      if (w.terminated) return
      w.answered.push(copy)
      w.onmessage?.({ data: copy } as MessageEvent)
    }, 0)
  })
  return w
}

const keys = (findings: readonly Finding[] | null | undefined) => findings?.map((f) => f.key)

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the checks worker protocol', () => {
  const reports = generateDemoReports().slice(0, 60)

  function checksWorkers() {
    const started: FakeWorker<ChecksRequest, ChecksResponse>[] = []
    const handlers: ReturnType<typeof createChecksHandler>[] = []
    const startWorker = () => {
      const w = fakeWorker<ChecksRequest, ChecksResponse>((post) => {
        const h = createChecksHandler(post)
        handlers.push(h)
        return h
      })
      started.push(w)
      return w
    }
    return { started, handlers, startWorker }
  }

  const puts = (w: FakeWorker<ChecksRequest, ChecksResponse> | undefined) =>
    (w?.received ?? []).flatMap((m) => (m.type === 'put' ? [m] : []))
  const checks = (w: FakeWorker<ChecksRequest, ChecksResponse> | undefined) =>
    (w?.received ?? []).flatMap((m) => (m.type === 'check' ? [m] : []))

  it('sends each report once, numbered, in batches, and checks them by number', async () => {
    const { started, handlers, startWorker } = checksWorkers()
    const runner = createChecksRunner({ startWorker })
    const found = await runner.run(reports, DEFAULT_THRESHOLDS)

    const w = started[0]
    expect(started).toHaveLength(1)
    const sent = puts(w).flatMap((m) => m.reports)
    expect(puts(w).every((m) => m.reports.length <= PUT_BATCH)).toBe(true)
    expect(puts(w).length).toBe(Math.ceil(reports.length / PUT_BATCH))
    expect(sent.map(([, r]) => r.agency + r.year)).toEqual(reports.map((r) => r.agency + r.year))
    const numbers = sent.map(([n]) => n)
    expect(new Set(numbers).size).toBe(reports.length)
    expect(checks(w).map((m) => m.reports)).toEqual([numbers])
    // The findings are the worker's answer, and the engine's.
    const answer = w?.answered.at(-1)
    expect(answer?.type).toBe('done')
    expect(found).toEqual(answer?.type === 'done' ? answer.findings : null)
    expect(keys(found)).toEqual(keys(runChecks(reports, DEFAULT_THRESHOLDS)))
    expect(found?.length).toBeGreaterThan(0)
    expect(handlers[0]?.held()).toBe(reports.length)
  })

  it('sends only the new reports to a worker that holds the others, and forgets the dropped', async () => {
    const { started, handlers, startWorker } = checksWorkers()
    const runner = createChecksRunner({ startWorker })
    await runner.run(reports.slice(0, 50), DEFAULT_THRESHOLDS)
    const w = started[0]
    const firstPuts = puts(w).length

    const found = await runner.run(reports, DEFAULT_THRESHOLDS)
    const newPuts = puts(w)
      .slice(firstPuts)
      .flatMap((m) => m.reports)
    expect(newPuts.map(([, r]) => r)).toEqual(reports.slice(50))
    expect(keys(found)).toEqual(keys(runChecks(reports, DEFAULT_THRESHOLDS)))

    // Fewer reports: nothing is sent, and the worker keeps only those named.
    const before = w?.received.length ?? 0
    const fewer = await runner.run(reports.slice(0, 10), DEFAULT_THRESHOLDS)
    expect(w?.received.slice(before).map((m) => m.type)).toEqual(['check'])
    expect(handlers[0]?.held()).toBe(10)
    expect(keys(fewer)).toEqual(keys(runChecks(reports.slice(0, 10), DEFAULT_THRESHOLDS)))
    expect(started).toHaveLength(1)
  })

  it('ends a running check for a newer one, which starts a worker afresh', async () => {
    const { started, startWorker } = checksWorkers()
    // The first worker is still checking when the newer request comes: it never answers.
    let first = true
    const runner = createChecksRunner({
      startWorker: () => {
        const w = startWorker()
        if (first) {
          first = false
          const post = w.postMessage.bind(w)
          w.postMessage = (m: unknown) => {
            if ((m as ChecksRequest).type === 'check') w.received.push(m as ChecksRequest)
            else post(m)
          }
        }
        return w
      },
    })
    const older = runner.run(reports, DEFAULT_THRESHOLDS)
    await vi.waitFor(() => expect(checks(started[0])).toHaveLength(1))
    const newer = runner.run(reports.slice(0, 20), { ...DEFAULT_THRESHOLDS, yoyFactor: 2 })
    expect(await older).toBeNull()
    const found = await newer
    expect(started[0]?.terminated).toBe(true)
    expect(started).toHaveLength(2)
    // The new worker holds nothing: every report goes again.
    expect(puts(started[1]).flatMap((m) => m.reports)).toHaveLength(20)
    expect(checks(started[1])[0]?.thresholds.yoyFactor).toBe(2)
    expect(keys(found)).toEqual(
      keys(runChecks(reports.slice(0, 20), { ...DEFAULT_THRESHOLDS, yoyFactor: 2 })),
    )
  })

  it('answers a check naming a report it does not hold with `failed`', () => {
    const answers: ChecksResponse[] = []
    const handle = createChecksHandler((r) => answers.push(r))
    handle({ type: 'put', reports: [[1, reports[0] as Report]] })
    handle({ type: 'check', id: 7, reports: [1, 2], thresholds: DEFAULT_THRESHOLDS })
    expect(answers).toEqual([{ type: 'failed', id: 7, message: '检查线程缺少报告 2' }])
  })

  it('checks on the page when the worker dies mid-check, and from then on', async () => {
    const started: FakeWorker<ChecksRequest, ChecksResponse>[] = []
    const startWorker = () => {
      const w = fakeWorker<ChecksRequest, ChecksResponse>((post) => {
        const handle = createChecksHandler(post)
        return (request) => {
          if (request.type === 'check') throw new Error('out of memory')
          handle(request)
        }
      })
      started.push(w)
      return w
    }
    const runner = createChecksRunner({ startWorker })
    const found = await runner.run(reports, DEFAULT_THRESHOLDS)
    expect(checks(started[0])).toHaveLength(1)
    expect(started[0]?.answered).toEqual([])
    expect(started[0]?.terminated).toBe(true)
    expect(keys(found)).toEqual(keys(runChecks(reports, DEFAULT_THRESHOLDS)))
    expect(console.warn).toHaveBeenCalled()

    const again = await runner.run(reports.slice(0, 5), DEFAULT_THRESHOLDS)
    expect(started).toHaveLength(1)
    expect(keys(again)).toEqual(keys(runChecks(reports.slice(0, 5), DEFAULT_THRESHOLDS)))
  })

  it('checks on the page when the worker cannot start', async () => {
    const runner = createChecksRunner({
      startWorker: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
    })
    const found = await runner.run(reports, DEFAULT_THRESHOLDS)
    expect(keys(found)).toEqual(keys(runChecks(reports, DEFAULT_THRESHOLDS)))
  })
})

describe('the import worker protocol', () => {
  const report = JSON.parse(sampleText('hongze-2024.json')) as Report
  const imported = (i: number): ImportedReport => ({
    report: { ...report, agency: `测试机构${i}` },
    notes: [],
    provenance: {},
  })

  function importWorkers(read?: typeof runImportJob) {
    const started: FakeWorker<ImportRequest, ImportResponse>[] = []
    const startWorker = () => {
      const w = fakeWorker<ImportRequest, ImportResponse>((post) => createImportHandler(post, read))
      started.push(w)
      return w
    }
    return { started, startWorker }
  }

  async function runAll(client: ReturnType<typeof createImportClient>, jobs: ImportJob[]) {
    const heard: ImportProgress[] = []
    await client.run(jobs, (m) => heard.push(m))
    return heard
  }

  it('sends a large file’s reports in slices and joins them into its `done`', async () => {
    const many = Array.from({ length: REPORTS_PER_MESSAGE * 2 + 50 }, (_, i) => imported(i))
    const { started, startWorker } = importWorkers(async (job) => ({
      result: { file: job.name, format: 'csv', reports: many, notes: [] },
      findings: [],
    }))
    const heard = await runAll(createImportClient({ startWorker }), [
      { id: 'a', name: 'big.csv', text: 'x' },
    ])
    const answered = started[0]?.answered.map((m) => m.type)
    expect(answered).toEqual(['reading', 'reports', 'reports', 'done'])
    expect(heard.map((m) => m.type)).toEqual(['reading', 'done'])
    const done = heard[1]
    expect(done?.type === 'done' && done.result.reports.map((r) => r.report.agency)).toEqual(
      many.map((r) => r.report.agency),
    )
  })

  it('reads real files in the worker, in order, each answered once', async () => {
    const { started, startWorker } = importWorkers()
    const names = ['hongze-2024.txt', 'pingtan-police-2022.txt']
    const heard = await runAll(
      createImportClient({ startWorker }),
      names.map((name, i) => ({ id: `f${i}`, name, text: sampleText(name) })),
    )
    expect(started[0]?.received.map((m) => m.type)).toEqual(['import'])
    expect(heard.map((m) => `${m.type} ${m.id}`)).toEqual([
      'reading f0',
      'done f0',
      'reading f1',
      'done f1',
    ])
    const agencies = heard.flatMap((m) =>
      m.type === 'done' ? m.result.reports.map((r) => r.report.agency) : [],
    )
    expect(agencies).toEqual(['淮安市洪泽区人民政府', '平潭综合实验区公安局'])
  })

  it('says on the file when the checks throw, and reads the next file', async () => {
    vi.mocked(checkReports).mockImplementationOnce(() => {
      throw new Error('boom')
    })
    const { startWorker } = importWorkers()
    const heard = await runAll(createImportClient({ startWorker }), [
      { id: 'a', name: 'hongze-2024.txt', text: sampleText('hongze-2024.txt') },
      { id: 'b', name: 'pingtan-police-2022.txt', text: sampleText('pingtan-police-2022.txt') },
    ])
    const done = heard.flatMap((m) => (m.type === 'done' ? [m] : []))
    expect(done.map((m) => m.id)).toEqual(['a', 'b'])
    expect(done[0]?.result.error).toBe('读出 1 份报告，但检查时出错：boom')
    expect(done[0]?.result.reports).toEqual([])
    expect(done[1]?.result.error).toBeUndefined()
    expect(done[1]?.result.reports).toHaveLength(1)
  })

  it('answers a file whose reading throws, with why', async () => {
    const { startWorker } = importWorkers(async () => {
      throw new Error('a bug')
    })
    const heard = await runAll(createImportClient({ startWorker }), [
      { id: 'a', name: 'a.txt', text: 'x' },
    ])
    const done = heard.find((m) => m.type === 'done')
    expect(done?.type === 'done' && done.result.error).toBe('读取时出错：a bug')
  })

  it('reads the files not answered yet on the page when the worker dies', async () => {
    const started: FakeWorker<ImportRequest, ImportResponse>[] = []
    const startWorker = () => {
      const w = fakeWorker<ImportRequest, ImportResponse>((post) => {
        const handle = createImportHandler(post)
        return (request) => {
          // The second message kills the worker.
          if (w.received.length > 1) throw new Error('worker crashed')
          handle(request)
        }
      })
      started.push(w)
      return w
    }
    const jobs: ImportJob[] = Array.from({ length: 45 }, (_, i) => ({
      id: `f${i}`,
      name: `${i}.txt`,
      text: sampleText('pingtan-police-2022.txt'),
    }))
    const heard = await runAll(createImportClient({ startWorker }), jobs)
    const done = heard.flatMap((m) => (m.type === 'done' ? [m.id] : []))
    expect(new Set(done)).toEqual(new Set(jobs.map((j) => j.id)))
    expect(done).toHaveLength(jobs.length)
    expect(started).toHaveLength(1)
    expect(started[0]?.terminated).toBe(true)
    expect(heard.every((m) => m.type !== 'done' || m.result.reports.length === 1)).toBe(true)
  })

  it('reads on the page where there is no Worker', async () => {
    const heard = await runAll(createImportClient(), [
      { id: 'a', name: 'pingtan-police-2022.txt', text: sampleText('pingtan-police-2022.txt') },
    ])
    expect(heard.map((m) => m.type)).toEqual(['reading', 'done'])
  })
})
