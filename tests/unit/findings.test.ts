/**
 * The 问题清单 arithmetic (status, filter, sort, the agency × year matrix with missing years, the
 * CSV / .xlsx export), its heatmap option, and the stores behind it (thresholds and judgements,
 * persisted), all in Node.
 */
import Papa from 'papaparse'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  emptyQuery,
  filterFindings,
  findingsMatrix,
  judgementDate,
  sanitizeJudgements,
  sortFindings,
  statusOf,
  type Judgements,
} from '@/analysis/findings'
import { EXPORT_HEADERS, exportHeaders, exportRows, placesText } from '@/export/findingsRows'
import { generateDemoReports, PLANTED } from '@/generate/demo'
import { buildFindingsHeatmapOption, pickedCell } from '@/charts/findingsHeatmap'
import { DEFAULT_THRESHOLDS, checkReports, yearGrid, type Finding } from '@/checks'
import { findingsCsv } from '@/export/findingsCsv'
import { findingsWorkbook } from '@/export/findingsXlsx'
import { useFindingsStore } from '@/stores/findings'
import { memoryPersistence, setPersistence, type Persistence } from '@/storage/persistence'
import { useReportsStore } from '@/stores/reports'
import { sanitizeThresholds, useSettingsStore } from '@/stores/settings'
import { createChecksRunner } from '@/workers/checksClient'
import { workersAvailable } from '@/workers/client'
import { runChecks } from '@/workers/checksTask'
import { allSamples, expected } from './helpers'

const demo = generateDemoReports()
const demoFindings = runChecks(demo, DEFAULT_THRESHOLDS)

function f(partial: Partial<Finding> & Pick<Finding, 'rule' | 'agency' | 'year'>): Finding {
  const cells = partial.cells ?? []
  return {
    severity: 'warning',
    message: '说明',
    code: 'missing',
    params: {
      agency: partial.agency,
      first: partial.year - 1,
      last: partial.year + 1,
      year: partial.year,
    },
    cells,
    key: [partial.rule, partial.agency, partial.year, cells.join(',')].join('|'),
    ...partial,
  }
}

const A = f({ rule: 'T4-SUM', severity: 'error', agency: '乙局', year: 2023 })
const B = f({ rule: 'MISSING', agency: '甲局', year: 2022, message: '缺少 2022 年度报告' })
const C = f({ rule: 'YOY-JUMP', severity: 'info', agency: '甲局', year: 2024 })
const D = f({ rule: 'T3-BALANCE', severity: 'error', agency: '甲局', year: 2021 })
const LIST = [A, B, C, D]
const JUDGED: Judgements = {
  [B.key]: { verdict: 'dismissed', note: '机构撤并，当年无需报告', at: Date.UTC(2026, 10, 2, 3) },
  [C.key]: { verdict: 'confirmed', note: '数字抄错', at: Date.UTC(2026, 10, 3, 3) },
}

describe('status and judgements', () => {
  it('reads a status from the judgements, open when none', () => {
    expect(LIST.map((x) => statusOf(x, JUDGED))).toEqual(['open', 'dismissed', 'confirmed', 'open'])
  })

  it('drops damaged judgements one by one and keeps the rest', () => {
    const stored = {
      good: { verdict: 'confirmed', note: '有误', at: 5 },
      noNote: { verdict: 'dismissed', at: 7 },
      badVerdict: { verdict: 'maybe', note: '', at: 1 },
      notObject: 'confirmed',
    }
    expect(sanitizeJudgements(stored)).toEqual({
      good: { verdict: 'confirmed', note: '有误', at: 5 },
      noNote: { verdict: 'dismissed', note: '', at: 7 },
    })
    expect(sanitizeJudgements(null)).toEqual({})
    expect(sanitizeJudgements([1, 2])).toEqual({})
  })

  it('dates a judgement in the reader’s time zone, and nothing before one', () => {
    // 2026-11-02 23:30 UTC is already 3 November in Shanghai (the tests' TZ).
    expect(judgementDate(Date.UTC(2026, 10, 2, 23, 30))).toBe('2026-11-03')
    expect(judgementDate(undefined)).toBe('')
  })
})

