/**
 * Imported by the views loaded on demand: adds their Chinese to the app's messages as they load
 * (English holds every message already, and loads whole on first use).
 */
import { i18n } from './index'
import { zhCNViews } from './zh-CN-views'

i18n.addMessages('zh-CN', zhCNViews)
