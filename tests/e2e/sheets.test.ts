/**
 * A district office's summary sheet through the page in Debian's chromium: its headers are read
 * as written, one is corrected in the preview (read again in the import worker), and its bureaus
 * show in 机构对比 with — where the sheet gives no figure. Skipped where chromium is missing.
 */
import type { Locator, Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInChromium, withApp } from './suite'

const SHEET = [
  '机构,年度,本年新收,予以公开,部分公开,行政复议总计,行政诉讼总计,办结数',
  '华龙区教育局,2023,35,20,5,2,1,30',
  '华龙区民政局,2023,8,,3,,,',
].join('\n')

/** The figure row of an agency's card in 机构对比: its value for the one year shown. */
function cell(card: Locator, figure: string): Locator {
  return card
    .locator('tbody tr', { has: card.page().locator(`th:text-is("${figure}")`) })
    .locator('td div:first-child')
}

describeInChromium('a summary sheet in chromium', () => {
  let page: Page
  let base = ''
  let errors: string[] = []
  withApp((app) => {
    ;({ page, base, errors } = app)
  })

  it('imports with a corrected header and shows — in 机构对比 where no figure was given', async () => {
    await page.goto(`${base}#/overview`)
    await page.locator('[data-test="remove-samples"]').click({ timeout: 60_000 })
    await page.waitForSelector('[data-test="empty-state"]')

    await page.goto(`${base}#/import`)
    await page.setInputFiles('[data-test="file-input"]', {
      name: '华龙区汇总.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(SHEET, 'utf8'),
    })
    const mapping = page.locator('[data-test="sheet-mapping"]')
    await mapping.waitFor({ timeout: 60_000 })
    const row = (header: string) => mapping.locator(`tr[data-header="${header}"]`)
    expect(await row('予以公开').locator('[data-test="mapping-target"]').textContent()).toBe(
      '表三·予以公开·总计',
    )
    expect(await row('行政诉讼总计').textContent()).toContain('未映射（多格之和）')
    expect(await row('行政诉讼总计').textContent()).toContain('报告中没有这一格')
    expect(await row('办结数').locator('[data-test="mapping-target"]').textContent()).toBe('未识别')

    await row('办结数').locator('[data-test="mapping-change"]').click()
    await row('办结数').locator('select').selectOption('requests.total.total')
    await page.waitForFunction(
      () =>
        document
          .querySelector('tr[data-header="办结数"] [data-test="mapping-target"]')
          ?.textContent?.includes('表三·总计·总计') === true,
      undefined,
      { timeout: 30_000 },
    )
    await page.waitForSelector('[data-test="preview-report"]')
    expect(await page.locator('[data-test="preview-report"]').count()).toBe(2)
    // A note both reports share is listed once.
    expect(await page.locator('.notes').textContent()).toContain('按年度 2023 取 2021 版 ×2')
    await page.locator('[data-test="commit"]').click()

    await page.goto(`${base}#/compare`)
    const edu = page.locator('.card', { hasText: '华龙区教育局' })
    const civil = page.locator('.card', { hasText: '华龙区民政局' })
    await edu.waitFor({ timeout: 30_000 })
    expect(await cell(edu, '本年新收').textContent()).toBe('35')
    expect(await cell(edu, '办结').textContent()).toBe('30')
    expect(await cell(edu, '予以公开').textContent()).toBe('20')
    expect(await cell(edu, '行政复议').textContent()).toBe('2')
    // 行政诉讼总计 is no cell of the report: not read, so not shown as a figure either.
    expect(await cell(edu, '行政诉讼').textContent()).toBe('—')
    expect(await cell(civil, '本年新收').textContent()).toBe('8')
    expect(await cell(civil, '部分公开').textContent()).toBe('3')
    for (const figure of ['办结', '予以公开', '公开率', '行政复议', '行政诉讼'])
      expect(await cell(civil, figure).textContent(), figure).toBe('—')
    expect(errors).toEqual([])
  }, 180_000)
})