describe('filter and sort', () => {
  it('filters by rule, severity, status, agency, year and words (note included)', () => {
    const q = emptyQuery()
    expect(filterFindings(LIST, JUDGED, q)).toEqual(LIST)
    expect(filterFindings(LIST, JUDGED, { ...q, rules: ['MISSING'] })).toEqual([B])
    expect(filterFindings(LIST, JUDGED, { ...q, severities: ['error'] })).toEqual([A, D])
    expect(filterFindings(LIST, JUDGED, { ...q, statuses: ['open'] })).toEqual([A, D])
    expect(filterFindings(LIST, JUDGED, { ...q, statuses: ['confirmed', 'dismissed'] })).toEqual([
      B,
      C,
    ])
    expect(filterFindings(LIST, JUDGED, { ...q, agencies: ['甲局'], years: [2022, 2024] })).toEqual(
      [B, C],
    )
    expect(filterFindings(LIST, JUDGED, { ...q, text: '撤并' })).toEqual([B])
    expect(filterFindings(LIST, JUDGED, { ...q, text: '甲局 2022' })).toEqual([B])
    expect(filterFindings(LIST, JUDGED, { ...q, text: '乙局 2022' })).toEqual([])
  })

  it('leaves out the parts asked (the heatmap ignores its own cell pick)', () => {
    const q = { ...emptyQuery(), agencies: ['乙局'], years: [2023], severities: ['error' as const] }
    expect(filterFindings(LIST, JUDGED, q)).toEqual([A])
    expect(filterFindings(LIST, JUDGED, q, ['agencies', 'years'])).toEqual([A, D])
  })

  it('sorts worst first by default, and keeps that order within ties of any other key', () => {
    expect(sortFindings(LIST, JUDGED).map((x) => x.key)).toEqual([D, A, B, C].map((x) => x.key))
    expect(sortFindings(LIST, JUDGED, 'year', 'descending')).toEqual([C, A, B, D])
    expect(sortFindings(LIST, JUDGED, 'agency')).toEqual([D, B, C, A])
    expect(sortFindings(LIST, JUDGED, 'status')).toEqual([D, A, C, B])
    // Ties (both open) stay worst first even when the order is reversed.
    expect(sortFindings(LIST, JUDGED, 'status', 'descending')).toEqual([B, C, D, A])
    expect(sortFindings(LIST, JUDGED, 'rule')).toEqual([D, A, C, B])
  })

  it('puts the engine’s findings in the reviewer’s order', () => {
    const severities = demoFindings.map((x) => x.severity)
    const firstWarning = severities.indexOf('warning')
    const firstInfo = severities.indexOf('info')
    expect(severities.lastIndexOf('error')).toBeLessThan(firstWarning)
    expect(severities.lastIndexOf('warning')).toBeLessThan(firstInfo)
    expect(new Set(demoFindings.map((x) => x.key)).size).toBe(demoFindings.length)
    expect(demoFindings).toHaveLength(checkReports(demo).length)
  })
})

