// @vitest-environment jsdom
/**
 * 机构对比's table, 机构档案, both briefings and the 口径 control mounted with real stores (fresh
 * Pinia, in-memory storage), charts stubbed: the table sorts from its headers and keeps its state
 * in the URL, names link to the profile, a missing figure shows — with why, and the 口径 in use
 * is what every rate says.
 */
import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import DefinitionsControl from '@/components/settings/DefinitionsControl.vue'
import type { Report } from '@/domain/report'
import { useFindingsStore } from '@/stores/findings'
import { useReportsStore } from '@/stores/reports'
import { useSettingsStore } from '@/stores/settings'
import AgencyBriefingView from '@/views/AgencyBriefingView.vue'
import AgencyView from '@/views/AgencyView.vue'
import BriefingView from '@/views/BriefingView.vue'
import CompareView from '@/views/CompareView.vue'
import { expected } from '../unit/helpers'
import { freshPinia, freshStorage, mountView } from './setup'

const saved: { name: string; blob: Blob }[] = []
vi.mock('@/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/export/download')>()),
  downloadBlob: (name: string, blob: Blob) => saved.push({ name, blob }),
}))

const HONGZE = '淮安市洪泽区人民政府'
const POLICE = '平潭综合实验区公安局'

beforeEach(() => {
  freshStorage()
  saved.length = 0
})

/** The samples, with 洪泽 2023 standing in for 洪泽 2022 with its table 3 not read. */
async function holdSamples(): Promise<void> {
  const unread: Report = {
    ...expected('hongze-2023'),
    year: 2022,
    requests: {},
    unread: [{ table: 'requests', reason: '数字连在一起，无法唯一拆分', where: '第3页' }],
  }
  const police2023: Report = { ...expected('pingtan-police-2022'), year: 2023 }
  await useReportsStore().add(
    [
      'hongze-2023',
      'hongze-2024',
      'huaian-2024',
      'pingtan-2025',
      'pingtan-police-2022',
      'hualong-gxj-2020',
    ]
      .map((n) => ({ report: expected(n) }))
      .concat([{ report: unread }, { report: police2023 }]),
  )
}

