import { createI18n } from 'vue-i18n'
import { en } from './en'
import { zhCN, type MessageSchema } from './zh-CN'

export type AppLocale = 'zh-CN' | 'en'

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})
