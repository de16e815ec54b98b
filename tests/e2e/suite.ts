/**
 * The browser suites' `describe`: chromium is checked here rather than in each suite, so that a
 * missing browser cannot pass unseen under CI.
 */
import { afterAll, beforeAll, describe, it } from 'vitest'
import { CHROMIUM, hasChromium, openApp, type OpenApp } from './browser'

/**
 * What becomes of the browser tests: they run where chromium is installed; without it they are
 * skipped on a developer's machine, but fail under CI, where a skipped suite would pass unseen.
 */
export function browserSuiteMode(
  chromiumInstalled: boolean,
  ci: string | undefined,
): 'run' | 'skip' | 'fail' {
  if (chromiumInstalled) return 'run'
  const underCi = ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0'
  return underCi ? 'fail' : 'skip'
}

/** `describe` for a suite that needs chromium (see browserSuiteMode). */
export function describeInChromium(name: string, body: () => void): void {
  const mode = browserSuiteMode(hasChromium, process.env.CI)
  if (mode !== 'fail') {
    describe.skipIf(mode === 'skip')(name, body)
    return
  }
  describe(name, () => {
    it('needs chromium', () => {
      throw new Error(`${CHROMIUM} is not installed; under CI the browser tests must run`)
    })
  })
}

/**
 * The app in chromium for a whole suite: opened before its first test — `opened` takes its page,
 * base URL and errors — and closed after its last.
 */
export function withApp(opened: (app: OpenApp) => void | Promise<void>): void {
  let app: OpenApp | undefined
  beforeAll(async () => {
    app = await openApp()
    await opened(app)
  }, 120_000)
  afterAll(() => app?.close())
}
