import { describe, expect, it } from 'vitest'
import { importText } from '@/import'
import { damaged, expected, sampleText } from './helpers'

describe('canonical JSON', () => {
  it('reads one report, an array, and { reports }', () => {
    const one = sampleText('hongze-2024.json')
    expect(importText('a.json', one).reports).toHaveLength(1)
    expect(importText('a.json', `[${one},${sampleText('huaian-2024.json')}]`).reports).toHaveLength(
      2,
    )
    expect(importText('a.json', `{"reports":[${one}]}`).reports[0]!.report.requests).toEqual(
      expected('hongze-2024').requests,
    )
  })

  it('names the field and the wrong value, in Chinese', () => {
    const bad = expected('hongze-2024') as unknown as {
      requests: { newReceived: Record<string, unknown> }
    }
    bad.requests.newReceived.natural = '95'
    const r = importText('bad.json', JSON.stringify(bad))
    expect(r.error).toBe(
      '报告（淮安市洪泽区人民政府 2024）：requests.newReceived.natural：应为数字，实际为文本「95」',
    )
  })

  it('keeps the good reports of an array and says which one was refused', () => {
    const bad = { ...expected('huaian-2024'), year: 'last year' }
    const r = importText('mixed.json', JSON.stringify([expected('hongze-2024'), bad]))
    expect(r.reports).toHaveLength(1)
    expect(r.notes[0]!.message).toMatch(/第2份报告（淮安市人民政府 last year）：year：年度应为数字/)
  })

  it('says a truncated file is truncated', () => {
    const text = sampleText('hongze-2024.json')
    const r = importText('cut.json', text.slice(0, text.length / 2))
    expect(r.error).toMatch(/JSON 不完整|截断/)
  })

  it('refuses absurd nesting before walking it', () => {
    const r = importText('deep.json', '['.repeat(100000) + ']'.repeat(100000))
    expect(r.error).toMatch(/嵌套超过 64 层/)
  })

  it('never lets a __proto__ key reach an object’s prototype', () => {
    const text = damaged(sampleText('hongze-2024.json'), [
      '"requests": {',
      '"requests": { "__proto__": { "natural": 1, "polluted": true },',
    ])
    const r = importText('proto.json', text)
    expect(r.reports[0]!.report.requests).toEqual(expected('hongze-2024').requests)
    expect(Object.getPrototypeOf(r.reports[0]!.report.requests)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a constructor key as an unknown field', () => {
    const text = damaged(sampleText('hongze-2024.json'), [
      '"requests": {',
      '"requests": { "constructor": { "x": 1 },',
    ])
    const r = importText('ctor.json', text)
    expect(r.error).toBe('报告（淮安市洪泽区人民政府 2024）：requests：有未知字段「constructor」')
  })
})

describe('canonical JSON lacking a table', () => {
  it('refuses a report without table 3, in Chinese', () => {
    const r = expected('hongze-2024') as unknown as Record<string, unknown>
    delete r.requests
    const result = importText('a.json', JSON.stringify(r))
    expect(result.error).toBe(
      '报告（淮安市洪泽区人民政府 2024）：requests：缺少表三（收到和处理政府信息公开申请情况）',
    )
  })

  it('imports a report without table 4, leaves it out and says so', () => {
    const r = expected('hongze-2024') as unknown as Record<string, unknown>
    delete r.appeals
    const result = importText('a.json', JSON.stringify(r))
    expect(result.reports[0]!.report.appeals).toEqual({})
    expect(result.reports[0]!.notes.map((n) => n.message)).toEqual([
      'appeals：缺少表四（行政复议、行政诉讼情况），按缺表导入，未补造数值',
    ])
  })
})
