/**
 * `npm run bench:browser`: import and first-view speed in Debian's chromium (playwright-core)
 * against the production build served by `vite preview`.
 *
 *   (a) 10,000 reports as one tidy CSV, and (b) 1,000 text files, each imported through the
 *       page's file input into a fresh profile: time to a ready dashboard (files chosen → worker
 *       done → "commit" → overview with every chart's `finished` event), split in phases; then
 *       the time until the import is saved in IndexedDB (the commit's success message, which
 *       the page shows only once every report is stored; saving goes on in the background
 *       while the dashboard is already usable). Long tasks (PerformanceObserver 'longtask') are
 *       counted over the whole import, render and save; the JS heap after the save (CDP
 *       Performance.getMetrics, after a forced garbage collection).
 *   (c) with the 10,000 reports held, filter changes on the overview (through the URL query,
 *       the way the filter bar sets it): time from the change to the first frame after every
 *       chart drew its new option (ECharts `rendered`, counted in data-rendered by BaseChart),
 *       and to every chart's `finished` (animations done, 300 ms of them by design).
 *
 * Goals: ready < 10 s, no task over 200 ms, filter change < 150 ms. These are measurements, not
 * tests: nothing fails when a machine is slow. The machine is shared, so repeat (`--runs N`) and
 * read ranges.
 *
 *   npm run bench:browser [-- --runs 2] [--no-build] [--only csv|text]
 *
 * The corpora are made once by the generator (`npm run generate`) under node_modules/.cache.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build, preview } from 'vite'
import { CHROMIUM, hasChromium, launchChromium } from '../tests/e2e/browser'

const CACHE = resolve('node_modules/.cache/bench-browser')
const CSV_DIR = join(CACHE, 'csv10k')
const TEXT_DIR = join(CACHE, 'text1k')
const TIMEOUT = 300_000

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const runs = Math.max(1, Number(arg('runs') ?? '1'))
const only = arg('only')
/** Serve this directory instead of building (e.g. an older build to compare with). */
const dist = arg('dist')
/** A build from before BaseChart counted ECharts events: ready = canvases drawn, no filter run. */
const legacy = process.argv.includes('--legacy')

function generate(dir: string, reports: number, format: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) return
  console.log(`generating ${reports} reports (${format}) in ${dir} …`)
  const r = spawnSync(
    'npx',
    ['tsx', 'src/cli/generate.ts', '--reports', String(reports), '--format', format, '--out', dir],
    { stdio: 'inherit' },
  )
  if (r.status !== 0) throw new Error(`generate failed (${r.status})`)
}