describe('the agency × year matrix', () => {
  const agencies = [...new Set(demo.map((r) => r.agency))]
  const input = {
    findings: demoFindings,
    agencies,
    reports: demo,
    missing: yearGrid(demo),
    years: [] as number[],
  }

  it('counts findings per cell and marks the planted missing year', () => {
    const m = findingsMatrix(input)
    const { agency, year } = PLANTED.missing
    const gap = m.cells.find((c) => c.agency === agency && c.year === year)
    expect(gap).toMatchObject({ missing: true, hasReport: false, count: 1 })
    expect(gap?.bySeverity.warning).toBe(1)
    const balance = m.cells.find(
      (c) => c.agency === PLANTED.balance.agency && c.year === PLANTED.balance.year,
    )
    expect(balance?.bySeverity.error).toBeGreaterThan(0)
    expect(balance?.hasReport).toBe(true)
    // Every finding of the demo is in some cell, and the rows are the agencies that have one.
    expect(m.cells.reduce((s, c) => s + c.count, 0)).toBe(demoFindings.length)
    expect(new Set(m.agencies)).toEqual(new Set(demoFindings.map((x) => x.agency)))
    expect(m.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
    expect(m.hidden).toBe(0)
    // A row holds its other years as empty cells, so the row reads as the whole history.
    expect(m.cells.filter((c) => c.agency === agency)).toHaveLength(6)
  })

  it('ranks rows by count, caps them, and says how many were left out', () => {
    const m = findingsMatrix({ ...input, maxAgencies: 2 })
    expect(m.agencies).toHaveLength(2)
    expect(m.hidden).toBe(new Set(demoFindings.map((x) => x.agency)).size - 2)
    const total = (a: string) => demoFindings.filter((x) => x.agency === a).length
    expect(total(m.agencies[0] ?? '')).toBeGreaterThanOrEqual(total(m.agencies[1] ?? ''))
  })

  it('follows the year filter without inventing gaps, and leaves out agencies not in view', () => {
    const m = findingsMatrix({ ...input, years: [2021, 2023], agencies: agencies.slice(0, 3) })
    expect(m.years.every((y) => y === 2021 || y === 2023)).toBe(true)
    expect(m.cells.some((c) => c.missing)).toBe(false)
    expect(m.agencies.every((a) => agencies.slice(0, 3).includes(a))).toBe(true)
  })
})

describe('export', () => {
  const hostile = f({
    rule: 'NARRATIVE',
    agency: '=HYPERLINK("http://x")',
    year: 2024,
    cells: ['requests.newReceived.total'],
    message: '-正文说 5 件，表格为 "6" 件',
  })
  const judged: Judgements = {
    [hostile.key]: {
      verdict: 'confirmed',
      note: '@复核：正文有误,\n已告知',
      at: Date.UTC(2026, 0, 5),
    },
  }

  it('writes one row per finding with status, note, date and cell labels', () => {
    const [row] = exportRows([hostile], judged)
    expect(row).toEqual([
      '警告',
      'NARRATIVE',
      '正文数字与表格不符',
      '=HYPERLINK("http://x")',
      2024,
      '表三·本年新收·总计',
      '',
      '',
      '-正文说 5 件，表格为 "6" 件',
      '确认有误',
      '@复核：正文有误,\n已告知',
      '2026-01-05',
      hostile.key,
    ])
    expect(exportRows([A], {})[0]?.slice(9, 12)).toEqual(['待处理', '', ''])
  })

  it('names the source file and where each cell was read; English beside the Chinese', () => {
    const two = f({
      rule: 'T3-ROWSUM',
      agency: '甲局',
      year: 2024,
      cells: ['requests.granted.natural', 'appeals.review.upheld'],
      message: '表三……',
    })
    const source = {
      name: '甲局2024年报.txt',
      where: (path: string) => (path.startsWith('requests') ? '第95行' : '第120行'),
    }
    const context = { source: () => source, english: () => 'Table 3 …' }
    expect(exportHeaders(context)).toEqual([...EXPORT_HEADERS, 'Message (English)'])
    const [row] = exportRows([two], {}, context)
    expect(row?.slice(5, 8)).toEqual([
      '表三·予以公开·自然人；表四·行政复议·结果维持',
      '甲局2024年报.txt',
      '表三·予以公开·自然人：第95行；表四·行政复议·结果维持：第120行',
    ])
    expect(row?.at(-1)).toBe('Table 3 …')
    // A JSON report: every cell read in the same place, said once.
    const json = { name: 'a.json', where: () => 'a.json 第3个报告' }
    expect(placesText(two.cells, json)).toBe('a.json 第3个报告')
    // No internal key anywhere but the finding's own identifier.
    expect(row?.slice(0, 12).join('|')).not.toMatch(/requests\.|appeals\./)
  })

  it('makes CSV with a BOM, quoting, and formula-like cells neutralised', () => {
    const csv = findingsCsv([hostile, A], judged)
    expect(csv.startsWith('\ufeff级别,规则,')).toBe(true)
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
    expect(parsed[0]).toEqual([...EXPORT_HEADERS])
    expect(parsed[1]?.[3]).toBe(`'=HYPERLINK("http://x")`)
    expect(parsed[1]?.[8]).toBe(`'-正文说 5 件，表格为 "6" 件`)
    expect(parsed[1]?.[10]).toBe(`'@复核：正文有误,\n已告知`)
    expect(parsed[2]?.[3]).toBe('乙局')
    expect(parsed).toHaveLength(3)
  })

  it('makes an .xlsx whose cells read back as the text (no formulas)', async () => {
    const blob = await findingsWorkbook([hostile, A], judged)
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await blob.arrayBuffer())
    const sheet = book.getWorksheet('问题清单')
    expect(sheet?.getRow(1).getCell(1).value).toBe('级别')
    expect(sheet?.getRow(2).getCell(4).value).toBe('=HYPERLINK("http://x")')
    expect(sheet?.getRow(2).getCell(5).value).toBe(2024)
    expect(sheet?.getRow(2).getCell(11).value).toBe('@复核：正文有误,\n已告知')
    expect(sheet?.getRow(3).getCell(10).value).toBe('待处理')
    expect(sheet?.rowCount).toBe(3)
  })
})

