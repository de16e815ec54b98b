/** The app's small i18n: typed keys, placeholders, the fallback, and English loaded on demand. */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createI18n, loadLocale, type MessageKey, type MessageSchema } from '@/i18n'
import { en } from '@/i18n/en'
import { zhCN } from '@/i18n/zh-CN'
import { zhCNViews } from '@/i18n/zh-CN-views'

describe('i18n', () => {
  beforeEach(() => {
    // A missing key warns in development; the tests look at what t() returns.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    return () => vi.restoreAllMocks()
  })

  it('fills placeholders and falls back to Chinese, then to the key', () => {
    // English without one message, as a newer key might be.
    const app = Object.fromEntries(Object.entries(en.app).filter(([key]) => key !== 'undo'))
    const partial = { ...en, app } as unknown as MessageSchema
    const i18n = createI18n({ locale: 'en', messages: { 'zh-CN': zhCN, en: partial } })
    expect(i18n.t('filter.matching', { count: 3 })).toBe('3 reports')
    expect(i18n.t('app.undo')).toBe('撤销')
    i18n.locale.value = 'zh-CN'
    expect(i18n.t('filter.matching', { count: 3 })).toBe('3 份报告')
    // A key the typecheck would refuse, as a string from outside could be at run time.
    expect(i18n.t('app.nope' as MessageKey)).toBe('app.nope')
  })

  it('refuses a key that no message has, at the typecheck', () => {
    const i18n = createI18n({ messages: { 'zh-CN': zhCN } })
    // @ts-expect-error: 'app.nope' is not a message key (this line fails the typecheck if it is)
    expect(i18n.t('app.nope')).toBe('app.nope')
    // @ts-expect-error: a section is not a message
    expect(i18n.t('app')).toBe('app')
  })

  it('loads English into the instance it is given, once', async () => {
    const i18n = createI18n({ messages: { 'zh-CN': zhCN } })
    expect(i18n.hasMessages('en')).toBe(false)
    await loadLocale('en', i18n)
    expect(i18n.hasMessages('en')).toBe(true)
    i18n.locale.value = 'en'
    expect(i18n.t('app.title')).toBe(en.app.title)
  })

  it('adds the messages of views loaded on demand to the language they are in', () => {
    const i18n = createI18n({ messages: { 'zh-CN': zhCN } })
    // Before the view loads, its key reads as itself (as any missing key does).
    expect(i18n.t('agencyTable.rank')).toBe('agencyTable.rank')
    i18n.addMessages('zh-CN', zhCNViews)
    expect(i18n.t('agencyTable.rank')).toBe('名次')
    expect(i18n.t('app.title')).toBe(zhCN.app.title)
    // English holds them all.
    expect(Object.keys(en)).toEqual(expect.arrayContaining(Object.keys(zhCNViews)))
  })
})
