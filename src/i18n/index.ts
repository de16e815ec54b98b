/**
 * The dashboard's translations: a reactive locale and `t(key, params)`, where a message is plain
 * text with `{name}` placeholders. That is all the messages use (no plurals, linked messages or
 * number/date formats), so this replaces vue-i18n, whose runtime and message compiler were some
 * 18 KB gzip of the first view. `useI18n()` and `t()` keep vue-i18n's shape, and a missing key
 * shows the fallback language's text, else the key itself, as vue-i18n does.
 *
 * Chinese is bundled; English is loaded the first time someone switches to it (`loadLocale`).
 */
import { inject, ref, type App, type InjectionKey, type Ref } from 'vue'
import { zhCN, type CoreMessages, type MessageSchema, type ViewMessages } from './zh-CN'

export type AppLocale = 'zh-CN' | 'en'
export type { CoreMessages, MessageSchema, ViewMessages }

/** Named values for a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, unknown>>

/** The dotted path of every message (`app.title`, `findings.th.yoyFactor`…). */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** A key of the Chinese messages: a key that does not exist fails the typecheck. */
export type MessageKey = Paths<MessageSchema>

export interface Translate {
  (key: MessageKey, params?: MessageParams): string
}

export interface I18n {
  readonly locale: Ref<AppLocale>
  readonly t: Translate
  /** Adds (or replaces) a language's messages. */
  setMessages(locale: AppLocale, messages: CoreMessages | MessageSchema): void
  /** Adds the messages of views loaded on demand to a language's messages. */
  addMessages(locale: AppLocale, messages: ViewMessages): void
  hasMessages(locale: AppLocale): boolean
  install(app: App): void
}

export interface I18nOptions {
  locale?: AppLocale
  fallbackLocale?: AppLocale
  /** A language's messages: all of them, or those of the first view (the rest added later). */
  messages: Partial<Record<AppLocale, CoreMessages | MessageSchema>>
}

declare module 'vue' {
  interface ComponentCustomProperties {
    $t: Translate
  }
}

const I18N: InjectionKey<I18n> = Symbol('i18n')

type Messages = CoreMessages | MessageSchema

function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: unknown = messages
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** `{name}` → the named value as text (an absent value gives ''), like vue-i18n's named format. */
function interpolate(message: string, params: MessageParams | undefined): string {
  if (!params) return message
  return message.replace(/\{\s*(\w+)\s*\}/g, (_, name: string) => {
    const value = params[name]
    if (value === null || value === undefined) return ''
    return typeof value === 'object' ? JSON.stringify(value) : String(value)
  })
}

export function createI18n(options: I18nOptions): I18n {
  const locale = ref<AppLocale>(options.locale ?? 'zh-CN')
  const fallback = options.fallbackLocale ?? 'zh-CN'
  // Not reactive: a language's messages are set before the locale switches to it, and a view's
  // before the view renders.
  const messages: Partial<Record<AppLocale, Messages>> = { ...options.messages }

  const t: Translate = (key, params) => {
    const message = lookup(messages[locale.value], key) ?? lookup(messages[fallback], key)
    if (message === undefined) {
      if (import.meta.env.DEV) console.warn(`[i18n] no message for "${key}"`)
      return key
    }
    return interpolate(message, params)
  }

  const i18n: I18n = {
    locale,
    t,
    setMessages(l, m) {
      messages[l] = m
    },
    addMessages(l, m) {
      const held = messages[l]
      if (held) messages[l] = { ...held, ...m }
    },
    hasMessages: (l) => messages[l] !== undefined,
    install(app) {
      app.provide(I18N, i18n)
      app.config.globalProperties.$t = t
    },
  }
  return i18n
}

/**
 * The installed translations, in a component's setup (as vue-i18n's global composer), and `load`,
 * which makes a language's messages available in this same instance before switching to it.
 */
export function useI18n(): Pick<I18n, 't' | 'locale'> & { load(locale: AppLocale): Promise<void> } {
  const i18n = inject(I18N, null)
  if (!i18n) throw new Error('useI18n: the i18n plugin is not installed')
  return { t: i18n.t, locale: i18n.locale, load: (l) => loadLocale(l, i18n) }
}

export const i18n = createI18n({
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN },
})

/** Makes a language's messages available in `target` (English is a chunk of its own). */
export async function loadLocale(locale: AppLocale, target: I18n): Promise<void> {
  if (target.hasMessages(locale)) return
  if (locale === 'en') target.setMessages('en', (await import('./en')).en)
}
