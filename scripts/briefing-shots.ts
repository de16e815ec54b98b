/**
 * Screenshots of 机构对比, an agency's profile and both briefings, the briefings also in print
 * media and as PDFs (A4, page count printed), for looking at them in Debian's chromium.
 * Usage: npx tsx scripts/briefing-shots.ts [baseUrl] [outDir] (start `npx vite` first).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { launchChromium, pageErrors } from '../tests/e2e/browser'

const base = process.argv[2] ?? 'http://localhost:5173/'
const out = process.argv[3] ?? 'docs/views'
const AGENCY = '平潭综合实验区公安局'
const DEMO = '青禾区住房和城乡建设局'
/** A bureau of the demo district that skipped a year (MISSING). */
const GAPPED = '青禾区民政局'

/** Pages of a PDF chromium printed: each page object of the file. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

async function main() {
  await mkdir(out, { recursive: true })
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  const errors = pageErrors(page, (_text, type) => type === 'warning')
  const settle = async () => {
    await page.waitForSelector('.content', { timeout: 60_000 })
    await page.waitForTimeout(2500)
  }

  await page.goto(`${base}#/compare`)
  await page.waitForSelector('[data-test="agency-table"]', { timeout: 60_000 })
  await settle()
  await page.screenshot({ path: `${out}/compare.png`, fullPage: true })
  console.log('shot compare')

  for (const agency of [AGENCY, GAPPED]) {
    await page.goto(`${base}#/agency/${encodeURIComponent(agency)}`)
    await page.waitForSelector('[data-test="profile"]', { timeout: 60_000 })
    await settle()
    const name = agency === AGENCY ? 'profile' : 'profile-demo'
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true })
    console.log('shot', name)
  }

  const briefings: [string, string][] = [
    ['briefing', `${base}#/briefing?region=${encodeURIComponent('青禾区')}`],
    ['agency-briefing', `${base}#/agency/${encodeURIComponent(DEMO)}/briefing`],
  ]
  for (const [name, url] of briefings) {
    await page.emulateMedia({ media: 'screen' })
    await page.goto(url)
    await page.waitForSelector('[data-test="briefing"]', { timeout: 60_000 })
    await settle()
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true })
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    // Print media in a window as wide as the A4 page's content (190 mm): the layout on paper.
    await page.setViewportSize({ width: 718, height: 1047 })
    await page.waitForTimeout(800)
    await page.screenshot({ path: `${out}/${name}-print.png`, fullPage: true })
    await page.setViewportSize({ width: 1440, height: 900 })
    await writeFile(`${out}/${name}.pdf`, pdf)
    console.log('shot', name, 'pdf pages:', pageCount(pdf))
  }
  console.log(errors.length ? errors.join('\n') : 'no console errors')
  await browser.close()
}

void main()
