/**
 * Layouts real reports come in that the samples show only partly: each variant is made from a real
 * sample and must read to the same values, or be refused with its reason — never read wrong.
 */
import { describe, expect, it } from 'vitest'
import { REQUEST_ROWS, rowsOfEditionKeys } from './layoutHelpers'
import { importFile, importText } from '@/import'
import { comparable, damaged, expected, sampleText } from './helpers'

const encoder = new TextEncoder()

describe('text variants of real reports', () => {
  it('reads full-width digits as their numbers', () => {
    const text = damaged(sampleText('huaian-2024.txt'), [
      /[0-9]/g,
      (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    ])
    const r = importText('huaian-2024.txt', text)
    expect(r.error).toBeUndefined()
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('huaian-2024')))
  })

  it('reads CRLF line endings', () => {
    const text = damaged(sampleText('hualong-gxj-2020.txt'), [/\n/g, '\r\n'])
    const r = importText('a.txt', text)
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('hualong-gxj-2020')))
  })

  it('reads placeholders for blank cells as 0 and says how many it met', () => {
    // The zeros of 重复申请 printed as dashes, slashes and 无, as some agencies print them.
    const text = damaged(sampleText('hualong-gxj-2020.txt'), [
      '2.重复申请\t0\t0\t0\t0\t0\t0\t0',
      '2.重复申请\t-\t—\t/\t无\t0\t\t0',
    ])
    const r = importText('a.txt', text)
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('hualong-gxj-2020')))
    const note = r.reports[0]!.notes.find((n) => n.code === 'blank-cells')
    expect(note?.message).toContain('5 个空白单元格')
  })

  it('leaves out a row the report does not print, and says so', () => {
    const text = damaged(sampleText('hualong-gxj-2020.txt'), [
      /\t\t8\.属于行政查询事项[^\n]*\n/,
      '',
    ])
    const r = importText('a.txt', text)
    const report = r.reports[0]!.report
    expect(report.requests['denied.inquiry']).toBeUndefined()
    expect(report.requests['denied.enforcementFile']).toEqual(
      expected('hualong-gxj-2020').requests['denied.enforcementFile'],
    )
    expect(
      r.reports[0]!.notes.some(
        (n) => n.code === 'row-missing' && n.cells?.includes('requests.denied.inquiry'),
      ),
    ).toBe(true)
  })

  it('reads a signed 本年增/减 of the 2019 edition', () => {
    const text = damaged(
      sampleText('hualong-gxj-2020.txt'),
      ['行政许可\t0\t0\t0', '行政许可\t12\t+2\t30'],
      ['行政处罚\t0\t0\t0', '行政处罚\t5\t-1\t7'],
    )
    const r = importText('a.txt', text)
    expect(r.reports[0]!.report.active?.licensing).toEqual({
      previousItems: 12,
      change: 2,
      decisions: 30,
    })
    expect(r.reports[0]!.report.active?.penalty).toEqual({
      previousItems: 5,
      change: -1,
      decisions: 7,
    })
  })

  it('reads thousands separators as one number', () => {
    const text = damaged(
      sampleText('huaian-2024.txt'),
      ['447228', '447,228'],
      ['3985758', '3,985,758'],
    )
    const r = importText('huaian-2024.txt', text)
    expect(r.reports[0]!.report.active?.penalty).toEqual({ decisions: 3985758 })
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('huaian-2024')))
  })

  it('converts an amount printed in 元 to the 万元 the table asks for, with a note', () => {
    const text = damaged(sampleText('hongze-2024.txt'), [
      /行政事业性收费\s+7545/,
      '行政事业性收费 251000元',
    ])
    const r = importText('hongze-2024.txt', text)
    expect(r.reports[0]!.report.active?.fees).toEqual({ amount: 25.1 })
    expect(
      r.reports[0]!.notes.some(
        (n) => n.code === 'unit-converted' && n.message.includes('251000元'),
      ),
    ).toBe(true)
  })

  it('refuses a report with no tables, saying what is missing', () => {
    const text = damaged(sampleText('hualong-gxj-2020.txt'), [
      /二、主动公开政府信息情况[\s\S]*五、存在的主要问题/,
      '五、存在的主要问题',
    ])
    const r = importText('narrative.txt', text)
    expect(r.reports).toHaveLength(0)
    expect(r.error).toMatch(/未能读出表三或表四/)
  })

  it('refuses a report cut off inside table 3 instead of inventing its rows', () => {
    const full = sampleText('hongze-2024.txt')
    const text = full.slice(0, full.indexOf('1.信访举报投诉类申请'))
    const r = importText('cut.txt', text)
    expect(r.reports).toHaveLength(0)
    expect(r.error).toMatch(/表三不完整.*读到「3.补正后申请内容仍不明确」后中断/)
  })
})

