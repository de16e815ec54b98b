// @vitest-environment jsdom
/**
 * 问题清单 mounted with real stores (fresh Pinia, in-memory storage shared across "reloads"):
 * list, filters, heatmap pick, judgement with a note that survives a reload, thresholds, export.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Pinia } from 'pinia'
import { defineComponent } from 'vue'
import { createI18n } from '@/i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_THRESHOLDS } from '@/checks'
import type { Report } from '@/domain/report'
import { generateCorpus } from '@/generate/corpus'
import { en } from '@/i18n/en'
import { zhCN } from '@/i18n/zh-CN'
import { routes } from '@/router'
import { useFiltersStore } from '@/stores/filters'
import { useFindingsStore } from '@/stores/findings'
import type { Persistence } from '@/storage/persistence'
import { useReportsStore } from '@/stores/reports'
import { useSettingsStore } from '@/stores/settings'
import FindingsView from '@/views/FindingsView.vue'
import { freshPinia, freshStorage } from './setup'

const saved: { name: string; blob: Blob }[] = []
vi.mock('@/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/export/download')>()),
  downloadBlob: (name: string, blob: Blob) => saved.push({ name, blob }),
}))

const dir = join(process.cwd(), 'tests/fixtures/samples/')
const sample = (name: string) => JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Report
const HONGZE = '淮安市洪泽区人民政府'

/** The heatmap draws on a canvas; the stub only passes picks on, as a click would. */
const HeatStub = defineComponent({
  name: 'FindingsHeatmap',
  props: { matrix: { type: Object, required: true }, picked: { type: Object, default: null } },
  emits: ['pick'],
  template: '<div class="heat-stub" />',
})

let storage: Persistence
let wrapper: VueWrapper | undefined

