/**
 * Every view, in Chinese and in English, run through axe-core in chromium: no serious or critical
 * violation (colour contrast included). The routes come from the router itself, so a view added
 * later is checked without touching this file. Also: a chart's buttons are reached with Tab and
 * Enter opens its table.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { expect, it, vi } from 'vitest'
import { routes } from '@/router'
import { describeInChromium, withApp } from './suite'

// The router module makes its hash history at import, which needs a page: Node gets memory history.
vi.mock('vue-router', async (original) => {
  const actual = await original<typeof import('vue-router')>()
  return { ...actual, createWebHashHistory: actual.createMemoryHistory }
})

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeNode {
  target: string[]
  html: string
  failureSummary?: string
}
interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: AxeNode[]
}

/** The named routes a person opens (redirects and the catch-all left out). */
const VIEWS = routes
  .filter((r) => typeof r.name === 'string' && !('redirect' in r && r.redirect))
  .map((r) => String(r.name))

/** What a view needs to show its content: the report view opens one report. */
function hashOf(view: string): string {
  return view === 'report' ? '#/report/淮安市洪泽区人民政府/2024' : `#/${view}`
}

async function settle(page: Page, view: string): Promise<void> {
  await page.waitForSelector('.content', { timeout: 30_000 })
  // Charts draw one per task: wait until every chart on the view has drawn once.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-test="chart"]')].every(
        (c) => c.hasAttribute('data-finished') || c.querySelector('.no-data') !== null,
      ),
    undefined,
    { timeout: 30_000 },
  )
  await page.waitForTimeout(view === 'findings' ? 800 : 300)
  // Element Plus fades tags and messages in: contrast is measured once they are drawn in full.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
}

async function violations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: AXE_SOURCE })
  }
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> }
      }
    ).axe
    return (await axe.run(document, { resultTypes: ['violations'] })).violations
  })
  return (result as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

function summary(view: string, found: AxeViolation[]): string {
  return found
    .map(
      (v) =>
        `${view}: ${v.id} (${v.impact}) ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n')[1] ?? ''}`)
          .join('\n'),
    )
    .join('\n')
}

describeInChromium('accessibility in chromium (axe-core)', () => {
  let page: Page
  let base = ''
  withApp(async (app) => {
    ;({ page, base } = app)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('knows every view', () => {
    expect(VIEWS).toEqual(
      expect.arrayContaining([
        'overview',
        'volumes',
        'outcomes',
        'appeals',
        'compare',
        'report',
        'findings',
        'import',
        'data',
      ]),
    )
  })

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`every view in ${locale}: no serious or critical violation`, async () => {
      await page.goto(`${base}#/overview`)
      await page.waitForSelector('[data-lang="en"]', { timeout: 60_000 })
      if (locale === 'en') {
        await page.locator('[data-lang="en"]').click()
        await page.waitForFunction(() => document.documentElement.lang === 'en')
      }
      const problems: string[] = []
      for (const view of VIEWS) {
        await page.goto(`${base}${hashOf(view)}`)
        await settle(page, view)
        const found = await violations(page)
        if (found.length > 0) problems.push(summary(view, found))
        // The same view with every chart shown as its table.
        const toggles = page.locator('[data-test="chart-table"]')
        const count = await toggles.count()
        if (count > 0) {
          for (let i = 0; i < count; i++) await toggles.nth(i).click()
          const inTables = await violations(page)
          if (inTables.length > 0) problems.push(summary(`${view} (tables)`, inTables))
        }
      }
      if (locale === 'en') {
        await page.locator('[data-lang="zh-CN"]').click()
        await page.waitForFunction(() => document.documentElement.lang === 'zh-CN')
      }
      expect(problems.join('\n')).toBe('')
    }, 240_000)
  }

  it('a chart’s table view, by keyboard: Tab to its buttons, Enter opens the table', async () => {
    await page.goto(`${base}#/overview`)
    await settle(page, 'overview')
    const firstButton = page.locator('[data-test="chart-panel"] [data-test="chart-table"]').first()
    // From the start of the page, Tab until the first chart's table button has the focus.
    await page.locator('h1').click()
    let reached = false
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await firstButton.evaluate((el) => el === document.activeElement)
    }
    expect(reached).toBe(true)
    // The focus is visible: an outline is drawn.
    const outline = await firstButton.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('Enter')
    const table = page.locator('[data-test="chart-panel"]').first().locator('table')
    await table.waitFor({ timeout: 5_000 })
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0)
    expect(await firstButton.getAttribute('aria-pressed')).toBe('true')
  }, 60_000)
})
