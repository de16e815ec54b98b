// @vitest-environment jsdom
/** The Pinia stores: each test starts from a fresh Pinia and fresh storage. */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Report } from '@/domain/report'
import { resolveAlias } from '@/lib/aliases'
import { useAliasesStore } from '@/stores/aliases'
import { useAnalysisStore } from '@/stores/analysis'
import { useFiltersStore } from '@/stores/filters'
import { useFindingsStore } from '@/stores/findings'
import { useImportQueueStore } from '@/stores/importQueue'
import { openPersistence, setPersistence } from '@/storage/persistence'
import { useReportsStore } from '@/stores/reports'
import { runImportJob } from '@/workers/importTask'
import { freshPinia, freshStorage } from './setup'

// jsdom gives import.meta.url an http scheme; the tests run from the project root.
const dir = join(process.cwd(), 'tests/fixtures/samples/')
const sample = (name: string) => JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Report
const text = (name: string) => readFileSync(`${dir}${name}`, 'utf8')

beforeEach(() => {
  freshPinia()
  freshStorage()
})

describe('reports store', () => {
  it('keys reports by (agency, year) and counts the active versions', async () => {
    const reports = useReportsStore()
    await reports.add([{ report: sample('hongze-2023') }, { report: sample('hongze-2024') }])
    expect(reports.reports).toHaveLength(2)
    expect(reports.entryList.map((e) => e.year).sort()).toEqual([2023, 2024])
  })

  it('never replaces silently: keep, replace, or keep both as versions', async () => {
    const reports = useReportsStore()
    const first = sample('hongze-2024')
    await reports.add([{ report: first, sourceName: 'a.txt' }])
    const second = { ...first, requests: { ...first.requests } }
    delete second.requests.carriedForward

    await reports.add([{ report: second, sourceName: 'b.txt' }], () => 'keep')
    expect(reports.entryList[0]?.versions.map((v) => v.sourceName)).toEqual(['a.txt'])

    await reports.add([{ report: second, sourceName: 'b.txt' }])
    const entry = reports.entryList[0]
    expect(entry?.versions.map((v) => v.sourceName)).toEqual(['a.txt', 'b.txt'])
    expect(entry?.activeId).toBe(entry?.versions[1]?.id)
    expect(reports.reports).toHaveLength(1)

    await reports.add([{ report: first, sourceName: 'c.txt' }], () => 'replace')
    expect(reports.entryList[0]?.versions.map((v) => v.sourceName)).toEqual(['c.txt'])
  })

  it('deletes with undo', async () => {
    const reports = useReportsStore()
    await reports.add([{ report: sample('hongze-2023') }, { report: sample('huaian-2024') }])
    const undo = await reports.remove([reports.entryList[0]?.key ?? ''])
    expect(reports.reports).toHaveLength(1)
    await undo?.run()
    expect(reports.reports).toHaveLength(2)
  })

  it('removes the samples in one click and keeps the person’s own reports', async () => {
    const reports = useReportsStore()
    await reports.add([
      { report: sample('hongze-2023'), sample: true },
      { report: sample('huaian-2024') },
    ])
    expect(reports.sampleCount).toBe(1)
    await reports.removeSamples()
    expect(reports.reports.map((r) => r.agency)).toEqual(['淮安市人民政府'])
  })

  it('survives a reload through IndexedDB', async () => {
    const db = await openPersistence()
    expect(db.kind).toBe('indexeddb')
    setPersistence(db)
    await useReportsStore().add([{ report: sample('pingtan-2025') }])

    freshPinia()
    setPersistence(await openPersistence())
    const reloaded = useReportsStore()
    await reloaded.load()
    expect(reloaded.reports.map((r) => r.agency)).toContain('平潭综合实验区')
  })
})