describe('paragraphs and page numbers around the tables', () => {
  it('skips a paragraph that opens a section before its table, numbers and all', () => {
    const text = damaged(
      sampleText('hongze-2024.txt'),
      [
        '三、收到和处理政府信息公开申请情况',
        '三、收到和处理政府信息公开申请情况\n2024 年本年新收政府信息公开申请 95 件，上年结转 0 件。',
      ],
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '四、政府信息公开行政复议、行政诉讼情况\n全年行政复议 2 件，行政诉讼 4 件。',
      ],
      ['二、主动公开政府信息情况', '二、主动公开政府信息情况\n完善规章制度 3 项。'],
    )
    const r = importText('hongze-2024.txt', text)
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('hongze-2024')))
  })

  it('drops a bare page number at a page break inside table 3', () => {
    const text = damaged(sampleText('hongze-2024.txt'), [/\n\s*-3-\n\f?/, '\n3\n\f'])
    expect(text).toContain('\n3\n\f')
    const r = importText('hongze-2024.txt', text)
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('hongze-2024')))
  })

  it('keeps glued table 3 as published when its rows read one way only, naming what it breaks', () => {
    // Each row reads 4/2/…/6 only, and 本年新收 6 is not 办结 6 + 结转 6: the published table
    // breaks T3-BALANCE, which the reading keeps and says.
    const r = importText(
      'glued.txt',
      gluedReport({
        newReceived: '4200006',
        total: '4200006',
        granted: '4200006',
        carriedForward: '4200006',
      }),
    )
    const report = r.reports[0]!.report
    expect(report.requests.carriedForward).toEqual(counts(4, 2, 6))
    expect(report.unread).toBeUndefined()
    const note = r.reports[0]!.notes.find((n) => n.code === 'identity-broken')
    expect(note?.level).toBe('warning')
    expect(note?.message).toMatch(/原表本身有 3 处不成立.*T3-BALANCE/)
  })
})

describe('label variants seen in real reports', () => {
  it('reads a heading typo (行政法复议) and spaces inside labels', () => {
    const text = damaged(
      sampleText('hualong-gxj-2020.txt'),
      ['四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况'],
      ['社会公益组织', '社会公益 组织'],
      ['三、本年度办理结果', '三、本年度办 理结果'],
    )
    const r = importText('a.txt', text)
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('hualong-gxj-2020')))
  })
})

describe('labels wrapped in narrow cells', () => {
  it('anchors （六）1. when its words wrap around the group label and its numbers', () => {
    // As a word processor's PDF prints it: 逾期不 | 8 0 … 8 | 他处理 | 补正、行政机关…
    const text = sampleText('hongze-2023.txt').replace(
      /（六）其他处理/,
      '（六）其 1.申请人无正当理由逾期不 0 0 0 0 0 0 0\n他处理 补正、行政机关不再处理其政府信息公开申请\n' +
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n3.其他',
    )
    const r = importText('a.txt', text).reports[0]!
    expect(r.report.requests['other.noCorrection']).toEqual(counts(0, 0, 0))
    expect(r.report.requests['other.misc']).toEqual(expected('hongze-2023').requests.other)
  })
})

describe('encodings, detected not asked', () => {
  it('reads GB18030/GBK bytes', async () => {
    const text = sampleText('hongze-2024.txt')
    const r = await importFile('hongze-2024.txt', encodeGb18030(text))
    expect(r.error).toBeUndefined()
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('hongze-2024')))
    expect(r.notes.some((n) => n.code === 'encoding')).toBe(true)
  })

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = sampleText('hualong-gxj-2020.txt')
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes[0] = 0xff
    bytes[1] = 0xfe
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      bytes[2 + i * 2] = c & 0xff
      bytes[3 + i * 2] = c >> 8
    }
    const r = await importFile('hualong.txt', bytes)
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('hualong-gxj-2020')))
  })

  it('reads UTF-8 with a byte-order mark', async () => {
    const bytes = encoder.encode('\ufeff' + sampleText('pingtan-police-2022.txt'))
    const r = await importFile('p.txt', bytes)
    expect(comparable(r.reports[0]!.report)).toEqual(comparable(expected('pingtan-police-2022')))
  })
})