describe('机构对比', () => {
  it('leads with the table, sorted by a header (aria-sort), the order kept in the URL', async () => {
    const pinia = freshPinia()
    await holdSamples()
    const { wrapper, router } = await mountView(CompareView, { pinia, path: '/compare?cyear=2024' })
    const table = wrapper.find('[data-test="agency-table"]')
    expect(table.exists()).toBe(true)
    const rows = () =>
      wrapper
        .findAll('[data-test="agency-table"] tbody tr[data-agency]')
        .map((r) => r.attributes('data-agency'))
    // Grouped by region by default; within 2024 淮安市 (3,119) before 洪泽 (95).
    expect(rows().indexOf('淮安市人民政府')).toBeLessThan(rows().indexOf(HONGZE))
    const received = wrapper.find('th:has(button[data-sort="received"])')
    expect(received.attributes('aria-sort')).toBe('descending')

    await wrapper.find('button[data-sort="received"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.order).toBe('asc')
    expect(wrapper.find('th:has(button[data-sort="received"])').attributes('aria-sort')).toBe(
      'ascending',
    )

    await wrapper.find('button[data-sort="agency"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.sort).toBe('agency')
    expect(wrapper.find('th:has(button[data-sort="agency"])').attributes('aria-sort')).toBe(
      'ascending',
    )

    await wrapper.find('[data-test="group-toggle"]').setValue(false)
    await flushPromises()
    expect(router.currentRoute.value.query.group).toBe('0')
    // Flat: full names, A to Z.
    const names = wrapper
      .findAll('[data-test="agency-table"] [data-test="agency-link"]')
      .map((a) => a.text())
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare))
  })

  it('reproduces a copied link: year, sort and grouping read from the query', async () => {
    const pinia = freshPinia()
    await holdSamples()
    const { wrapper } = await mountView(CompareView, {
      pinia,
      path: '/compare?cyear=2023&sort=review&order=asc&group=0',
    })
    expect(wrapper.find('h2').text()).toContain('2023')
    expect(wrapper.find('th:has(button[data-sort="review"])').attributes('aria-sort')).toBe(
      'ascending',
    )
    expect(wrapper.find('.group-row').exists()).toBe(false)
  })

  it('shows — with why for a table not read and a rate over too few cases, and links names to the profile', async () => {
    const pinia = freshPinia()
    await holdSamples()
    const { wrapper } = await mountView(CompareView, { pinia, path: '/compare?cyear=2022' })
    const hongze = wrapper.find(`tr[data-agency="${HONGZE}"]`)
    const cell = hongze.find('td[data-figure="received"]')
    expect(cell.text()).toBe('—')
    expect(cell.attributes('title')).toContain('表三未能读取（第3页）：数字连在一起，无法唯一拆分')
    // Its table 4 was read: review is a figure.
    expect(hongze.find('td[data-figure="review"]').text()).not.toBe('—')
    const police = wrapper.find(`tr[data-agency="${POLICE}"]`)
    // Under its region, the bureau reads 公安局; the link opens its profile.
    const link = police.find('[data-test="agency-link"]')
    expect(link.text()).toBe('公安局')
    expect(link.attributes('title')).toBe(POLICE)
    expect(decodeURIComponent(link.attributes('href') ?? '')).toContain(`/agency/${POLICE}`)
    // 2 handled: its rate is not shown, and the tooltip says the 口径 and why.
    const rate = police.find('td[data-figure="disclosure"]')
    expect(rate.text()).toBe('—')
    expect(rate.attributes('title')).toContain('公开率 = （予以公开 + 部分公开）÷ 办结')
    expect(rate.attributes('title')).toContain('少于 30 件')
  })

  it('follows the 口径 switch in every rate', async () => {
    const pinia = freshPinia()
    await holdSamples()
    useSettingsStore().minCases = 0
    const { wrapper } = await mountView(CompareView, { pinia, path: '/compare?cyear=2024&group=0' })
    const rate = () => wrapper.find(`tr[data-agency="${HONGZE}"] td[data-figure="disclosure"]`)
    // 2024: (50 + 9) ÷ 95 = 62.1 %; 予以公开 only: 50 ÷ 95 = 52.6 %
    expect(rate().text()).toContain('62.1%')
    useSettingsStore().definitions = { disclosure: 'granted', correction: 'decided' }
    await flushPromises()
    expect(rate().text()).toContain('52.6%')
    expect(rate().attributes('title')).toContain('公开率 = 予以公开 ÷ 办结')
  })
})

describe('机构对比 downloads', () => {
  it('saves the table as shown, stamped with the 口径, the data date and the filter', async () => {
    const pinia = freshPinia()
    await holdSamples()
    useSettingsStore().definitions = { disclosure: 'granted', correction: 'total' }
    const { wrapper } = await mountView(CompareView, {
      pinia,
      path: '/compare?cyear=2024&group=0&sort=agency&order=asc',
    })
    await wrapper.find('[data-test="table-csv"]').trigger('click')
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]?.name).toMatch(/^机构对比-2024-\d{8}\.csv$/)
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await saved[0]?.blob.arrayBuffer(),
    )
    expect(text.startsWith('\ufeff区域,机构,本年新收')).toBe(true)
    const lines = text.split('\r\n')
    // In the order shown (by name), one line per agency, a missing figure blank.
    const names = lines
      .slice(1)
      .map((l) => l.split(',')[1] ?? '')
      .filter((n) => n !== '' && !n.includes('：'))
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare))
    expect(text).toContain('口径：公开率 = 予以公开 ÷ 办结（（七）总计）；纠错率 = 结果纠正 ÷ 总计')
    expect(text).toMatch(/数据日期：\d{4}-\d{2}-\d{2}/)
    expect(text).toContain('筛选：全部年度 · 全部区域 · 全部机构')

    await wrapper.find('[data-test="table-xlsx"]').trigger('click')
    await vi.waitFor(() => expect(saved).toHaveLength(2), { timeout: 20_000 })
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await saved[1]!.blob.arrayBuffer())
    const sheet = book.worksheets[0]!
    expect(sheet.getCell(1, 2).value).toBe('机构')
    const notes: string[] = []
    sheet.eachRow((row) => notes.push(String(row.getCell(1).value ?? '')))
    expect(notes.some((n) => n.startsWith('口径：公开率 = 予以公开'))).toBe(true)
  })
})