describe('the findings heatmap option', () => {
  const labels = {
    measure: '问题数',
    missing: '缺报',
    missingDetail: '缺少本年度报告',
    noReport: '无报告',
    clickHint: '点击筛选清单',
    severity: { error: '错误', warning: '警告', info: '提示' },
  }
  const frame = { title: '机构 × 年度 问题分布', subtitle: '全部', locale: 'zh-CN' }
  const matrix = findingsMatrix({
    findings: [
      ...LIST,
      f({ rule: 'T4-SUM', severity: 'error', agency: '<b>丙局</b>', year: 2023 }),
    ],
    agencies: ['甲局', '乙局', '<b>丙局</b>'],
    reports: [
      { agency: '甲局', year: 2021 },
      { agency: '甲局', year: 2023 },
      { agency: '甲局', year: 2024 },
      { agency: '乙局', year: 2023 },
      { agency: '<b>丙局</b>', year: 2023 },
    ],
    missing: new Map([['甲局', { missing: [2022] }]]),
    years: [],
  })

  type Series = { data: { value: number[]; itemStyle?: Record<string, unknown> }[] }
  function seriesOf(picked: { agency: string; year: number } | null = null): Series[] {
    const option = buildFindingsHeatmapOption(matrix, labels, frame, picked)
    return option.series as unknown as Series[]
  }

  it('draws counts on the colour scale and the missing year apart, dashed, with text', () => {
    const [counts, missing] = seriesOf()
    const x2022 = matrix.years.indexOf(2022)
    const yJia = matrix.agencies.indexOf('甲局')
    expect(missing?.data).toHaveLength(1)
    expect(missing?.data[0]?.value.slice(0, 2)).toEqual([x2022, yJia])
    expect(missing?.data[0]?.itemStyle?.borderType).toBe('dashed')
    expect(counts?.data).toHaveLength(matrix.cells.length - 1)
    const option = buildFindingsHeatmapOption(matrix, labels, frame)
    const s1 = (option.series as unknown as { label: { formatter: (p: unknown) => string } }[])[1]
    expect(s1?.label.formatter({ value: [x2022, yJia, 1] })).toBe('缺报')
  })

  it('borders the picked cell, and maps a click back to its agency and year', () => {
    const [counts] = seriesOf({ agency: '乙局', year: 2023 })
    const bordered = counts?.data.filter((d) => d.itemStyle?.borderWidth === 3) ?? []
    expect(bordered).toHaveLength(1)
    const v = bordered[0]?.value ?? []
    expect(pickedCell(matrix, { value: v })).toEqual({ agency: '乙局', year: 2023 })
    expect(pickedCell(matrix, { value: [99, 99, 0] })).toBeNull()
    expect(pickedCell(matrix, {})).toBeNull()
  })

  it('escapes names from files in the tooltip', () => {
    const option = buildFindingsHeatmapOption(matrix, labels, frame)
    const tip = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    const x = matrix.years.indexOf(2023)
    const y = matrix.agencies.indexOf('<b>丙局</b>')
    const html = tip({ value: [x, y, 1] })
    expect(html).toContain('&lt;b&gt;丙局&lt;/b&gt;')
    expect(html).not.toContain('<b>丙局')
    expect(html).toContain('错误')
  })
})

