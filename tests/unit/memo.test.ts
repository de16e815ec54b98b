/** The plain memo functions the stores call from their computed values. */
import { describe, expect, it } from 'vitest'
import type { Report } from '@/domain/report'
import type { FileImport } from '@/import/types'
import { createGroupByItemMemo, createPreviewMemo, type QueueItem } from '@/lib/importPreview'
import { recentResults } from '@/lib/memo'
import { expected } from './helpers'

describe('recentResults', () => {
  function counting() {
    const calls: string[] = []
    const memo = recentResults(
      2,
      (n: number) => String(n),
      (source: string[], n: number) => {
        calls.push(`${source.join('')}${n}`)
        return { n }
      },
    )
    return { calls, memo }
  }

  it('computes once per argument and returns the same result again', () => {
    const { calls, memo } = counting()
    const source = ['a']
    const first = memo(source, 1)
    expect(memo(source, 1)).toBe(first)
    memo(source, 2)
    expect(memo(source, 1)).toBe(first)
    expect(calls).toEqual(['a1', 'a2'])
  })

  it('forgets the least recently used beyond its limit', () => {
    const { calls, memo } = counting()
    const source = ['a']
    memo(source, 1)
    memo(source, 2)
    memo(source, 1) // 1 is now more recent than 2
    memo(source, 3) // 2 goes
    memo(source, 1)
    memo(source, 2)
    expect(calls).toEqual(['a1', 'a2', 'a3', 'a2'])
  })

  it('starts afresh for another source, even an equal one', () => {
    const { calls, memo } = counting()
    memo(['a'], 1)
    memo(['a'], 1)
    expect(calls).toEqual(['a1', 'a1'])
  })
})

describe('the import preview memo', () => {
  const report: Report = expected('hongze-2024')
  const fileOf = (name: string, reports: Report[]): FileImport => ({
    file: name,
    format: 'json',
    notes: [],
    reports: reports.map((r) => ({ report: r, notes: [], provenance: {} })),
  })
  const item = (id: string, result: FileImport | null): QueueItem => ({
    id,
    name: id,
    size: 1,
    status: result ? 'done' : 'queued',
    result,
    findings: [],
  })

  it('applies aliases, marks conflicts held and within the batch, and keeps unchanged objects', () => {
    const preview = createPreviewMemo()
    const a = item('a', fileOf('a.json', [report]))
    const b = item('b', fileOf('b.json', [{ ...report, agency: '洪泽区政府' }]))
    const aliases = { 洪泽区政府: report.agency }
    const held = new Map<string, unknown>()
    const decisions = {}
    const filled = {}
    const first = preview({ items: [a, b], aliases, held, decisions, filled })
    expect(first.map((p) => [p.agency, p.originalAgency, p.conflict])).toEqual([
      [report.agency, null, null],
      [report.agency, '洪泽区政府', 'batch'],
    ])

    // Another file arrives: the previews of the first two are the same objects.
    const c = item('c', null)
    const second = preview({ items: [a, b, c], aliases, held, decisions, filled })
    expect(second[0]).toBe(first[0])
    expect(second[1]).toBe(first[1])

    // A choice for one report: only that preview is new.
    const third = preview({
      items: [a, b, c],
      aliases,
      held,
      decisions: { 'b:0': 'skip' },
      filled: {},
    })
    expect(third[0]).toBe(first[0])
    expect(third[1]).not.toBe(first[1])
    expect(third[1]?.decision).toBe('skip')
  })

  it('groups by file and keeps the list of a file whose previews did not change', () => {
    const preview = createPreviewMemo()
    const group = createGroupByItemMemo()
    const a = item('a', fileOf('a.json', [report]))
    const input = { items: [a], aliases: {}, held: new Map(), decisions: {}, filled: {} }
    const first = group(preview(input))
    const second = group(preview({ ...input, items: [a, item('b', null)] }))
    expect(second.get('a')).toBe(first.get('a'))
    expect(second.has('b')).toBe(false)
  })
})
