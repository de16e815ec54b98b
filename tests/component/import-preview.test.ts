// @vitest-environment jsdom
/**
 * The import preview: it asks for the agency or year a file does not give (and holds the batch
 * until they are given), shows a table it could not read as a warning, folds long notes, and keeps
 * the files a committed batch could not import listed with their reasons.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ImportView from '@/views/ImportView.vue'
import { useImportQueueStore } from '@/stores/importQueue'
import { useReportsStore } from '@/stores/reports'
import { expected, sampleText } from '../unit/helpers'
import { freshPinia, freshStorage, mountView } from './setup'

beforeEach(() => {
  freshStorage()
})

const TITLE = '华龙区工业和信息化局2020年政府信息公开工作年度报告'

async function paste(wrapper: VueWrapper, text: string, name = ''): Promise<void> {
  await wrapper.find('textarea').setValue(text)
  if (name) await wrapper.find('.paste-row input').setValue(name)
  await wrapper.find('[data-test="paste-import"]').trigger('click')
  // Read on the page (no Worker here), with the importers loaded when first needed.
  await vi.waitFor(
    () => {
      const queue = useImportQueueStore()
      expect(queue.total).toBeGreaterThan(0)
      expect(queue.running).toBe(false)
    },
    { timeout: 20_000 },
  )
  await flushPromises()
}

describe('a report whose file does not say its agency or year', () => {
  it('is previewed with fields to fill, and the batch waits for them', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountView(ImportView, { pinia, path: '/import' })
    await paste(wrapper, sampleText('hualong-gxj-2020.txt').replace(TITLE, ''), '新建文本文档')

    const needs = wrapper.find('[data-test="needs-input"]')
    expect(needs.exists()).toBe(true)
    expect(needs.text()).toContain('请填写')
    const commit = wrapper.find('[data-test="commit"]')
    expect(commit.attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-test="commit-waiting"]').text()).toContain('1 份报告缺少机构或年度')

    await wrapper.find('input[data-test="fill-agency"]').setValue('华龙区工业和信息化局')
    await flushPromises()
    // The year is still missing: the batch still waits.
    expect(wrapper.find('[data-test="commit"]').attributes('disabled')).toBeDefined()
    await wrapper.find('input[data-test="fill-year"]').setValue('20')
    await flushPromises()
    // Half a year typed stays as typed, and does not count.
    const year = wrapper.find<HTMLInputElement>('input[data-test="fill-year"]')
    expect(year.element.value).toBe('20')
    expect(wrapper.find('[data-test="commit"]').attributes('disabled')).toBeDefined()
    await wrapper.find('input[data-test="fill-year"]').setValue('2020')
    await flushPromises()
    expect(wrapper.find('[data-test="commit-waiting"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="commit"]').attributes('disabled')).toBeUndefined()

    await wrapper.find('[data-test="commit"]').trigger('click')
    await flushPromises()
    const stored = useReportsStore().reports
    expect(stored.map((r) => [r.agency, r.region, r.year])).toEqual([
      ['华龙区工业和信息化局', '华龙区', 2020],
    ])
    expect(stored[0]!.requests).toEqual(expected('hualong-gxj-2020').requests)
  })

  it('may be skipped instead, and the rest of the batch imported', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountView(ImportView, { pinia, path: '/import' })
    await paste(wrapper, sampleText('hualong-gxj-2020.txt').replace(TITLE, ''), '新建文本文档')
    await paste(wrapper, sampleText('pingtan-police-2022.txt'))
    expect(wrapper.find('[data-test="commit"]').attributes('disabled')).toBeDefined()
    const queue = useImportQueueStore()
    const waiting = queue.preview.find((p) => p.missing.length > 0)!
    queue.decide(waiting.id, 'skip')
    await flushPromises()
    expect(wrapper.find('[data-test="commit"]').attributes('disabled')).toBeUndefined()
    await wrapper.find('[data-test="commit"]').trigger('click')
    await flushPromises()
    expect(useReportsStore().reports.map((r) => r.agency)).toEqual(['平潭综合实验区公安局'])
  })
})

describe('how a file was read', () => {
  it('shows a table it could not read as a warning, not as a remark', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountView(ImportView, { pinia, path: '/import' })
    // pingtan-police-2022's table 2 has glued cells and no identity to split them with.
    await paste(wrapper, sampleText('pingtan-police-2022.txt'))
    expect(wrapper.find('[data-test="unread-tables"]').text()).toContain('未读取：表二')
    const refused = wrapper
      .findAll('[data-test="import-note"]')
      .find((n) => n.text().includes('未读取表二'))
    expect(refused?.attributes('data-level')).toBe('warning')
    expect(refused?.classes()).toContain('warn')
  })

  it('folds a long note to its first words', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountView(ImportView, { pinia, path: '/import' })
    await paste(wrapper, sampleText('pingtan-2025.txt'))
    const split = wrapper
      .findAll('[data-test="import-note"]')
      .find((n) => n.text().includes('表三有'))
    const folded = split?.find('[data-test="note-folded"]')
    expect(folded?.exists()).toBe(true)
    expect(folded?.find('summary').text().length).toBeLessThan(110)
    expect(folded?.attributes('open')).toBeUndefined()
  })
})

describe('files a batch could not import', () => {
  it('stay listed with their reasons after the commit, until dismissed', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountView(ImportView, { pinia, path: '/import' })
    await paste(wrapper, '这不是一份年度报告。', '随便写的.txt')
    await paste(wrapper, sampleText('pingtan-police-2022.txt'))
    await wrapper.find('[data-test="commit"]').trigger('click')
    await flushPromises()

    expect(useImportQueueStore().items).toHaveLength(0)
    const list = wrapper.find('[data-test="refused-files"]')
    expect(list.text()).toContain('未导入的文件（1 个）')
    const file = list.find('[data-test="refused-file"]')
    expect(file.text()).toContain('随便写的.txt')
    expect(file.text()).toMatch(/未能读出表三或表四|无法确定/)

    await wrapper.find('[data-test="refused-dismiss"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="refused-files"]').exists()).toBe(false)
  })
})