beforeEach(() => {
  storage = freshStorage()
  saved.length = 0
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

async function mountFindings(pinia: Pinia, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<VueWrapper> {
  const i18n = createI18n({
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  })
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/findings')
  await router.isReady()
  wrapper = mount(FindingsView, {
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router], stubs: { FindingsHeatmap: HeatStub } },
  })
  await useFindingsStore().settled()
  await flushPromises()
  return wrapper
}

/** Stores loaded from the shared storage, as the app does on start. */
async function boot(): Promise<Pinia> {
  const pinia = freshPinia()
  await Promise.all([
    useSettingsStore().load(),
    useFindingsStore().load(),
    useReportsStore().load(),
  ])
  return pinia
}

function rows(w: VueWrapper) {
  return w.findAll('[data-test="findings-table"] tbody tr')
}

describe('问题清单', () => {
  it('lists the findings, worst first, each with severity text and a link to its report', async () => {
    const pinia = await boot()
    await useReportsStore().add(['hongze-2023', 'hongze-2024'].map((n) => ({ report: sample(n) })))
    const w = await mountFindings(pinia)
    const all = useFindingsStore().all
    expect(rows(w)).toHaveLength(all.length)
    const first = rows(w)[0]
    expect(first?.text()).toContain('✖')
    expect(first?.text()).toContain('错误')
    // The rule by its name; its id is an internal key.
    expect(first?.text()).toContain('表四合计不符')
    expect(first?.text()).not.toContain('T4-SUM')
    const link = first?.find('[data-test="finding-link"]')
    expect(decodeURIComponent(link?.attributes('href') ?? '')).toContain(`/report/${HONGZE}/2023`)
  })

  it('filters by the list’s own filter and by the shared filter bar', async () => {
    const pinia = await boot()
    await useReportsStore().add(['hongze-2023', 'hongze-2024'].map((n) => ({ report: sample(n) })))
    const w = await mountFindings(pinia)
    const findings = useFindingsStore()
    findings.query.rules = ['T4-SUM']
    await flushPromises()
    expect(rows(w)).toHaveLength(2)
    findings.query.rules = []
    useFiltersStore().years = [2024]
    await flushPromises()
    const shown = rows(w).map((r) => r.text())
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.every((t) => t.includes('2024') && !t.includes('表四合计不符'))).toBe(true)
  })

  it('narrows the list to a heatmap cell on click, and a second click widens it again', async () => {
    const pinia = await boot()
    await useReportsStore().add(['hongze-2023', 'hongze-2024'].map((n) => ({ report: sample(n) })))
    const w = await mountFindings(pinia)
    const total = rows(w).length
    const heat = w.findComponent(HeatStub)
    const matrix = heat.props('matrix') as { agencies: string[]; years: number[] }
    expect(matrix.agencies).toContain(HONGZE)
    heat.vm.$emit('pick', { agency: HONGZE, year: 2024 })
    await flushPromises()
    expect(heat.props('picked')).toEqual({ agency: HONGZE, year: 2024 })
    expect(rows(w).length).toBeLessThan(total)
    expect(rows(w).every((r) => r.text().includes('2024'))).toBe(true)
    heat.vm.$emit('pick', { agency: HONGZE, year: 2024 })
    await flushPromises()
    expect(rows(w)).toHaveLength(total)
  })

  it('confirms a finding with a note, dated, and finds it again after a reload', async () => {
    let pinia = await boot()
    await useReportsStore().add([{ report: sample('hongze-2023') }])
    let w = await mountFindings(pinia)
    await rows(w)[0]?.find('[data-test="confirm"]').trigger('click')
    await flushPromises()
    const dialog = document.body.querySelector('[data-test="judge-dialog"]')
    expect(dialog?.textContent).toContain('确认有误')
    const textarea = document.body.querySelector<HTMLTextAreaElement>('.el-dialog textarea')
    expect(textarea).not.toBeNull()
    if (textarea) {
      textarea.value = '表四总计漏填，已电话核实'
      textarea.dispatchEvent(new Event('input'))
    }
    await flushPromises()
    document.body.querySelector<HTMLButtonElement>('[data-test="judge-save"]')?.click()
    await flushPromises()
    const key = useFindingsStore().all[0]?.key ?? ''
    expect(useFindingsStore().judgements[key]?.note).toBe('表四总计漏填，已电话核实')
    expect(rows(w)[0]?.find('[data-test="finding-status"]').text()).toBe('确认有误')
    expect(rows(w)[0]?.find('[data-test="finding-note"]').text()).toBe('表四总计漏填，已电话核实')
    w.unmount()
    wrapper = undefined

    // Reload: new stores over the same storage.
    expect(await storage.get('judgements')).toBeDefined()
    pinia = await boot()
    w = await mountFindings(pinia)
    const row = rows(w).find((r) => r.find('[data-test="finding-note"]').exists())
    expect(row?.text()).toContain('表四总计漏填，已电话核实')
    expect(row?.text()).toMatch(/\d{4}-\d{2}-\d{2} 判断/)
    // Only open ones, then reopen.
    useFindingsStore().query.statuses = ['confirmed']
    await flushPromises()
    expect(rows(w)).toHaveLength(1)
    await rows(w)[0]?.find('[data-test="reopen"]').trigger('click')
    await flushPromises()
    expect(useFindingsStore().judgements[key]).toBeUndefined()
  })

  it('re-checks with the thresholds set in the page, and resets them', async () => {
    const pinia = await boot()
    await useReportsStore().add(['hongze-2023', 'hongze-2024'].map((n) => ({ report: sample(n) })))
    const w = await mountFindings(pinia)
    const jumps = () => rows(w).filter((r) => r.text().includes('同比大幅变化')).length
    const before = jumps()
    // 洪泽 2023 → 2024: 21 → 95 requests, 4.5×; a factor of 5 silences it.
    expect(before).toBeGreaterThan(0)
    useSettingsStore().setThreshold('yoyFactor', 5)
    await flushPromises()
    expect(jumps()).toBe(0)
    expect(w.find('[data-threshold="yoyFactor"]').text()).toContain('默认 3')
    await w.find('[data-test="reset-thresholds"]').trigger('click')
    await flushPromises()
    expect(useSettingsStore().thresholds).toEqual(DEFAULT_THRESHOLDS)
    expect(jumps()).toBe(before)
  })

  it('exports what is listed as CSV with a BOM, status and note', async () => {
    const pinia = await boot()
    await useReportsStore().add([{ report: sample('hongze-2023') }])
    const findings = useFindingsStore()
    await findings.settled()
    const key = findings.all[0]?.key ?? ''
    expect(key).not.toBe('')
    await findings.judge(key, 'dismissed', '=已更正')
    const w = await mountFindings(pinia)
    await w.find('[data-test="export-csv"]').trigger('click')
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]?.name).toMatch(/^问题清单-\d{8}\.csv$/)
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await saved[0]?.blob.arrayBuffer(),
    )
    expect(text.startsWith('\ufeff级别')).toBe(true)
    expect(text.split('\r\n')[0]).toContain('来源文件,来源位置')
    expect(text).toContain(`无需处理,'=已更正`)
    // The list, a blank line, then the 口径 and thresholds it was measured by and the date.
    const lines = text.trim().split('\r\n')
    expect(lines).toHaveLength(findings.all.length + 1 + 1 + 3)
    expect(lines[findings.all.length + 1]).toBe('')
    expect(lines[findings.all.length + 2]).toContain('看板所用口径：公开率 =')
  })

  it('leaves findings judged 无需处理 out of the heatmap’s counts, and says how many', async () => {
    const pinia = await boot()
    await useReportsStore().add([{ report: sample('hongze-2023') }])
    const findings = useFindingsStore()
    await findings.settled()
    const w = await mountFindings(pinia)
    const heat = w.findComponent({ name: 'FindingsHeatmap' })
    type Matrix = { cells: { count: number }[] }
    const counted = () =>
      (heat.props('matrix') as Matrix).cells.reduce((sum, c) => sum + c.count, 0)
    const before = counted()
    expect(before).toBe(findings.all.length)
    expect(w.find('[data-test="heatmap-dismissed"]').exists()).toBe(false)
    await findings.judge(findings.all[0]?.key ?? '', 'dismissed', '')
    await findings.judge(findings.all[1]?.key ?? '', 'confirmed', '')
    await flushPromises()
    // Dismissed: out; confirmed: still a problem, still counted.
    expect(counted()).toBe(before - 1)
    expect(w.find('[data-test="heatmap-dismissed"]').text()).toContain('另有 1 条')
    // Asked for by status, the dismissed ones are counted.
    findings.query = { ...findings.query, statuses: ['dismissed'] }
    await flushPromises()
    expect(counted()).toBe(1)
  })

  it('in English: rule names, messages and cells in English; the export keeps Chinese with an English column', async () => {
    const pinia = await boot()
    await useReportsStore().add([{ report: sample('hongze-2023'), sourceName: 'hongze-2023.txt' }])
    const w = await mountFindings(pinia, 'en')
    // The English messages load on first use.
    await vi.waitFor(() => expect(rows(w)[0]?.text()).toContain('Table 4 total does not add up'))
    const first = rows(w)[0]?.text() ?? ''
    expect(first).toContain('Table 4, “Administrative review”: Upheld 10 + Corrected 1')
    expect(first).toContain('Table 4 · Administrative review · Upheld')
    expect(first).not.toMatch(/[表四结果维持]/)
    await w.find('[data-test="export-csv"]').trigger('click')
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    const text = await saved[0]!.blob.text()
    const [header, row] = text.split('\r\n')
    expect(header?.endsWith(',Message (English)')).toBe(true)
    expect(row).toContain('表四「行政复议」')
    expect(row).toContain('hongze-2023.txt')
    expect(row).toContain('Table 4, “Administrative review”')
  })

  it('pages a long list, fifty rows at a time', async () => {
    const pinia = await boot()
    await useReportsStore().add(generateCorpus(1500).map((report) => ({ report })))
    const w = await mountFindings(pinia)
    const total = useFindingsStore().all.length
    expect(total).toBeGreaterThan(50)
    expect(rows(w)).toHaveLength(50)
    expect(w.find('.pager').text()).toContain(String(total))
    await w.find('.pager .btn-next').trigger('click')
    await flushPromises()
    expect(rows(w)).toHaveLength(Math.min(50, total - 50))
  })
})