/** Collects long tasks from the first script on: `window.__longTasks`. */
const LONG_TASK_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // When the commit's success (or "not saved") message first appears after __savedAt was reset:
  // the page shows it once the batch is in IndexedDB. Messages close after 3 s: recorded here.
  window.__savedAt = null;
  new MutationObserver(() => {
    if (window.__savedAt === undefined && document.querySelector('.el-message--success, .el-message--warning'))
      window.__savedAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
`

interface LongTask {
  start: number
  duration: number
}

async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate(
    (t) =>
      ((window as unknown as { __longTasks: LongTask[] }).__longTasks ?? []).filter(
        (e) => e.start >= t,
      ),
    since,
  )
}

const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now())

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
  return used / 1024 / 1024
}

/** Waits until every chart on the page has finished drawing (after `before` finished events). */
async function chartsFinished(page: Page, minCharts: number): Promise<void> {
  await page.waitForFunction(
    ([n, legacy]) => {
      const charts = [...document.querySelectorAll('[data-test="chart"]')]
      return (
        charts.length >= n &&
        charts.every(
          (c) => c.hasAttribute('data-finished') || (legacy && c.querySelector('canvas')),
        )
      )
    },
    [minCharts, legacy] as const,
    { timeout: TIMEOUT, polling: 50 },
  )
}

interface ImportRun {
  name: string
  files: number
  readyS: number
  parseS: number
  commitS: number
  renderS: number
  /** From files chosen until saved in IndexedDB (after ready when saving runs in background). */
  savedS: number
  longestMs: number
  over200: number
  longestPhase: string
  heapMb: number
}

async function importRun(
  browser: Browser,
  base: string,
  name: string,
  files: string[],
): Promise<{ run: ImportRun; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(LONG_TASK_PROBE)
  await page.goto(`${base}#/overview`)
  await chartsFinished(page, 4) // the samples, drawn on first open
  await page.locator('[data-test="remove-samples"]').click()
  await page.waitForSelector('[data-test="empty-state"]')
  await page.evaluate(() => (location.hash = '#/import'))
  await page.waitForSelector('[data-test="file-input"]', { state: 'attached' })
  await page.waitForTimeout(500)

  const t0 = await page.evaluate(() => {
    ;(window as unknown as { __savedAt?: number }).__savedAt = undefined
    return performance.now()
  })
  await page.setInputFiles('[data-test="file-input"]', files)
  await page.waitForSelector('[data-test="commit"]:not(.is-disabled)', { timeout: TIMEOUT })
  const t1 = await pageNow(page)
  await page.locator('[data-test="commit"]').click()
  await page.waitForSelector('[data-test="commit"]', { state: 'detached', timeout: TIMEOUT })
  const t2 = await pageNow(page)
  await page.evaluate(() => (location.hash = '#/overview'))
  await chartsFinished(page, 4)
  const t3 = await pageNow(page)
  // Saved: the commit's success (or "not saved") message, shown once IndexedDB holds the batch.
  await page.waitForFunction(
    () => typeof (window as unknown as { __savedAt?: number }).__savedAt === 'number',
    undefined,
    { timeout: TIMEOUT, polling: 100 },
  )
  const t4 = await page.evaluate(() => (window as unknown as { __savedAt: number }).__savedAt)
  const doneAt = await pageNow(page)

  // Every long task from the files chosen until saved (and the dashboard drawn, if later).
  const tasks = (await longTasksSince(page, t0)).filter((t) => t.start < Math.max(doneAt, t3))
  const longest = tasks.reduce<LongTask | null>(
    (a, b) => (a === null || b.duration > a.duration ? b : a),
    null,
  )
  const phaseOf = (t: number) =>
    t < t1 ? 'parse' : t < t2 ? 'commit' : t < t3 ? 'render' : 'saving'
  const top = [...tasks].sort((a, b) => b.duration - a.duration).slice(0, 5)
  console.log(
    `${name}: longest tasks ` +
      top
        .map(
          (t) =>
            `${t.duration.toFixed(0)} ms @${((t.start - t0) / 1000).toFixed(1)} s (${phaseOf(t.start)})`,
        )
        .join(', '),
  )
  const run: ImportRun = {
    name,
    files: files.length,
    readyS: (t3 - t0) / 1000,
    parseS: (t1 - t0) / 1000,
    commitS: (t2 - t1) / 1000,
    renderS: (t3 - t2) / 1000,
    savedS: (t4 - t0) / 1000,
    longestMs: longest?.duration ?? 0,
    over200: tasks.filter((t) => t.duration > 200).length,
    longestPhase: longest ? phaseOf(longest.start) : '-',
    heapMb: await heapMb(page),
  }
  return { run, page }
}

interface FilterRun {
  firstFrameMs: number
  finishedMs: number
  longestMs: number
}

/** One filter change through the URL query; waits for every chart's next render and finish. */
async function filterChange(page: Page, query: string): Promise<FilterRun> {
  await page.waitForTimeout(300)
  const since = await pageNow(page)
  // A string, not a function: tsx would wrap the function's inner helpers in __name(), which
  // does not exist in the page.
  const result = (await page.evaluate(`(async (q) => {
    const charts = [...document.querySelectorAll('[data-test="chart"]')]
    const count = (c, a) => Number(c.getAttribute(a) ?? '0')
    const rendered = charts.map((c) => count(c, 'data-rendered'))
    const finished = charts.map((c) => count(c, 'data-finished'))
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())))
    const start = performance.now()
    location.hash = \`#/overview\${q}\`
    let firstFrame = 0
    for (;;) {
      const now = await frame()
      const all = document.querySelectorAll('[data-test="chart"]')
      const live = [...all]
      if (
        firstFrame === 0 &&
        live.length === charts.length &&
        live.every((c, i) => count(c, 'data-rendered') > (rendered[i] ?? 0))
      ) {
        // the frame after the one in which the last chart drew: the change is on screen
        firstFrame = (await frame()) - start
      }
      if (
        firstFrame > 0 &&
        live.every((c, i) => count(c, 'data-finished') > (finished[i] ?? 0))
      ) {
        return { firstFrameMs: firstFrame, finishedMs: now - start }
      }
      if (now - start > 30_000) return { firstFrameMs: firstFrame || NaN, finishedMs: NaN }
    }
  })(${JSON.stringify(query)})`)) as { firstFrameMs: number; finishedMs: number }
  const tasks = await longTasksSince(page, since)
  return { ...result, longestMs: Math.max(0, ...tasks.map((t) => t.duration)) }
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—')
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—')
const range = (xs: number[], f: (n: number) => string) =>
  xs.length === 0
    ? '—'
    : Math.min(...xs) === Math.max(...xs)
      ? f(xs[0] ?? NaN)
      : `${f(Math.min(...xs))}–${f(Math.max(...xs))}`

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`${CHROMIUM} is not installed`)
  generate(CSV_DIR, 10_000, 'csv')
  generate(TEXT_DIR, 1_000, 'text')
  if (!dist && !process.argv.includes('--no-build')) await build({ logLevel: 'warn' })
  const server = await preview({
    preview: { port: 0, strictPort: false },
    build: dist ? { outDir: resolve(dist) } : {},
    logLevel: 'error',
  })
  const base = server.resolvedUrls?.local[0] ?? ''
  const browser = await launchChromium(['--enable-precise-memory-info'])
  const imports: ImportRun[] = []
  const filters: FilterRun[] = []
  const csvFiles = readdirSync(CSV_DIR).map((f) => join(CSV_DIR, f))
  const textFiles = readdirSync(TEXT_DIR)
    .sort()
    .map((f) => join(TEXT_DIR, f))
  try {
    for (let r = 0; r < runs; r++) {
      if (only !== 'text') {
        const { run, page } = await importRun(browser, base, 'csv 10,000 reports', csvFiles)
        imports.push(run)
        console.log(JSON.stringify(run))
        // (c) filter changes at 10,000 reports, back to no filter in between
        for (const q of legacy
          ? []
          : ['?year=2022', '', '?year=2020,2021', '', '?edition=2021', '']) {
          const f = await filterChange(page, q)
          filters.push(f)
          console.log(`filter ${q || '(none)'}: ${JSON.stringify(f)}`)
        }
        await page.context().close()
      }
      if (only !== 'csv') {
        const { run, page } = await importRun(browser, base, 'text 1,000 files', textFiles)
        imports.push(run)
        console.log(JSON.stringify(run))
        await page.context().close()
      }
    }
  } finally {
    await browser.close()
    await new Promise<void>((r) => server.httpServer.close(() => r()))
  }

  console.log(`\nbrowser import, ${runs} run(s) each (ranges over runs)`)
  console.log(
    [
      'scenario'.padEnd(20),
      'ready s'.padStart(11),
      'parse s'.padStart(11),
      'commit s'.padStart(11),
      'render s'.padStart(11),
      'saved s'.padStart(11),
      'longest ms'.padStart(13),
      '>200ms'.padStart(8),
      'heap MB'.padStart(13),
    ].join(' '),
  )
  for (const name of [...new Set(imports.map((i) => i.name))]) {
    const rs = imports.filter((i) => i.name === name)
    const pick = (k: keyof ImportRun) => rs.map((x) => Number(x[k]))
    console.log(
      [
        name.padEnd(20),
        range(pick('readyS'), f1).padStart(11),
        range(pick('parseS'), f1).padStart(11),
        range(pick('commitS'), f1).padStart(11),
        range(pick('renderS'), f1).padStart(11),
        range(pick('savedS'), f1).padStart(11),
        range(pick('longestMs'), f0).padStart(13),
        range(pick('over200'), f0).padStart(8),
        range(pick('heapMb'), f0).padStart(13),
      ].join(' ') + `  (longest task in: ${rs.map((x) => x.longestPhase).join(', ')})`,
    )
  }
  if (filters.length) {
    const sorted = (k: keyof FilterRun) => filters.map((f) => f[k]).sort((a, b) => a - b)
    const med = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? NaN
    const first = sorted('firstFrameMs')
    const fin = sorted('finishedMs')
    const long = sorted('longestMs')
    console.log(
      `filter change at 10,000 reports (${filters.length} changes): ` +
        `first frame with every chart redrawn median ${f0(med(first))} ms (range ${range(first, f0)}); ` +
        `all charts finished (incl. 300 ms animation) median ${f0(med(fin))} ms; ` +
        `longest task ${range(long, f0)} ms`,
    )
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