describe('thresholds', () => {
  it('keeps stored values in range and falls back to the default otherwise', () => {
    expect(sanitizeThresholds(undefined)).toEqual(DEFAULT_THRESHOLDS)
    const t = sanitizeThresholds({
      yoyFactor: 5,
      yoyMinVolume: -1,
      peerZ: Number.NaN,
      textSimilarity: 1.5,
      disclosureRateMin: 0.5,
      rateMinCases: '12',
      extra: 1,
    })
    expect(t).toEqual({ ...DEFAULT_THRESHOLDS, yoyFactor: 5, disclosureRateMin: 0.5 })
  })
})

describe('the stores: thresholds and judgements, persisted', () => {
  let storage: Persistence

  beforeEach(() => {
    storage = memoryPersistence()
    setPersistence(storage)
    setActivePinia(createPinia())
  })

  /** A "reload": fresh stores over the same storage. */
  async function reload(): Promise<void> {
    setActivePinia(createPinia())
    await Promise.all([
      useSettingsStore().load(),
      useFindingsStore().load(),
      useReportsStore().load(),
    ])
    await useFindingsStore().settled()
  }

  it('runs the checks on the page where there is no Worker', async () => {
    expect(workersAvailable()).toBe(false)
    const found = await createChecksRunner().run(allSamples(), DEFAULT_THRESHOLDS)
    expect(found?.map((x) => x.key)).toEqual(runChecks(allSamples(), {}).map((x) => x.key))
  })

  it('feeds the page’s thresholds to the checks, and keeps them over a reload', async () => {
    const settings = useSettingsStore()
    await settings.load()
    await useReportsStore().add(demo.map((report) => ({ report })))
    const findings = useFindingsStore()
    await findings.settled()
    const jumps = () => findings.all.filter((x) => x.rule === 'YOY-JUMP').length
    const before = jumps()
    settings.setThreshold('yoyMinVolume', 3)
    expect(settings.thresholds.yoyMinVolume).toBe(3)
    await findings.settled()
    expect(jumps()).toBeGreaterThan(before)
    // Out of range: refused, the value stays.
    settings.setThreshold('textSimilarity', 2)
    settings.setThreshold('yoyFactor', null)
    expect(settings.thresholds.textSimilarity).toBe(DEFAULT_THRESHOLDS.textSimilarity)
    expect(settings.thresholds.yoyFactor).toBe(DEFAULT_THRESHOLDS.yoyFactor)
    await settings.save()

    await reload()
    expect(useSettingsStore().thresholds.yoyMinVolume).toBe(3)
    expect(useFindingsStore().all.filter((x) => x.rule === 'YOY-JUMP')).toHaveLength(jumps())
    useSettingsStore().resetThresholds()
    expect(useSettingsStore().thresholds).toEqual(DEFAULT_THRESHOLDS)
    await useFindingsStore().settled()
    expect(useFindingsStore().all.filter((x) => x.rule === 'YOY-JUMP')).toHaveLength(before)
  })

  it('keeps a judgement with its note and date over a reload and a re-import', async () => {
    const reports = useReportsStore()
    await reports.add([{ report: expected('hongze-2023') }])
    const findings = useFindingsStore()
    await findings.settled()
    const t4 = findings.all.find((x) => x.rule === 'T4-SUM')
    expect(t4).toBeDefined()
    const key = t4?.key ?? ''
    await findings.judge(key, 'confirmed', '  表四总计漏填  ')
    expect(findings.judgements[key]).toMatchObject({ verdict: 'confirmed', note: '表四总计漏填' })

    await reload()
    // Re-import of the same report: the finding comes back under the same key, still judged.
    await useReportsStore().add([{ report: expected('hongze-2023') }], () => 'replace')
    const again = useFindingsStore()
    await again.settled()
    expect(again.all.some((x) => x.key === key)).toBe(true)
    expect(again.judgements[key]?.note).toBe('表四总计漏填')
    expect(judgementDate(again.judgements[key]?.at)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(again.open.some((x) => x.key === key)).toBe(false)

    await again.judge(key, null)
    await reload()
    expect(useFindingsStore().judgements[key]).toBeUndefined()
  })
})
