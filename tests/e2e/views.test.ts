/**
 * 机构对比, 机构档案 and the briefings in Debian's chromium, on the built-in samples: the table
 * sorts from its headers by mouse and keyboard, a copied link reproduces it, an agency's name opens
 * its profile, and a briefing in print media shows the sheet alone and prints on one or two A4
 * pages. Skipped where chromium is missing, except under CI.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInChromium, withApp } from './suite'

/** The pages of a PDF chromium printed. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

describeInChromium('机构对比, 机构档案 and briefings in chromium', () => {
  let page: Page
  let base = ''
  let errors: string[] = []
  withApp((app) => {
    ;({ page, base, errors } = app)
  })

  const agencies = () =>
    page
      .locator('[data-test="agency-table"] tbody tr[data-agency]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agency') ?? ''))
  const received = (agency: string) =>
    page
      .locator(
        `[data-test="agency-table"] tr[data-agency="${agency}"] td[data-figure="received"] .value`,
      )
      .textContent()

  it('sorts the table from its headers, by mouse and keyboard, and keeps the order in the URL', async () => {
    await page.goto(`${base}#/compare?group=0`)
    await page.waitForSelector('[data-test="agency-table"] tbody tr', { timeout: 90_000 })
    const header = page.locator('th:has(button[data-sort="received"])')
    expect(await header.getAttribute('aria-sort')).toBe('descending')
    const before = await agencies()
    // Largest first: the first row receives at least as many as the second.
    const n = async (a: string) => Number(((await received(a)) ?? '').replace(/,/g, ''))
    expect(await n(before[0] ?? '')).toBeGreaterThanOrEqual(await n(before[1] ?? ''))

    await page.locator('button[data-sort="received"]').click()
    await page.waitForFunction(() => location.hash.includes('order=asc'))
    expect(await header.getAttribute('aria-sort')).toBe('ascending')
    const ascending = await agencies()
    const first = ascending[0] ?? ''
    expect(await n(first)).toBeLessThanOrEqual(await n(ascending[1] ?? ''))

    // Keyboard: focus the 机构 header's button and press Enter.
    await page.locator('button[data-sort="agency"]').focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => location.hash.includes('sort=agency'))
    expect(await page.locator('th:has(button[data-sort="agency"])').getAttribute('aria-sort')).toBe(
      'ascending',
    )
    const byName = await agencies()
    expect(byName).toEqual([...byName].sort(new Intl.Collator('zh-CN').compare))

    // The copied link reproduces the table in a fresh page.
    const link = page.url()
    await page.goto(`${base}#/overview`)
    await page.goto(link)
    await page.waitForSelector('[data-test="agency-table"] tbody tr')
    expect(await agencies()).toEqual(byName)
  }, 180_000)

  it('opens an agency’s profile from its name, with its years, gaps, table and findings', async () => {
    await page.goto(`${base}#/compare`)
    await page.waitForSelector('[data-test="agency-table"] tbody tr')
    const link = page.locator(
      '[data-test="agency-table"] tr[data-agency="青禾区民政局"] [data-test="agency-link"]',
    )
    // Grouped by region, the bureau reads by its short name.
    expect(await link.textContent()).toBe('民政局')
    await link.click()
    await page.waitForSelector('[data-test="profile"]', { timeout: 60_000 })
    expect(decodeURIComponent(page.url())).toContain('#/agency/青禾区民政局')
    expect(await page.locator('h2').first().textContent()).toBe('青禾区民政局')
    // The demo district's 民政局 skipped 2022: said, not drawn as 0.
    expect(await page.locator('[data-test="profile-gaps"]').textContent()).toContain(
      '2022 年：缺报',
    )
    await page.waitForSelector('[data-test="profile-table"]')
    expect(await page.locator('[data-test="chart"] canvas').count()).toBeGreaterThan(3)
  }, 120_000)

  it('prints a briefing: the sheet alone in print media, on one or two A4 pages', async () => {
    await page.goto(`${base}#/briefing?region=${encodeURIComponent('青禾区')}`)
    await page.waitForSelector('[data-test="briefing"] [data-test="chart"] canvas', {
      timeout: 60_000,
    })
    await page.waitForTimeout(1500)
    expect(await page.locator('[data-test="print"]').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'print' })
    for (const hidden of ['.app-sidebar', '.topbar', '.filter-bar', '[data-test="print"]'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false)
    expect(await page.locator('[data-test="briefing"]').isVisible()).toBe(true)
    expect(await page.locator('[data-test="briefing-definitions"]').textContent()).toContain(
      '公开率 = （予以公开 + 部分公开）÷ 办结',
    )
    // As wide as A4's content (190 mm at 96 dpi), on screen and on paper alike.
    const width = await page
      .locator('[data-test="briefing"]')
      .evaluate((el) => el.getBoundingClientRect().width)
    expect(Math.round(width)).toBe(718)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1)
    expect(pageCount(pdf)).toBeLessThanOrEqual(2)
    await page.emulateMedia({ media: 'screen' })

    // One agency's briefing, from its profile.
    await page.goto(`${base}#/agency/${encodeURIComponent('青禾区住房和城乡建设局')}`)
    await page.locator('[data-test="agency-briefing-link"]').click()
    await page.waitForSelector('[data-test="briefing"] [data-test="chart"] canvas', {
      timeout: 60_000,
    })
    await page.waitForTimeout(1500)
    await page.emulateMedia({ media: 'print' })
    const agencyPdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    expect(pageCount(agencyPdf)).toBeLessThanOrEqual(2)
    await page.emulateMedia({ media: 'screen' })
    expect(errors).toEqual([])
  }, 180_000)
})
