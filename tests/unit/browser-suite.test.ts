/** When the browser tests run, skip, or fail for want of chromium. */
import { describe, expect, it } from 'vitest'
import { browserSuiteMode } from '../e2e/suite'

describe('the browser suites without chromium', () => {
  it('run where chromium is installed, under CI or not', () => {
    expect(browserSuiteMode(true, undefined)).toBe('run')
    expect(browserSuiteMode(true, 'true')).toBe('run')
  })

  it('are skipped on a developer’s machine, and fail under CI', () => {
    expect(browserSuiteMode(false, undefined)).toBe('skip')
    expect(browserSuiteMode(false, 'false')).toBe('skip')
    expect(browserSuiteMode(false, 'true')).toBe('fail')
    expect(browserSuiteMode(false, '1')).toBe('fail')
  })
})
