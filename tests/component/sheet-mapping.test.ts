// @vitest-environment jsdom
/**
 * The import preview's header mapping: a person corrects what a column fills, commits, and the
 * next sheet with the same headers is read with the correction. Real stores, in-memory storage,
 * the importer run on the page (jsdom has no Worker).
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ImportView from '@/views/ImportView.vue'
import { headerSignature } from '@/import/sheetHeaders'
import { HEADER_MAPS_KEY } from '@/stores/headerMaps'
import { useReportsStore } from '@/stores/reports'
import { freshPinia, freshStorage, mountView } from './setup'

const HEADERS = ['机构', '年度', '予以公开', '办结数', '行政诉讼总计']

function csv(rows: (string | number)[][]): File {
  const text = [HEADERS, ...rows].map((r) => r.join(',')).join('\n')
  return new File([text], '汇总.csv', { type: 'text/csv' })
}

async function drop(wrapper: VueWrapper, file: File): Promise<void> {
  const input = wrapper.find('[data-test="file-input"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper.find('[data-test="sheet-mapping"]').exists()).toBe(true)
  })
}

function row(wrapper: VueWrapper, header: string) {
  return wrapper.find(`[data-test="sheet-mapping"] tr[data-header="${header}"]`)
}

beforeEach(() => {
  freshStorage()
  localStorage.clear()
})

describe('sheet header mapping in the import preview', () => {
  it('shows each header and the cell it fills, or 未识别 and why', async () => {
    const { wrapper } = await mountView(ImportView, { pinia: freshPinia(), path: '/import' })
    await drop(wrapper, csv([['华龙区教育局', 2023, 20, 35, 1]]))
    expect(row(wrapper, '机构').find('[data-test="mapping-target"]').text()).toBe('机构')
    expect(row(wrapper, '予以公开').find('[data-test="mapping-target"]').text()).toBe(
      '表三·予以公开·总计',
    )
    expect(row(wrapper, '办结数').find('[data-test="mapping-target"]').text()).toBe('未识别')
    expect(row(wrapper, '行政诉讼总计').find('[data-test="mapping-target"]').text()).toBe(
      '未映射（多格之和）',
    )
    expect(row(wrapper, '行政诉讼总计').text()).toMatch(/之和，报告中没有这一格/)
    expect(wrapper.find('[data-test="sheet-mapping"] summary').text()).toContain(
      '第 1 行表头：3 列已读取，2 列未读取',
    )
    expect(wrapper.find('[data-test="preview-report"]').text()).toContain('华龙区教育局')
  })

  it('reads the file again with a correction, commits it, and remembers it for the next sheet', async () => {
    const { wrapper } = await mountView(ImportView, { pinia: freshPinia(), path: '/import' })
    await drop(wrapper, csv([['华龙区教育局', 2023, 20, 35, 1]]))

    await row(wrapper, '办结数').find('[data-test="mapping-change"]').trigger('click')
    const select = row(wrapper, '办结数').find('select')
    expect(select.findAll('option').length).toBeGreaterThan(200)
    await select.setValue('requests.total.total')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(row(wrapper, '办结数').find('[data-test="mapping-target"]').text()).toBe(
        '表三·总计·总计',
      )
    })
    expect(row(wrapper, '办结数').text()).toContain('已更正')
    expect(row(wrapper, '办结数').find('select').exists()).toBe(false)

    await wrapper.find('[data-test="commit"]').trigger('click')
    await flushPromises()
    const [report] = useReportsStore().reports
    expect(report?.requests).toEqual({ granted: { total: 20 }, total: { total: 35 } })
    // 行政诉讼总计 stays out: no part of it is invented.
    expect(report?.appeals).toEqual({})

    expect(JSON.parse(localStorage.getItem(HEADER_MAPS_KEY) ?? '{}')).toEqual({
      [headerSignature(HEADERS)]: { 办结数: 'requests.total.total' },
    })

    // A new page (fresh stores): the next sheet with these headers is read with the correction.
    wrapper.unmount()
    const next = await mountView(ImportView, { pinia: freshPinia(), path: '/import' })
    await drop(next.wrapper, csv([['华龙区民政局', 2023, 6, 8, '']]))
    expect(row(next.wrapper, '办结数').text()).toContain('表三·总计·总计')
    expect(row(next.wrapper, '办结数').text()).toContain('已更正')
    await next.wrapper.find('[data-test="commit"]').trigger('click')
    await flushPromises()
    expect(useReportsStore().reports[0]?.requests).toEqual({
      granted: { total: 6 },
      total: { total: 8 },
    })
  })

  it('reads sheets by their words when the remembered corrections are damaged', async () => {
    localStorage.setItem(HEADER_MAPS_KEY, '{"x": {"办结数": ')
    const { wrapper } = await mountView(ImportView, { pinia: freshPinia(), path: '/import' })
    await drop(wrapper, csv([['华龙区教育局', 2023, 20, 35, 1]]))
    expect(row(wrapper, '予以公开').find('[data-test="mapping-target"]').text()).toBe(
      '表三·予以公开·总计',
    )
    expect(wrapper.find('[data-test="preview-report"]').exists()).toBe(true)
  })

  it('lets a sheet refused for its headers be corrected into one that imports', async () => {
    const { wrapper } = await mountView(ImportView, { pinia: freshPinia(), path: '/import' })
    const file = new File(['名称,年度,予以公开\n甲局,2023,5\n'], 'a.csv', { type: 'text/csv' })
    await drop(wrapper, file)
    expect(wrapper.find('[data-test="import-error"]').text()).toBe(
      '表头中没有机构列（单位/机构/部门/机关）',
    )
    await row(wrapper, '名称').find('[data-test="mapping-change"]').trigger('click')
    await row(wrapper, '名称').find('select').setValue('agency')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-test="preview-report"]').exists()).toBe(true)
    })
    expect(wrapper.find('[data-test="import-error"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="preview-report"]').text()).toContain('甲局')

    // Back to reading the header by its words: the correction is forgotten.
    await row(wrapper, '名称').find('[data-test="mapping-change"]').trigger('click')
    await row(wrapper, '名称').find('select').setValue('__auto')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-test="import-error"]').exists()).toBe(true)
    })
    expect(JSON.parse(localStorage.getItem(HEADER_MAPS_KEY) ?? '{}')).toEqual({})
  })
})