describe('cells glued together, split only by the identities', () => {
  it('refuses table 3 when two splits both satisfy every identity', () => {
    // 予以公开 and 部分公开 each read 33/0 or 3/30: either pairing gives the same column sums.
    const text = gluedReport({
      newReceived: '3630000066',
      granted: '330000033',
      partial: '330000033',
      total: '3630000066',
    })
    const r = importText('glued.txt', text)
    const report = r.reports[0]?.report
    expect(report?.requests).toEqual({})
    expect(report?.unread?.[0]?.table).toBe('requests')
    const note = r.reports[0]!.notes.find((n) => n.code === 'table-refused')
    expect(note?.message).toMatch(/有两种读法都满足勾稽关系：「予以公开」读作 .* 或 /)
  })

  it('keeps a glued row whose published sum is wrong, and the checks flag it', async () => {
    // 1000002 reads 1/0/0/0/0/0/2 only: the agency printed a total that is not the row's sum.
    const r = importText('glued.txt', gluedReport({ newReceived: '1000002', total: '1000002' }))
    const report = r.reports[0]!.report
    expect(report.requests.newReceived).toEqual(counts(1, 0, 2))
    const { checkReports } = await import('@/checks')
    const rules = checkReports([report]).map((f) => f.rule)
    expect(rules).toContain('T3-ROWSUM')
    expect(rules).toContain('T3-OUTCOMES')
  })

  it('uses the column identities to pick the one split a row allows alone', () => {
    // 予以公开 330000033 reads 33/0 or 3/30 alone; 34 in all, 1 of them 部分公开, leaves 33.
    const r = importText(
      'glued.txt',
      gluedReport({
        newReceived: '340000034',
        granted: '330000033',
        partial: '1000001',
        total: '340000034',
      }),
    )
    expect(r.reports[0]!.report.requests.granted).toEqual({
      natural: 33,
      commercial: 0,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: 33,
    })
  })
})

function counts(natural: number, commercial: number, total: number) {
  return { natural, commercial, research: 0, social: 0, legal: 0, other: 0, total }
}

describe('rows printed with nothing', () => {
  it('reads a glued sub-row with no digits as 0 when the identities then hold, and says so', () => {
    // …政府信息公开申请3.其他（七）总计…: 3.其他 printed nothing at all.
    const text = gluedReport({ 'other.misc': '' })
    expect(text).toContain('政府信息公开申请00000003.其他（七）总计')
    const r = importText('glued.txt', text).reports[0]!
    expect(r.report.requests['other.misc']).toEqual(counts(0, 0, 0))
    expect(r.notes.find((n) => n.code === 'cells-unprinted')?.message).toMatch(
      /^表三「3\.其他」一行有 7 个单元格未印数字，按 0 计/,
    )
  })

  it('refuses the table rather than read it as 0 when the identities then break', () => {
    // One request handled, yet no outcome row but the empty one could hold it.
    const text = gluedReport({ 'other.misc': '', newReceived: '1000001', total: '1000001' })
    const r = importText('glued.txt', text).reports[0]!
    expect(r.report.requests).toEqual({})
    expect(r.report.unread?.[0]?.reason).toMatch(/未印数字的单元格按 0 计后勾稽关系不成立/)
  })
})

/** A crawler-style 2021-edition report with every cell glued (as pingtan-police-2022.txt). */
function gluedReport(rows: Record<string, string>): string {
  const labels = REQUEST_ROWS.filter((r) => rowsOfEditionKeys.includes(r.key))
  const table3 = labels
    .map((r) => `${r.label.replace(/\s/g, '')}${rows[r.key] ?? '0000000'}`)
    .join('')
  return (
    '测试区测试局2022年政府信息公开工作年度报告\n' +
    '一、总体情况 无。三、收到和处理政府信息公开申请情况' +
    '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他' +
    table3 +
    '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计' +
    '000000000000000五、存在的主要问题及改进情况 无。'
  )
}

/** GB18030 bytes for a string, built from the platform's own decoder. */
function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030')
  const map = new Map<string, number[]>()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && !map.has(ch)) map.set(ch, [lead, trail])
    }
  }
  const out: number[] = []
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code < 0x80) out.push(code)
    else {
      const bytes = map.get(ch)
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`)
      out.push(...bytes)
    }
  }
  return new Uint8Array(out)
}
