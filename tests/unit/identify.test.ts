/**
 * Who reported and for which year, when the title does not say it plainly: the body's statistics
 * period, the file name, and — when nothing says it — the report read all the same, marked as
 * needing the person to say it.
 */
import { describe, expect, it } from 'vitest'
import { importText } from '@/import'
import { comparable, expected, sampleText } from './helpers'

const TITLE = '华龙区工业和信息化局2020年政府信息公开工作年度报告'
const hualong = () => sampleText('hualong-gxj-2020.txt')
const tablesOf = (r: ReturnType<typeof comparable>) => ({
  requests: r.requests,
  appeals: r.appeals,
})

describe('the reporting agency and year', () => {
  it('reads a title whose year comes first', () => {
    const text = hualong().replace(TITLE, '2020年华龙区工业和信息化局政府信息公开工作年度报告')
    const r = importText('a.txt', text).reports[0]!
    expect(comparable(r.report)).toEqual(comparable(expected('hualong-gxj-2020')))
    expect(r.needs).toBeUndefined()
  })

  it('takes the year from the body’s statistics period when the title has none', () => {
    const text = hualong().replace(
      TITLE,
      '华龙区工业和信息化局政府信息公开工作年度报告\n本报告所列数据统计期限为2020年1月1日至2020年12月31日。',
    )
    const r = importText('a.txt', text).reports[0]!
    expect(r.report).toMatchObject({ agency: '华龙区工业和信息化局', year: 2020 })
    expect(r.notes.find((n) => n.code === 'year-from-body')?.message).toMatch(/统计期限/)
  })

  it('takes both from the file name when the text names neither, and says so', () => {
    const r = importText('华龙区工业和信息化局-2020.txt', hualong().replace(TITLE, '')).reports[0]!
    expect(r.report).toMatchObject({ agency: '华龙区工业和信息化局', year: 2020 })
    expect(r.needs).toBeUndefined()
    expect(r.notes.find((n) => n.code === 'year-from-name')?.message).toMatch(
      /机构与年度取自文件名/,
    )
  })

  it('reads the tables of a report that names no agency and no year, and asks for both', () => {
    const r = importText('新建文本文档.txt', hualong().replace(TITLE, '')).reports[0]!
    expect(r.needs).toEqual(['agency', 'year'])
    expect(r.report).toMatchObject({ agency: '', year: 0 })
    expect(tablesOf(comparable(r.report))).toEqual(
      tablesOf(comparable(expected('hualong-gxj-2020'))),
    )
    const note = r.notes.find((n) => n.code === 'needs-input')
    expect(note).toMatchObject({ level: 'warning' })
    expect(note?.message).toMatch(/^无法确定报告机构和报告年度.*请填写报告机构和报告年度后再导入$/)
  })

  it('asks only for the year when the title names the agency', () => {
    const text = hualong().replace(TITLE, '华龙区工业和信息化局政府信息公开工作年度报告')
    const r = importText('report.txt', text).reports[0]!
    expect(r.needs).toEqual(['year'])
    expect(r.report.agency).toBe('华龙区工业和信息化局')
  })

  it('leaves table 2 unread when neither its labels nor a year tell its edition', () => {
    // hongze-2024's table 2 prints no edition's labels once its headers are gone.
    const text = sampleText('hongze-2024.txt')
      .replace(/淮安市洪泽区人民政府\s*\n\s*2024 年政府信息公开工作年度报告/, '')
      .replace(/统计期限自[^。]*。/, '')
      .replace(/本年处理决定数量|本年制发件数|本年废止件数|现行有效件数|本年收费金额/g, '')
      .replace(/逾期不补正|收费通知/g, '')
    const r = importText('x.txt', text).reports[0]!
    expect(r.needs).toEqual(['agency', 'year'])
    expect(r.report.active).toBeUndefined()
    expect(r.report.unread).toEqual([
      expect.objectContaining({ table: 'active', reason: expect.stringMatching(/报告年度未知/) }),
    ])
    expect(comparable(r.report).requests).toEqual(expected('hongze-2024').requests)
  })
})