describe('机构档案', () => {
  it('shows every year, what is missing and why, the table with its totals, and the findings', async () => {
    const pinia = freshPinia()
    await holdSamples()
    const { wrapper } = await mountView(AgencyView, {
      pinia,
      path: `/agency/${encodeURIComponent(HONGZE)}`,
    })
    expect(wrapper.find('h2').text()).toBe(HONGZE)
    const gaps = wrapper.find('[data-test="profile-gaps"]').text()
    expect(gaps).toContain('2022 年：表三未能读取（第3页），未计入任何统计')
    const table = wrapper.find('[data-test="profile-table"]')
    expect(table.text()).toContain('3 年合计')
    const received = table.find('tr[data-row="requests.newReceived.total"]')
    // 2022 unread, 2023 21, 2024 95: — then the two values, 116 over 2 years
    expect(received.findAll('td').map((td) => td.find('span').text())).toEqual([
      '—',
      '21',
      '95',
      '116',
    ])
    expect(received.text()).toContain('据 2 年')
    // KPIs say what they add up or which year they are.
    const kpis = wrapper.findAll('[data-kpi]').map((k) => k.attributes('data-kpi'))
    expect(kpis).toContain('本年新收（3 年合计）')
    expect(kpis).toContain('本年新收（2024 年）')
    // The findings of every year, each year linking to its report.
    expect(wrapper.find('[data-test="agency-findings"]').text()).toContain('表四合计不符')
  })

  it('says when there is no such agency', async () => {
    const pinia = freshPinia()
    await holdSamples()
    const { wrapper } = await mountView(AgencyView, { pinia, path: '/agency/nobody' })
    expect(wrapper.find('[data-test="profile-none"]').exists()).toBe(true)
  })
})

describe('briefings', () => {
  it('print the district with its KPIs, year table, findings with evidence and the 口径', async () => {
    const pinia = freshPinia()
    await holdSamples()
    const { wrapper } = await mountView(BriefingView, { pinia, path: '/briefing' })
    const sheet = wrapper.find('[data-test="briefing"]')
    expect(sheet.find('h1').text()).toContain('政府信息公开工作年度报告简报')
    expect(sheet.text()).toContain('数据日期')
    expect(wrapper.findAll('[data-test="year-table"] tbody tr')).toHaveLength(5)
    const kpis = sheet.find('[data-test="briefing-kpis"]').text()
    expect(kpis).toContain('本年新收（5 年合计）')
    const findings = sheet.find('[data-test="briefing-findings"]').text()
    expect(findings).toContain('待处理问题共')
    expect(findings).toContain('表四·行政复议·总计')
    expect(sheet.find('[data-test="briefing-definitions"]').text()).toContain(
      '公开率 = （予以公开 + 部分公开）÷ 办结',
    )
    expect(wrapper.findAll('.chart-stub').length).toBeGreaterThanOrEqual(3)
  })

  it('print one agency, leaving out findings already judged', async () => {
    const pinia = freshPinia()
    await holdSamples()
    await useFindingsStore(pinia).settled()
    const findings = useFindingsStore()
    const sums = findings.all.filter((f) => f.agency === HONGZE && f.rule === 'T4-SUM')
    expect(sums.length).toBeGreaterThan(0)
    for (const f of sums) await findings.judge(f.key, 'dismissed', '已核实')
    const { wrapper } = await mountView(AgencyBriefingView, {
      pinia,
      path: `/agency/${encodeURIComponent(HONGZE)}/briefing`,
    })
    const sheet = wrapper.find('[data-test="briefing"]')
    expect(sheet.find('h1').text()).toContain(HONGZE)
    expect(sheet.find('[data-test="profile-gaps"]').text()).toContain('2022')
    expect(sheet.find('[data-test="briefing-findings"]').text()).not.toContain('T4-SUM')
  })
})

describe('the 口径 control', () => {
  it('switches the definitions and the minimum cases in the settings', async () => {
    const pinia = freshPinia()
    const { wrapper } = await mountView(DefinitionsControl, { pinia })
    const settings = useSettingsStore()
    await wrapper.find('input[data-basis="granted"]').setValue(true)
    await wrapper.find('input[data-basis="total"]').setValue(true)
    expect(settings.definitions).toEqual({ disclosure: 'granted', correction: 'total' })
    await wrapper.find('[data-test="min-cases"]').setValue('10')
    expect(settings.minCases).toBe(10)
    // Not a count of cases: ignored.
    await wrapper.find('[data-test="min-cases"]').setValue('-3')
    expect(settings.minCases).toBe(10)
  })
})
