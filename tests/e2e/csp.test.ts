/**
 * The built page under its Content-Security-Policy (build/csp.ts), in Debian's chromium: the
 * charts, their tooltips, Element Plus, the import worker and pdf.js all work, and the browser
 * reports no policy violation. Builds into a temporary folder (about a minute), or uses the build
 * in $CSP_DIST when set. Skipped where /usr/bin/chromium is not installed, except under CI, where that fails.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build, preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { cspContent } from '../../build/csp'
import { launchChromium, pageErrors } from './browser'
import { describeInChromium } from './suite'

const SAMPLES = 'tests/fixtures/samples'

interface Violation {
  directive: string
  blocked: string
  source: string
}

declare global {
  interface Window {
    __cspViolations?: Violation[]
  }
}

describeInChromium('the built page under its CSP', () => {
  let outDir = ''
  let ownBuild = false
  let server: PreviewServer
  let browser: Browser
  let page: Page
  let base = ''
  let consoleErrors: string[] = []

  beforeAll(async () => {
    outDir = process.env.CSP_DIST ?? ''
    if (!outDir) {
      outDir = mkdtempSync(join(tmpdir(), 'csp-dist-'))
      ownBuild = true
      await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } })
    }
    server = await preview({
      logLevel: 'error',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    })
    base = server.resolvedUrls?.local[0] ?? ''
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    // Registered before any page script: every violation, also those of the first paint.
    await page.addInitScript(() => {
      window.__cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations?.push({
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          source: `${e.sourceFile}:${e.lineNumber}`,
        })
      })
    })
    consoleErrors = pageErrors(page, (text) => /Content Security Policy/i.test(text))
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (ownBuild) rmSync(outDir, { recursive: true, force: true })
  })

  async function violations(): Promise<Violation[]> {
    return page.evaluate(() => window.__cspViolations ?? [])
  }

  it('ships the policy as a meta tag, and no inline script', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(meta?.replace(/&#39;/g, "'")).toBe(cspContent())
    expect(cspContent()).toMatch(/script-src 'self';/)
    expect(cspContent()).not.toMatch(/unsafe-eval/)
    for (const tag of html.match(/<script\b[^>]*>[^<]*<\/script>/g) ?? [])
      expect(tag).toMatch(/^<script type="module" crossorigin src="[^"]+"><\/script>$/)
  })

  it('draws the charts and their tooltips without a violation', async () => {
    await page.goto(`${base}#/overview`)
    await page.waitForSelector('[data-test="chart"] canvas', { timeout: 60_000 })
    const chart = page.locator('[data-test="chart"]').first()
    const box = await chart.boundingBox()
    if (box) {
      // Sweep across the plot so an axis or item tooltip opens whatever the chart's type.
      for (let x = 0.2; x <= 0.8; x += 0.1)
        await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.55)
    }
    await page.waitForTimeout(500)
    expect(await violations()).toEqual([])
  }, 90_000)

  it('imports a text file (import worker), a PDF (pdf.js and its worker) and a Word .docx', async () => {
    await page.goto(`${base}#/import`)
    await page.setInputFiles('[data-test="file-input"]', [
      `${SAMPLES}/hongze-2024.txt`,
      `${SAMPLES}/huaian-2024.pdf`,
      `${SAMPLES}/pingtan-2025-word.docx`,
    ])
    await page.waitForFunction(
      () => document.querySelectorAll('[data-test="preview-report"]').length >= 3,
      undefined,
      { timeout: 90_000 },
    )
    await page.locator('[data-test="commit"]').click()
    await page.waitForSelector('.el-message', { timeout: 10_000 })
    await page.goto(`${base}#/data`)
    await page.waitForSelector('text=淮安市人民政府')
    await page.waitForSelector('text=平潭综合实验区')
    expect(await violations()).toEqual([])
    expect(consoleErrors).toEqual([])
  }, 150_000)
})
