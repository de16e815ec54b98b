import { launchChromium } from '/work/main/tests/e2e/browser'
const [url, out, h] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 900)]
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 1280, height: h } })
await page.goto(url)
await page.waitForSelector('.content', { timeout: 30000 })
await page.waitForTimeout(3000)
if (process.argv[5]) await page.evaluate((y) => window.scrollTo(0, Number(y)), process.argv[5])
await page.waitForTimeout(500)
await page.screenshot({ path: out })
await browser.close()
