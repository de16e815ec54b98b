/**
 * Screenshots of every view in Debian's chromium at 1280 px, in Chinese and then in English
 * (`en-VIEW.png`), for looking at the dashboard and for docs/.
 * Usage: npx tsx scripts/screenshots.ts [baseUrl] [outDir] [full]
 * (start `npx vite` or `npx vite preview` first). Prints console errors it sees.
 */
import { launchChromium, pageErrors } from '../tests/e2e/browser'

const base = process.argv[2] ?? 'http://localhost:5173/'
const out = process.argv[3] ?? 'docs'
/** `full` takes whole pages (for looking); the default keeps the PNGs small for docs/. */
const fullPage = process.argv[4] === 'full'
const views = [
  'overview',
  'volumes',
  'outcomes',
  'appeals',
  'compare',
  'report',
  'findings',
  'import',
  'data',
]

async function main() {
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const errors = pageErrors(page, (_text, type) => type === 'warning')
  for (const lang of ['zh-CN', 'en'] as const) {
    if (lang === 'en') {
      await page.locator('[data-lang="en"]').click()
      await page.waitForFunction(() => document.documentElement.lang === 'en')
    }
    const prefix = lang === 'en' ? 'en-' : ''
    for (const view of views) {
      await page.goto(`${base}#/${view}`)
      await page.waitForSelector('.content', { timeout: 30000 })
      await page.waitForTimeout(view === 'overview' ? 3500 : 1500)
      await page.screenshot({ path: `${out}/${prefix}${view}.png`, fullPage })
      console.log('shot', lang, view)
    }
  }
  await page.locator('[data-lang="zh-CN"]').click()
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN')
  // The import flow: a PDF, a text file and a JSON of a report already held (a conflict).
  await page.goto(`${base}#/import`)
  await page.waitForSelector('[data-test="drop-zone"]')
  const samples = 'tests/fixtures/samples'
  await page.setInputFiles('[data-test="file-input"]', [
    `${samples}/hongze-2024.pdf`,
    `${samples}/hualong-gxj-2020.txt`,
    `${samples}/pingtan-2025.html`,
  ])
  await page.waitForFunction(
    () => document.querySelectorAll('[data-test="preview-report"]').length >= 3,
    undefined,
    { timeout: 60000 },
  )
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${out}/import-preview.png`, fullPage })
  console.log('shot import-preview')
  console.log(errors.length ? errors.join('\n') : 'no console errors')
  await browser.close()
}

void main()
