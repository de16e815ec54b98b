/**
 * End to end in Debian's chromium (playwright-core) against the Vite dev server started here:
 * the first open shows charts; a sample file imported through the page shows its agency; a reload
 * keeps it; the language switch works. Skipped where /usr/bin/chromium is not installed, except under CI, where that fails.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInChromium, withApp } from './suite'

const SAMPLES = 'tests/fixtures/samples'

describeInChromium('dashboard in chromium', () => {
  let page: Page
  let base = ''
  let errors: string[] = []
  withApp((app) => {
    ;({ page, base, errors } = app)
  })

  it('opens populated with charts, in Chinese', async () => {
    await page.goto(`${base}#/overview`)
    await page.waitForSelector('[data-test="chart"] canvas', { timeout: 60_000 })
    expect(await page.locator('[data-test="chart"] canvas').count()).toBeGreaterThanOrEqual(4)
    expect(await page.locator('h1').textContent()).toBe('政府信息公开年度报告看板')
    expect(await page.locator('[data-test="sample-banner"]').isVisible()).toBe(true)
  }, 90_000)

  it('filters by agency from the filter bar’s select: typing, keyboard, a press outside', async () => {
    const agencies = page.locator('[data-filter="agencies"] input[role="combobox"]')
    await agencies.click()
    await page.keyboard.type('洪泽')
    const options = page.locator('[data-filter="agencies"] [role="option"]')
    await options.first().waitFor()
    expect(await options.allTextContents()).toEqual(['淮安市洪泽区人民政府'])
    await page.keyboard.press('Enter')
    await page.waitForFunction(() =>
      decodeURIComponent(location.hash).includes('agency=淮安市洪泽区人民政府'),
    )
    expect(await page.locator('.filter-bar .count').textContent()).toContain('2')
    await page.keyboard.press('Escape')
    expect(await page.locator('[role="listbox"]').count()).toBe(0)
    // Open again, then a press elsewhere on the page closes it.
    await page.keyboard.press('ArrowDown')
    expect(await page.locator('[role="listbox"]').count()).toBe(1)
    await page.mouse.click(700, 600)
    expect(await page.locator('[role="listbox"]').count()).toBe(0)
    await page.goto(`${base}#/overview`)
  }, 60_000)

  it('imports a file through the page, and a reload keeps it', async () => {
    await page.locator('[data-test="remove-samples"]').click()
    await page.waitForSelector('[data-test="empty-state"]')
    await page.goto(`${base}#/import`)
    await page.setInputFiles('[data-test="file-input"]', [`${SAMPLES}/pingtan-police-2022.txt`])
    await page.waitForSelector('[data-test="preview-report"]', { timeout: 60_000 })
    expect(await page.locator('[data-test="preview-report"]').textContent()).toContain(
      '平潭综合实验区公安局',
    )
    await page.locator('[data-test="commit"]').click()
    await page.goto(`${base}#/data`)
    await page.waitForSelector('text=平潭综合实验区公安局')
    await page.reload()
    await page.waitForSelector('text=平潭综合实验区公安局', { timeout: 30_000 })
    expect(await page.locator('[data-test="sample-banner"]').count()).toBe(0)
  }, 120_000)

  it('switches language', async () => {
    await page.locator('[data-lang="en"]').click()
    await page.waitForFunction(
      () => document.querySelector('h1')?.textContent?.startsWith('Government') === true,
    )
    expect(await page.locator('[data-nav="overview"]').textContent()).toContain('Overview')
    expect(errors).toEqual([])
  }, 60_000)
})
