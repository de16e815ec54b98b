/**
 * Hostile and broken input in the real browser (Debian's chromium, playwright-core, the Vite dev
 * server started here). Skipped where /usr/bin/chromium is not installed, except under CI, where
 * that fails.
 *
 * - The whole of tests/fixtures/bad/ plus a 60 MB text file, picked as one folder: the good files
 *   import exactly, each bad one lists its clear reason, what was stored before is kept.
 * - Markup in imported strings (agency, region, narrative) shows as text in tables, chart
 *   tooltips, the page title and the CSV export; no element is injected, no dialog opens.
 * - Storage faults: IndexedDB refused (private window), a write refused for quota, two tabs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, startDevServer } from './browser'
import { describeInChromium } from './suite'
import type { Report } from '@/domain/report'
import {
  BAD,
  BIG,
  GOOD,
  KNOWN_CORE_GAPS,
  MARKUP_AGENCY,
  MARKUP_REGION,
  NEEDS,
  WARNED,
  badDir,
  badFiles,
  writeBigFile,
} from '../unit/badFiles'
import { comparable, expected } from '../unit/helpers'

const SAMPLES = 'tests/fixtures/samples'
const APP_TITLE = '政府信息公开年度报告看板'
const FOLDER = 'bad'
/** What the person types for a file that names no agency: markup, to be shown as text. */
const TYPED_AGENCY = '<img src=x onerror=alert(4)>测试局'

declare global {
  interface Window {
    /** Elements or attributes that markup from a file could have created (see watchInjections). */
    __injected?: string[]
    /** window.alert/confirm/prompt calls. */
    __dialogs?: string[]
    /** Set by a test: the next IndexedDB writes fail as if the disk were full. */
    __quotaFull?: boolean
  }
}

/**
 * Runs in every page before the app: records any element a file's markup could have produced
 * (img/iframe/object/embed, inline handlers, scripts with inline code) and any dialog call.
 */
function watchInjections(): void {
  window.__injected = []
  window.__dialogs = []
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    window[name] = ((message?: unknown) => {
      window.__dialogs?.push(`${name}:${String(message)}`)
      return null
    }) as never
  }
  const suspicious = (el: Element): string | null => {
    const tag = el.tagName.toLowerCase()
    if (['iframe', 'object', 'embed', 'base'].includes(tag)) return tag
    if (tag === 'img' && /(^|\/)x$/.test(el.getAttribute('src') ?? '')) return 'img src=x'
    if (tag === 'script' && !el.getAttribute('src') && (el.textContent ?? '').trim())
      return 'script'
    for (const a of el.getAttributeNames()) if (/^on/i.test(a)) return `${tag}[${a}]`
    return null
  }
  new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue
        for (const el of [node, ...node.querySelectorAll('*')]) {
          const found = suspicious(el)
          if (found) window.__injected?.push(`${found}: ${el.outerHTML.slice(0, 120)}`)
        }
      }
  }).observe(document, { childList: true, subtree: true })
}

/** Makes IndexedDB writes throw QuotaExceededError while window.__quotaFull is set. */
function quotaSwitch(): void {
  for (const method of ['put', 'add'] as const) {
    const real = IDBObjectStore.prototype[method]
    IDBObjectStore.prototype[method] = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (window.__quotaFull) throw new DOMException('模拟：存储空间已满', 'QuotaExceededError')
      return real.apply(this, args)
    }
  }
}

/** A private window: opening IndexedDB is refused. */
function noIndexedDb(): void {
  IDBFactory.prototype.open = () => {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError')
  }
}

/** The active report of every (agency, year) held in IndexedDB. */
async function storedReports(page: Page): Promise<Report[]> {
  return page.evaluate(
    () =>
      new Promise<Report[]>((resolve, reject) => {
        const open = indexedDB.open('gov-disclosure-dashboard')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const all = db.transaction('entries').objectStore('entries').getAll()
          all.onerror = () => reject(all.error)
          all.onsuccess = () => {
            type Entry = { activeId: string; versions: { id: string; report: Report }[] }
            const entries = all.result as Entry[]
            db.close()
            resolve(
              entries
                .flatMap((e) => e.versions.filter((v) => v.id === e.activeId))
                .map((v) => v.report),
            )
          }
        }
      }),
  )
}

