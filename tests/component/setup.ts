/** Shared set-up for component tests: a fresh Pinia, i18n and router for every mount. */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createRouter, createMemoryHistory, type Router } from 'vue-router'
import { createI18n, type I18n } from '@/i18n'
import type { Component } from 'vue'
import { zhCN } from '@/i18n/zh-CN'
import { zhCNViews } from '@/i18n/zh-CN-views'
import { routes } from '@/router'
import { memoryPersistence, setPersistence } from '@/storage/persistence'
import { useFindingsStore } from '@/stores/findings'

export function freshPinia(): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  return pinia
}

/** In-memory storage for a test; pass one in to share it across "reloads". */
export function freshStorage() {
  const storage = memoryPersistence()
  setPersistence(storage)
  return storage
}

export async function mountView(
  component: Component,
  options: { pinia: Pinia; path?: string },
): Promise<{ wrapper: VueWrapper; router: Router; i18n: I18n }> {
  // Chinese only, as the app starts (English is loaded by the app when someone switches), with
  // the messages the views loaded on demand add as they load.
  const i18n = createI18n({ locale: 'zh-CN', fallbackLocale: 'zh-CN', messages: { 'zh-CN': zhCN } })
  i18n.addMessages('zh-CN', zhCNViews)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(options.path ?? '/')
  await router.isReady()
  const wrapper = mount(component, {
    global: {
      plugins: [options.pinia, i18n, router],
      // Canvas drawing is not what these tests look at (the builders are tested in Node).
      stubs: {
        BaseChart: {
          props: ['option', 'height', 'empty'],
          template: '<div class="chart-stub" :data-empty="empty" />',
        },
      },
    },
  })
  // The checks load and run after the first render, as on a page without a worker.
  await useFindingsStore(options.pinia).settled()
  await flushPromises()
  return { wrapper, router, i18n }
}
