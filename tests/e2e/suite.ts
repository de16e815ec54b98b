/**
 * The browser suites' `describe`: chromium is checked here rather than in each suite, so that a
 * missing browser cannot pass unseen under CI.
 */
import { describe, it } from 'vitest'
import { CHROMIUM, hasChromium } from './browser'

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
