/**
 * Debian's chromium driven by playwright-core, and the app served by Vite, for the browser tests
 * and the scripts that look at the page. One place for the flags this machine needs.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'

export const CHROMIUM = '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)

/** Without the networking flags chromium keeps calling out of a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] })
}

/** The page's uncaught errors and console errors (and more, with `also`), as they happen. */
export function pageErrors(
  page: Page,
  also: (text: string, type: string) => boolean = () => false,
): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' || also(m.text(), m.type())) errors.push(m.text())
  })
  return errors
}

/** The app on the dev server, open in one chromium page that collects its errors. */
export interface OpenApp {
  page: Page
  base: string
  errors: string[]
  close(): Promise<void>
}

export async function openApp(): Promise<OpenApp> {
  const { server, base } = await startDevServer()
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  return {
    page,
    base,
    errors: pageErrors(page),
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** The dev server on a free port, and the URL it serves. */
export async function startDevServer(): Promise<{ server: ViteDevServer; base: string }> {
  const server = await createServer({ server: { port: 0 }, logLevel: 'error' })
  await server.listen()
  return { server, base: server.resolvedUrls?.local[0] ?? '' }
}
