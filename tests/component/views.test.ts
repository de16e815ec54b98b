// @vitest-environment jsdom
/** A few views mounted with real stores (fresh Pinia, in-memory storage), charts stubbed. */
import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import App from '@/App.vue'
import ImportView from '@/views/ImportView.vue'
import OverviewView from '@/views/OverviewView.vue'
import ReportView from '@/views/ReportView.vue'
import { useReportsStore } from '@/stores/reports'
import { useSettingsStore } from '@/stores/settings'
import { allSamples, expected, sampleText } from '../unit/helpers'
import { freshPinia, freshStorage, mountView } from './setup'

beforeEach(() => {
  freshStorage()
})

describe('overview', () => {
  it('shows the headline numbers of the reports held', async () => {
    const pinia = freshPinia()
    await useReportsStore().add(allSamples().map((report) => ({ report })))
    const { wrapper } = await mountView(OverviewView, { pinia, path: '/overview' })
    const text = wrapper.text()
    // 3390 received; disclosure (1445 + 506) / 3316 = 58.8 %; correction 69 / 352 = 19.6 %
    expect(text).toContain('3,390')
    expect(text).toContain('58.8%')
    expect(text).toContain('19.6%')
    expect(wrapper.findAll('.chart-stub')).toHaveLength(4)
  })

  it('says what to import when nothing is held', async () => {
    const { wrapper } = await mountView(OverviewView, { pinia: freshPinia(), path: '/overview' })
    expect(wrapper.find('[data-test="empty-state"]').text()).toContain('还没有报告')
    expect(wrapper.text()).toContain('导入')
  })
})

describe('report detail', () => {
  it('redraws the tables and marks the cells a finding names', async () => {
    const pinia = freshPinia()
    await useReportsStore().add([{ report: expected('hongze-2023') }])
    const path = `/report/${encodeURIComponent('淮安市洪泽区人民政府')}/2023`
    const { wrapper } = await mountView(ReportView, { pinia, path })
    expect(wrapper.find('[data-test="table3"]').text()).toContain('三、本年度办理结果')
    const total = wrapper.find('[data-cell="appeals.review.total"]')
    expect(total.classes()).toContain('flag-error')
    expect(wrapper.find('[data-cell="requests.partial.natural"]').text()).toBe('4')
    await wrapper.find('[data-cell="appeals.review.total"]').trigger('mouseenter')
    expect(wrapper.find('[data-test="cell-info"]').text()).toContain('表四·行政复议·总计')
  })
})

describe('import view', () => {
  it('parses pasted text, previews its agency and commits it', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountView(ImportView, { pinia, path: '/import' })
    const text = sampleText('pingtan-police-2022.txt')
    // Element Plus puts the attributes of ElInput on the textarea itself.
    await wrapper.find('textarea').setValue(text)
    await wrapper.find('[data-test="paste-import"]').trigger('click')
    // Read on the page (no Worker here), with the importers loaded when first needed.
    await vi.waitFor(
      () => expect(wrapper.find('[data-test="preview-report"]').exists()).toBe(true),
      {
        timeout: 20_000,
      },
    )
    expect(wrapper.find('[data-test="preview-report"]').text()).toContain('平潭综合实验区公安局')
    await wrapper.find('[data-test="commit"]').trigger('click')
    await flushPromises()
    expect(useReportsStore().reports.map((r) => r.agency)).toEqual(['平潭综合实验区公安局'])
  })
})

describe('app', () => {
  it('opens populated with the samples on first open and switches language', async () => {
    const pinia = freshPinia()
    const { wrapper, i18n } = await mountView(App, { pinia, path: '/overview' })
    // The samples load through a dynamic import on first open.
    await vi.waitFor(() => expect(useReportsStore().reports.length).toBeGreaterThan(150), {
      timeout: 20_000,
    })
    await flushPromises()
    expect(wrapper.find('[data-test="sample-banner"]').exists()).toBe(true)
    expect(wrapper.find('h1').text()).toBe('政府信息公开年度报告看板')
    // English is loaded the first time someone switches to it, into the app's own instance.
    expect(i18n.hasMessages('en')).toBe(false)
    useSettingsStore().locale = 'en'
    await vi.waitFor(() =>
      expect(wrapper.find('h1').text()).toBe('Government Information Disclosure Annual Reports'),
    )
    expect(i18n.hasMessages('en')).toBe(true)
    expect(i18n.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(wrapper.find('[data-nav="overview"]').text()).toBe('Overview')
  })
})