describeInChromium('hostile and broken input in chromium', () => {
  let server: ViteDevServer
  let browser: Browser
  let base = ''
  let work = ''

  beforeAll(async () => {
    ;({ server, base } = await startDevServer())
    browser = await launchChromium()
    // The folder the person picks: every bad and good fixture, and the 60 MB file.
    work = mkdtempSync(join(tmpdir(), 'hostile-'))
    mkdirSync(join(work, FOLDER))
    cpSync(badDir, join(work, FOLDER), { recursive: true })
    writeBigFile(join(work, FOLDER))
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    // E2E_SCREENSHOTS=dir keeps the screenshots (the import page after the drop, the banners).
    const keep = process.env.E2E_SCREENSHOTS
    if (keep && work)
      for (const f of ['import-errors.png', 'storage-memory.png', 'storage-quota.png'])
        if (existsSync(join(work, f))) cpSync(join(work, f), join(keep, f))
    if (work) rmSync(work, { recursive: true, force: true })
  })

  /** A fresh profile (own IndexedDB) with the watchers installed, and its problems collected. */
  async function newContext(...initScripts: (() => void)[]) {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    })
    await context.addInitScript(watchInjections)
    for (const s of initScripts) await context.addInitScript(s)
    const problems: string[] = []
    const watch = (page: Page) => {
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`)
        void d.dismiss()
      })
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`)
      })
    }
    context.on('page', watch)
    return { context, problems }
  }

  async function cleanSlate(page: Page): Promise<void> {
    await page.goto(`${base}#/overview`)
    await page.waitForSelector('[data-test="chart"] canvas', { timeout: 60_000 })
    await page.locator('[data-test="remove-samples"]').click()
    await page.waitForSelector('[data-test="empty-state"]')
  }

  async function importAndCommit(page: Page, files: string[]): Promise<void> {
    await page.goto(`${base}#/import`)
    await page.setInputFiles('[data-test="file-input"]', files)
    await waitForQueue(page, files.length)
    await page.locator('[data-test="commit"]').click()
    // Success, or a warning when the reports could not be saved (the quota test).
    await page.waitForSelector('.el-message--success, .el-message--warning', { timeout: 10_000 })
  }

  /**
   * Until every file of the batch has been read: commit enabled, or every file read and the batch
   * waiting for an agency or year the person must type.
   */
  async function waitForQueue(page: Page, count: number): Promise<void> {
    await page.waitForFunction(
      (n) => {
        const items = document.querySelectorAll('[data-file]')
        const button = document.querySelector<HTMLButtonElement>('[data-test="commit"]')
        const read = document.body.textContent?.includes(`已解析 ${n} / ${n} 个文件`) ?? false
        const waiting = document.querySelector('[data-test="commit-waiting"]') !== null
        return items.length === n && button !== null && (!button.disabled || (read && waiting))
      },
      count,
      { timeout: 120_000 },
    )
  }

  async function injected(page: Page): Promise<string[]> {
    return page.evaluate(() => [...(window.__injected ?? []), ...(window.__dialogs ?? [])])
  }

  describe('a folder of broken and hostile files, picked at once', () => {
    let context: BrowserContext
    let page: Page
    let problems: string[]

    beforeAll(async () => {
      ;({ context, problems } = await newContext())
      page = await context.newPage()
    })
    afterAll(() => context?.close())

    it('imports the good files exactly, gives each bad one its reason, keeps what was stored', async () => {
      await cleanSlate(page)
      // What the person had before: one report of their own.
      await importAndCommit(page, [`${SAMPLES}/hongze-2023.txt`])

      await page.goto(`${base}#/import`)
      await page.setInputFiles('input[webkitdirectory]', join(work, FOLDER))
      const files = [...badFiles(), BIG]
      await waitForQueue(page, files.length)

      const listed = await page
        .locator('[data-file]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-file')))
      expect(listed.sort()).toEqual(files.map((f) => `${FOLDER}/${f}`).sort())
      for (const file of files) {
        const item = page.locator(`[data-file="${FOLDER}/${file}"]`)
        const error = item.locator('[data-test="import-error"]')
        const previews = item.locator('[data-test="preview-report"]')
        if (file in GOOD || file in WARNED || file in NEEDS) {
          expect(await error.count(), file).toBe(0)
          expect(await previews.count(), file).toBe(1)
          if (file in WARNED) expect(await item.textContent()).toMatch(WARNED[file]!.warning)
        } else if (!KNOWN_CORE_GAPS.has(file)) {
          expect(await error.textContent(), file).toMatch(BAD[file] as RegExp)
          expect(await previews.count(), file).toBe(0)
        }
      }
      const failedCount = files.filter((f) => f in BAD).length
      expect(await page.locator('[data-test="import-summary"]').textContent()).toContain(
        `${files.length} 个文件中，${failedCount} 个未能导入`,
      )
      // A gap of the core (see badFiles.ts) may still give a report: the person skips it.
      for (const file of KNOWN_CORE_GAPS) {
        const skip = page
          .locator(`[data-file="${FOLDER}/${file}"] .el-radio-button`)
          .filter({ hasText: '不导入' })
        if ((await skip.count()) > 0) await skip.first().click()
      }
      // A file that names no agency waits for the person to type one: markup typed there is
      // only text too.
      expect(await page.locator('[data-test="commit"]').isDisabled()).toBe(true)
      for (const file of Object.keys(NEEDS)) {
        await page
          .locator(`[data-file="${FOLDER}/${file}"] input[data-test="fill-agency"]`)
          .fill(TYPED_AGENCY)
      }
      await page.locator('[data-test="commit-waiting"]').waitFor({ state: 'detached' })
      // The toasts of the earlier steps would cover the top of the screenshot.
      for (const close of await page.locator('.el-notification__closeBtn').all())
        await close.click()
      await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 10_000 })
      await page.screenshot({ path: join(work, 'import-errors.png'), fullPage: true })

      await page.locator('[data-test="commit"]').click()
      await page.waitForSelector('.el-message--success', { timeout: 10_000 })
      const held = (await storedReports(page)).map(comparable)
      expect(held).toContainEqual(comparable(expected('hongze-2023')))
      for (const [file, want] of Object.entries(GOOD)) expect(held, file).toContainEqual(want())
      for (const [file, w] of Object.entries(WARNED)) expect(held, file).toContainEqual(w.values())
      for (const [file, n] of Object.entries(NEEDS))
        expect(held, file).toContainEqual({ ...n.values(), agency: TYPED_AGENCY })
      expect(held).toHaveLength(
        Object.keys(GOOD).length + Object.keys(WARNED).length + Object.keys(NEEDS).length + 1,
      )
      expect(await injected(page)).toEqual([])
      expect(problems).toEqual([])
    }, 240_000)

    it('shows markup from files as text: tables, report, chart tooltips, title, CSV', async () => {
      // Tables of the data view.
      await page.goto(`${base}#/data`)
      await page.getByText(MARKUP_AGENCY, { exact: true }).first().waitFor()
      expect(await page.title()).toBe(APP_TITLE)

      // The report view: name, region and narrative.
      await page.goto(`${base}#/report/${encodeURIComponent(MARKUP_AGENCY)}/2023`)
      await page.locator('h2.view-title').filter({ hasText: MARKUP_AGENCY }).waitFor()
      await page.locator('.el-collapse-item__header').first().click()
      await page.getByText('<b onmouseover=alert(3)>总体情况</b>', { exact: false }).waitFor()
      expect(await page.title()).toBe(APP_TITLE)

      // Chart tooltips: sweep the charts of the volumes view until one names the agency.
      await page.goto(`${base}#/volumes?year=2023`)
      await page.waitForSelector('[data-test="chart"] canvas', { timeout: 60_000 })
      let tooltip = ''
      for (const chart of await page.locator('[data-test="chart"]').all()) {
        const box = await chart.boundingBox()
        if (!box || tooltip) continue
        for (let y = 0.15; y <= 0.95 && !tooltip; y += 0.05)
          for (const x of [0.3, 0.6]) {
            await page.mouse.move(box.x + box.width * x, box.y + box.height * y)
            await page.waitForTimeout(60)
            const texts = await chart
              .locator('div')
              .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText))
            const hit = texts.find((t) => t.includes(MARKUP_AGENCY))
            if (hit) {
              tooltip = hit
              break
            }
          }
      }
      expect(tooltip).toContain(MARKUP_AGENCY)
      expect(await page.title()).toBe(APP_TITLE)

      // The tidy CSV export: UTF-8 with BOM, the markup kept as text, formulas neutralized.
      await page.goto(`${base}#/data`)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出全部（整洁 CSV）' }).click(),
      ])
      const csv = readFileSync((await download.path()) as string, 'utf8')
      expect(csv.charCodeAt(0)).toBe(0xfeff)
      expect(csv).toContain(`${MARKUP_AGENCY},${MARKUP_REGION},2023`)
      expect(csv.split('\n').some((line) => /^[=+\-@\t\r]/.test(line.replace(/^\ufeff/, '')))).toBe(
        false,
      )

      expect(await injected(page)).toEqual([])
      expect(problems).toEqual([])
    }, 180_000)
  })

  describe('storage faults', () => {
    it('runs in memory, and says so, when IndexedDB is refused (private window)', async () => {
      const { context, problems } = await newContext(noIndexedDb)
      const page = await context.newPage()
      await page.goto(`${base}#/overview`)
      const banner = page.locator('[data-test="storage-memory"]')
      await banner.waitFor({ timeout: 30_000 })
      expect(await banner.textContent()).toMatch(/刷新后会丢失/)
      expect(await banner.textContent()).toMatch(/隐私|无痕/)
      // The app still works: samples drawn, a file imported and shown.
      await page.waitForSelector('[data-test="chart"] canvas', { timeout: 60_000 })
      await importAndCommit(page, [join(badDir, 'proto-hongze-2024.json')])
      await page.goto(`${base}#/data`)
      await page.getByText('原型污染测试局').first().waitFor()
      await page.screenshot({ path: join(work, 'storage-memory.png') })
      expect(problems).toEqual([])
      await context.close()
    }, 120_000)

    it('says a write was refused for quota, and keeps what was saved before', async () => {
      const { context, problems } = await newContext(quotaSwitch)
      const page = await context.newPage()
      await page.goto(`${base}#/overview`)
      await page.waitForSelector('[data-test="chart"] canvas', { timeout: 60_000 })
      // The first open's samples are saved in the background: wait until storage holds them all.
      let stored = await storedReports(page)
      for (let i = 0; i < 50; i++) {
        await page.waitForTimeout(300)
        const again = await storedReports(page)
        if (again.length === stored.length && again.length > 0) break
        stored = again
      }
      const before = stored.map(comparable)
      expect(before.length).toBeGreaterThan(0)

      await page.evaluate(() => (window.__quotaFull = true))
      await importAndCommit(page, [join(badDir, 'proto-hongze-2024.json')])
      // The commit does not claim success: it says the reports were not saved.
      expect(await page.locator('.el-message--warning').textContent()).toMatch(
        /未能保存到浏览器存储/,
      )
      expect(await page.locator('.el-message--success').count()).toBe(0)
      const banner = page.locator('[data-test="storage-write-error"]')
      await banner.waitFor()
      expect(await banner.textContent()).toMatch(/存储空间已满.*之前保存的数据没有受影响/)
      // Still on the page until it is reloaded…
      await page.goto(`${base}#/data`)
      await page.getByText('原型污染测试局').first().waitFor()
      await page.screenshot({ path: join(work, 'storage-quota.png') })
      // …and IndexedDB holds exactly what it held before.
      expect((await storedReports(page)).map(comparable)).toEqual(before)
      await page.reload()
      await page.waitForSelector('text=淮安市洪泽区人民政府')
      expect(await page.getByText('原型污染测试局').count()).toBe(0)
      expect(problems.filter((p) => !/IndexedDB write failed/.test(p))).toEqual([])
      await context.close()
    }, 120_000)

    it('shows one tab’s changes in the other', async () => {
      const { context, problems } = await newContext()
      const first = await context.newPage()
      await first.goto(`${base}#/overview`)
      await first.waitForSelector('[data-test="chart"] canvas', { timeout: 60_000 })
      const second = await context.newPage()
      await second.goto(`${base}#/data`)
      await second.waitForSelector('text=淮安市洪泽区人民政府')
      // A tab that only opened (a copied link) changed nothing: the first says nothing.
      await first.waitForTimeout(1000)
      expect(await first.locator('[data-test="storage-synced"]').count()).toBe(0)

      await importAndCommit(first, [join(badDir, 'proto-hongze-2024.json')])
      await second.getByText('原型污染测试局').first().waitFor({ timeout: 10_000 })
      await second.locator('[data-test="storage-synced"]').waitFor()

      // A setting too: the language.
      await first.locator('[data-lang="en"]').click()
      await second.waitForFunction(
        () => document.querySelector('h1')?.textContent?.startsWith('Government') === true,
      )
      expect(problems).toEqual([])
      await context.close()
    }, 120_000)
  })
})
