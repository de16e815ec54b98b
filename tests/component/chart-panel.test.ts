// @vitest-environment jsdom
/**
 * The panel around every chart: its title, filter and lack note in HTML; its buttons are real
 * buttons in the tab order; the table button switches to the table view (the same numbers, — where
 * a figure is not given) and back; the CSV download is exactly the table under its title, filter,
 * note and — where it holds rates — the 口径 in use.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { definitionsStamp } from '@/analysis/definitions'
import type { ChartFrame } from '@/charts/frame'
import type { ChartTable } from '@/charts/table'
import ChartPanel from '@/components/charts/ChartPanel.vue'
import { chartTableCsv } from '@/export/chartTable'
import { createI18n } from '@/i18n'
import { en } from '@/i18n/en'
import { zhCN } from '@/i18n/zh-CN'
import { useSettingsStore } from '@/stores/settings'
import { freshPinia, freshStorage } from './setup'

const saved: { name: string; blob: Blob }[] = []
vi.mock('@/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/export/download')>()),
  downloadBlob: (name: string, blob: Blob) => saved.push({ name, blob }),
}))

const frame: ChartFrame = {
  title: '各年度新收申请与公开率',
  subtitle: '2021–2024 · 全部区域 · 全部机构',
  locale: 'zh-CN',
  note: '2 份报告缺表三，未计入',
}

const table: ChartTable = {
  columns: [
    { label: '年度', kind: 'text' },
    { label: '本年新收', kind: 'count' },
    { label: '公开率', kind: 'percent' },
  ],
  rows: [
    ['2023', 1234, 0.5862],
    ['2024', null, null],
  ],
  rates: true,
}

let wrapper: VueWrapper | undefined

beforeEach(() => {
  freshStorage()
  saved.length = 0
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

function mountPanel(locale: 'zh-CN' | 'en' = 'zh-CN'): VueWrapper {
  const pinia = freshPinia()
  const i18n = createI18n({ locale, messages: { 'zh-CN': zhCN, en } })
  wrapper = mount(ChartPanel, {
    props: { frame, option: {}, table, height: 300 },
    attachTo: document.body,
    global: {
      plugins: [pinia, i18n],
      stubs: {
        BaseChart: {
          props: ['option', 'height', 'empty', 'label'],
          template: '<div class="chart-stub" data-test="chart" />',
          methods: { dataUrl: () => null },
        },
      },
    },
  })
  return wrapper
}

describe('chart panel', () => {
  it('shows the title, the filter and the lack note as text, as a labelled region', () => {
    const w = mountPanel()
    const section = w.get('section')
    const heading = w.get('h2')
    expect(heading.text()).toBe(frame.title)
    expect(section.attributes('aria-labelledby')).toBe(heading.attributes('id'))
    expect(w.text()).toContain(frame.subtitle)
    expect(w.get('[data-test="chart-note"]').text()).toContain('2 份报告缺表三，未计入')
  })

  it('has real buttons, all in the tab order, in a named group', () => {
    const w = mountPanel()
    const group = w.get('[role="group"]')
    expect(group.attributes('aria-label')).toBe('图表操作')
    const buttons = group.findAll('button')
    expect(buttons.map((b) => b.attributes('data-test'))).toEqual([
      'chart-table',
      'chart-save',
      'chart-csv',
      'chart-xlsx',
    ])
    for (const b of buttons) {
      expect(b.attributes('type')).toBe('button')
      expect(b.attributes('tabindex')).toBeUndefined()
      expect(b.text().length).toBeGreaterThan(0)
    }
  })

  it('toggles chart ⇄ table with the table button, by click or by keyboard focus and Enter', async () => {
    const w = mountPanel()
    const toggle = w.get('[data-test="chart-table"]')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    expect(w.find('table').exists()).toBe(false)
    // A native button turns Enter and Space into a click; jsdom does not, so the click stands in.
    ;(toggle.element as HTMLButtonElement).focus()
    expect(document.activeElement).toBe(toggle.element)
    await toggle.trigger('click')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    const tableEl = w.get('table')
    expect(tableEl.findAll('thead th').map((th) => th.text())).toEqual([
      '年度',
      '本年新收',
      '公开率',
    ])
    expect(tableEl.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    const rows = tableEl.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))
    expect(rows).toEqual([
      ['2023', '1,234', '58.6%'],
      ['2024', '—', '—'],
    ])
    expect(w.get('[data-test="chart-table-view"]').text()).toContain('2 份报告缺表三，未计入')
    // The chart stays mounted (hidden) so switching back does not draw it again.
    expect(w.find('[data-test="chart"]').exists()).toBe(true)
    expect(document.activeElement).toBe(toggle.element)
    await toggle.trigger('click')
    expect(w.find('table').exists()).toBe(false)
    expect(toggle.attributes('aria-pressed')).toBe('false')
  })

  it('downloads the table as CSV: the same table, with the filter, note and 口径', async () => {
    const w = mountPanel()
    await w.get('[data-test="chart-csv"]').trigger('click')
    await flushPromises()
    await vi.waitFor(() => expect(saved.length).toBe(1))
    const file = saved[0]
    expect(file?.name).toMatch(/^各年度新收申请与公开率-\d{8}\.csv$/)
    const text = await file!.blob.text()
    const settings = useSettingsStore()
    const stamp = definitionsStamp(settings.definitions)
    const expected = chartTableCsv(table, [
      frame.title,
      `筛选：${frame.subtitle}`,
      `说明：${frame.note}`,
      stamp,
    ])
    // Blob.text() drops the BOM the file starts with.
    expect(`\ufeff${text}`).toBe(expected)
    expect(text).toContain('2023,1234,58.6%')
    expect(text).toContain('2024,—,—')
  })

  it('in English: English buttons, and the 口径 stamped in Chinese with its English', async () => {
    const w = mountPanel('en')
    expect(w.get('[data-test="chart-table"]').text()).toContain('Table')
    await w.get('[data-test="chart-csv"]').trigger('click')
    await vi.waitFor(() => expect(saved.length).toBe(1))
    const text = await saved[0]!.blob.text()
    expect(text).toContain('Filter：')
    expect(text).toContain('口径：')
    expect(text).toContain('disclosure rate = (granted + partially granted) ÷ handled')
  })
})