describe('aliases', () => {
  it('follows alias chains and refuses cycles', async () => {
    expect(resolveAlias({ a: 'b', b: 'c' }, 'a')).toBe('c')
    const aliases = useAliasesStore()
    expect(await aliases.add('华龙区工信局', '华龙区工业和信息化局')).toBe(true)
    expect(aliases.resolve('华龙区工信局')).toBe('华龙区工业和信息化局')
    expect(await aliases.add('华龙区工业和信息化局', '华龙区工信局')).toBe(false)
  })

  it('merges an agency into its standard name, keeping clashing years as versions', async () => {
    const reports = useReportsStore()
    const a = sample('hualong-gxj-2020')
    await reports.add([{ report: a }, { report: { ...a, agency: '华龙区工信局' } }])
    expect(await reports.renameAgency('华龙区工信局', a.agency)).toBe(1)
    expect(reports.entryList).toHaveLength(1)
    expect(reports.entryList[0]?.versions).toHaveLength(2)
  })
})

describe('filters and analysis', () => {
  it('reads and writes the URL query', () => {
    const filters = useFiltersStore()
    filters.fromQuery({
      year: '2024,2023',
      agency: ['甲,乙局', '丙'],
      edition: '2021',
      region: null,
    })
    expect(filters.years).toEqual([2023, 2024])
    expect(filters.agencies).toEqual(['甲,乙局', '丙'])
    expect(filters.toQuery()).toEqual({
      year: '2023,2024',
      agency: ['甲,乙局', '丙'],
      edition: '2021',
    })
  })

  it('recomputes every aggregate when the filter changes', async () => {
    await useReportsStore().add(
      ['hongze-2023', 'hongze-2024', 'huaian-2024'].map((n) => ({ report: sample(n) })),
    )
    const analysis = useAnalysisStore()
    // 21 + 95 + 3119
    expect(analysis.totals.received.value).toBe(3235)
    useFiltersStore().years = [2023]
    expect(analysis.totals.received.value).toBe(21)
    expect(analysis.agencies).toEqual(['淮安市洪泽区人民政府'])
  })
})

describe('findings', () => {
  it('checks the reports held and remembers judgements', async () => {
    await useReportsStore().add([{ report: sample('hongze-2023') }])
    const findings = useFindingsStore()
    await findings.settled()
    // 洪泽 2023 table 4 breaks T4-SUM as published (review, and suit after review)
    const t4 = findings.all.filter((f) => f.rule === 'T4-SUM')
    expect(t4).toHaveLength(2)
    await findings.judge(t4[0]?.key ?? '', 'confirmed')
    expect(findings.open).toHaveLength(findings.all.length - 1)
  })
})

describe('import queue', () => {
  it('previews a file with the alias applied, flags a held report and commits by choice', async () => {
    const reports = useReportsStore()
    await reports.add([{ report: sample('hongze-2024'), sourceName: 'held.json' }])
    await useAliasesStore().add('平潭综合实验区', '平潭综合实验区管委会')
    const queue = useImportQueueStore()
    const ids = queue.enqueue([
      { name: 'hongze-2024.txt', size: 1 },
      { name: 'pingtan-police-2022.txt', size: 1 },
      { name: 'empty.txt', size: 0 },
    ])
    const files = ['hongze-2024.txt', 'pingtan-police-2022.txt']
    for (const [i, name] of files.entries()) {
      const { result, findings } = await runImportJob({ id: ids[i] ?? '', name, text: text(name) })
      queue.setResult(ids[i] ?? '', result, findings)
    }
    const bad = await runImportJob({ id: ids[2] ?? '', name: 'empty.txt', text: ' ' })
    queue.setResult(ids[2] ?? '', bad.result, bad.findings)

    expect(queue.progress).toBe(1)
    expect(queue.items[2]?.status).toBe('error')
    expect(queue.items[2]?.result?.error).toMatch(/空/)
    const hongze = queue.preview.find((p) => p.report.year === 2024)
    expect(hongze?.conflict).toBe('held')
    queue.decide(hongze?.id ?? '', 'keep')

    const result = await queue.commit()
    expect(result).toMatchObject({ added: 1, kept: 1 })
    expect(reports.entryList.find((e) => e.year === 2024)?.versions[0]?.sourceName).toBe(
      'held.json',
    )
    expect(queue.items).toHaveLength(0)
  })
})
