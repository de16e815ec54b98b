/**
 * The summary sheets offices keep: one row per bureau and year with only the figures they track,
 * headed as people write them. Constructed here as CSV and .xlsx (ExcelJS).
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { APPEAL_BLOCKS, APPEAL_MEASURES, APPLICANT_COLUMNS, REQUEST_ROWS } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { importFile, importText, provenanceAt } from '@/import'
import { DEFAULT_DEFINITIONS } from '@/analysis/definitions'
import { summaryMatrix } from '@/export/summaryRows'
import { summaryWorkbook } from '@/export/summaryXlsx'
import { toCanonicalJson, toTidyCsv } from '@/export/reports'
import { cellWords, matchHeader } from '@/import/labels'
import { headerSignature, sanitizeHeaderMaps } from '@/import/sheetHeaders'
import type { FileImport, HeaderMaps } from '@/import/types'
import { comparable, expected, hualongTemplateRows } from './helpers'

const SUMMARY = [
  '机构,年度,本年新收政府信息公开申请数量,予以公开,部分公开,行政复议总计,行政诉讼总计',
  '华龙区教育局,2023,35,20,5,2,1',
  '华龙区卫生健康委员会,2023,12,,3,0,',
].join('\n')

function byAgency(r: FileImport, agency: string): Report {
  const found = r.reports.find((x) => x.report.agency === agency)
  if (!found) throw new Error(`no report of ${agency}`)
  return found.report
}

async function workbook(sheets: Record<string, (string | number | null)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = wb.addWorksheet(name)
    for (const row of rows) sheet.addRow(row)
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
}

describe('headers as people write them', () => {
  const cases: [string, string][] = [
    ['本年新收政府信息公开申请数量', 'requests.newReceived.total'],
    ['本年新收', 'requests.newReceived.total'],
    ['新收申请', 'requests.newReceived.total'],
    ['上年结转', 'requests.carriedOver.total'],
    ['予以公开', 'requests.granted.total'],
    ['部分公开', 'requests.partial.total'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'requests.partial.total'],
    ['属于国家秘密', 'requests.denied.stateSecret.total'],
    ['不予处理/重复申请', 'requests.rejected.duplicate.total'],
    ['其他处理', 'requests.other.total'],
    ['逾期未缴费', 'requests.other.noFee.total'],
    ['3.其他/其他', 'requests.other.misc.other'],
    ['（七）总计', 'requests.total.total'],
    ['（七）总计/其他', 'requests.total.other'],
    ['结转下年度继续办理', 'requests.carriedForward.total'],
    ['本年新收/自然人', 'requests.newReceived.natural'],
    ['自然人-本年新收', 'requests.newReceived.natural'],
    ['本年新收_自然人', 'requests.newReceived.natural'],
    ['本年新收自然人', 'requests.newReceived.natural'],
    ['本年新收/法人或其他组织/商业企业', 'requests.newReceived.commercial'],
    ['其他法律行政法规禁止公开/自然人', 'requests.denied.lawForbidden.natural'],
    ['行政复议总计', 'appeals.review.total'],
    ['行政复议', 'appeals.review.total'],
    ['复议纠正', 'appeals.review.corrected'],
    ['复议结果纠正', 'appeals.review.corrected'],
    ['行政复议/结果维持', 'appeals.review.upheld'],
    ['直接起诉', 'appeals.suitDirect.total'],
    ['未经复议直接起诉/尚未审结', 'appeals.suitDirect.pending'],
    ['复议后起诉', 'appeals.suitAfterReview.total'],
    ['复议后起诉其他', 'appeals.suitAfterReview.other'],
    ['规章/本年制发件数', 'active.regulations.issued'],
    ['行政事业性收费/金额（万元）', 'active.fees.amount'],
    ['requests.granted.total', 'requests.granted.total'],
  ]
  it.each(cases)('「%s」 fills %s', (header, path) => {
    expect(matchHeader(header)).toEqual({ kind: 'cell', path })
  })

  it('reads every cell of tables 3 and 4 with row and column joined any way', () => {
    // Rows whose own name is a column word (3.其他, （七）总计) must come first: 「总计-其他」 is
    // 其他 of （七）总计. And 「其他法律服务机构」 is 其他法律… glued to a column, not 其他 + 法律服务机构.
    const ambiguous = (row: string, col: string) =>
      ['other.misc', 'total'].includes(row) && ['other', 'total', 'legal'].includes(col)
    const wrong: string[] = []
    for (const r of REQUEST_ROWS)
      for (const c of APPLICANT_COLUMNS) {
        const col = c.label.split(' · ').pop() as string
        const forms = [r.label, r.short].flatMap((row) => [
          `${row}/${col}`,
          `${row}_${col}`,
          ...(ambiguous(r.key, c.key) ? [] : [`${col}-${row}`, `${row}${col}`]),
        ])
        for (const h of forms) {
          const m = matchHeader(h)
          if (m.kind !== 'cell' || m.path !== `requests.${r.key}.${c.key}`) wrong.push(h)
        }
      }
    for (const b of APPEAL_BLOCKS)
      for (const m of APPEAL_MEASURES)
        for (const h of [
          `${b.label}/${m.label}`,
          `${b.short}${m.label}`,
          `${m.label}-${b.short}`,
        ]) {
          const x = matchHeader(h)
          if (x.kind !== 'cell' || x.path !== `appeals.${b.key}.${m.key}`) wrong.push(h)
        }
    expect(wrong).toEqual([])
  })

  it('names a sum of cells as a sum, never one of its parts', () => {
    expect(matchHeader('行政诉讼总计')).toEqual({
      kind: 'sum',
      label: '行政诉讼·总计',
      parts: ['appeals.suitDirect.total', 'appeals.suitAfterReview.total'],
    })
    expect(matchHeader('不予公开')).toMatchObject({ kind: 'sum', label: '不予公开·总计' })
    expect(matchHeader('本年新收/法人或其他组织')).toMatchObject({
      kind: 'sum',
      parts: [
        'requests.newReceived.commercial',
        'requests.newReceived.research',
        'requests.newReceived.social',
        'requests.newReceived.legal',
        'requests.newReceived.other',
      ],
    })
  })

  it('reads nothing from a rate, a bare column word or an unknown header', () => {
    expect(matchHeader('公开率')).toMatchObject({
      kind: 'none',
      reason: expect.stringMatching(/比率/),
    })
    expect(matchHeader('总计')).toMatchObject({
      kind: 'none',
      reason: expect.stringMatching(/哪一行/),
    })
    expect(matchHeader('其他')).toMatchObject({ kind: 'none' })
    expect(matchHeader('行政许可')).toMatchObject({
      kind: 'none',
      reason: expect.stringMatching(/指标/),
    })
    expect(matchHeader('备注')).toEqual({ kind: 'none' })
  })

  it('says each cell in Chinese words', () => {
    expect(cellWords('requests.granted.total')).toBe('表三·予以公开·总计')
    expect(cellWords('requests.denied.stateSecret.natural')).toBe(
      '表三·不予公开·属于国家秘密·自然人',
    )
    expect(cellWords('appeals.review.corrected')).toBe('表四·行政复议·结果纠正')
    expect(cellWords('active.regulations.issued')).toBe('表二·规章·本年制发件数')
  })
})

describe('a summary sheet with only the figures it tracks', () => {
  it('gives partial reports: what the sheet gives, and nothing in place of what it does not', () => {
    const r = importText('汇总.csv', SUMMARY)
    expect(r.error).toBeUndefined()
    const edu = byAgency(r, '华龙区教育局')
    expect(edu.requests).toEqual({
      newReceived: { total: 35 },
      granted: { total: 20 },
      partial: { total: 5 },
    })
    expect(edu.appeals).toEqual({ review: { total: 2 } })
    // 予以公开 left empty is a figure not given; 0 written is 0.
    const health = byAgency(r, '华龙区卫生健康委员会')
    expect(health.requests).toEqual({ newReceived: { total: 12 }, partial: { total: 3 } })
    expect(health.appeals).toEqual({ review: { total: 0 } })
    expect(provenanceAt(r.reports[0]!.provenance, 'requests.granted.total')!.where).toBe(
      '第2行第4列',
    )
  })

  it('names 行政诉讼总计 as not read, with why, and imports no part of it', () => {
    const r = importText('汇总.csv', SUMMARY)
    const column = r.sheets?.[0]?.columns.find((c) => c.header === '行政诉讼总计')
    expect(column?.target).toBeUndefined()
    expect(column?.note).toMatch(/直接起诉.*复议后起诉.*之和，报告中没有这一格/)
    expect(r.notes.map((n) => n.message).join()).toContain('「行政诉讼总计」')
    for (const { report } of r.reports) {
      expect(report.appeals.suitDirect).toBeUndefined()
      expect(report.appeals.suitAfterReview).toBeUndefined()
    }
  })

  it('checks 行政诉讼总计 against its parts where the sheet gives both', () => {
    const csv = [
      '单位,年份,直接起诉,复议后起诉,行政诉讼总计',
      '甲局,2023,2,1,4',
      '乙局,2023,2,1,3',
    ].join('\n')
    const r = importText('s.csv', csv)
    const [a, b] = r.reports
    expect(a!.report.appeals).toEqual({ suitDirect: { total: 2 }, suitAfterReview: { total: 1 } })
    expect(a!.notes.find((n) => n.code === 'sum-mismatch')?.message).toBe(
      '「行政诉讼·总计」一栏为 4，而「表四·直接起诉·总计」、「表四·复议后起诉·总计」之和为 3',
    )
    expect(b!.notes.some((n) => n.code === 'sum-mismatch')).toBe(false)
  })

  it('reads canonical headers that give only some cells', () => {
    const csv = [
      'agency,region,year,requests.newReceived.total,requests.granted.total',
      '华龙区教育局,华龙区,2023,35,20',
    ].join('\n')
    const r = importText('s.csv', csv)
    expect(r.error).toBeUndefined()
    expect(r.reports[0]!.report).toMatchObject({
      agency: '华龙区教育局',
      region: '华龙区',
      requests: { newReceived: { total: 35 }, granted: { total: 20 } },
      appeals: {},
    })
  })

  it('reads applicant columns joined either way, a region column and a title row above', () => {
    const csv = [
      '华龙区各部门2023年政府信息公开申请情况统计表',
      '',
      '序号,部门名称,区县,年度,本年新收/自然人,商业企业-本年新收,本年新收_总计,备注',
      '1,华龙区教育局,华龙区,2023年,30,5,35,无',
    ].join('\n')
    const r = importText('s.csv', csv)
    expect(r.error).toBeUndefined()
    const report = r.reports[0]!.report
    expect(report).toMatchObject({ agency: '华龙区教育局', region: '华龙区', year: 2023 })
    expect(report.requests).toEqual({ newReceived: { natural: 30, commercial: 5, total: 35 } })
    const layout = r.sheets![0]!
    expect(layout.headerRow).toBe(3)
    expect(layout.columns.filter((c) => c.target === undefined).map((c) => c.header)).toEqual([
      '序号',
      '备注',
    ])
    expect(provenanceAt(r.reports[0]!.provenance, 'requests.newReceived.total')!.where).toBe(
      '第4行第7列',
    )
  })

  it('reads a blank as 0 only in a row the sheet prints whole, and a dash as 0 everywhere', () => {
    const applicants = [
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]
    const csv = [
      ['机构', '年度', ...applicants.map((a) => `本年新收/${a}`), '予以公开', '部分公开'].join(','),
      ['甲局', '2023', '4', '', '', '', '', '', '4', '', '-'].join(','),
      ['乙局', '2023', '', '', '', '', '', '', '', '', '2'].join(','),
    ].join('\n')
    const r = importText('s.csv', csv)
    const a = byAgency(r, '甲局')
    expect(a.requests).toEqual({
      newReceived: {
        natural: 4,
        commercial: 0,
        research: 0,
        social: 0,
        legal: 0,
        other: 0,
        total: 4,
      },
      partial: { total: 0 },
    })
    expect(r.reports[0]!.notes.map((n) => n.message)).toEqual(
      expect.arrayContaining(['6 个空白单元格按 0 计', '1 个空白单元格按未填写处理，不计为 0']),
    )
    // A printed row left wholly blank was not filled: absent, not seven zeros.
    expect(byAgency(r, '乙局').requests).toEqual({ partial: { total: 2 } })
  })

  it('refuses one bad row, not the sheet, and a row with no figures at all', () => {
    const csv = ['机构,年度,予以公开', '甲局,2023,5', '乙局,2023,五', '丙局,2023,', ',2023,1'].join(
      '\n',
    )
    const r = importText('s.csv', csv)
    expect(r.reports.map((x) => x.report.agency)).toEqual(['甲局'])
    const skipped = r.notes.find((n) => n.code === 'rows-skipped')?.message ?? ''
    expect(skipped).toContain('第3行第3列（予以公开）：「五」不是数字')
    expect(skipped).toContain('第4行：「丙局」2023 年没有任何数值')
    expect(skipped).toContain('第5行：缺少机构名称')
  })

  it('names an unknown column in the preview without refusing the sheet', () => {
    const r = importText('s.csv', '机构,年度,予以公开,办结数\n甲局,2023,5,9\n')
    expect(r.reports).toHaveLength(1)
    const column = r.sheets![0]!.columns.find((c) => c.header === '办结数')
    expect(column).toMatchObject({ column: 4, corrected: false, unread: 'unknown' })
    expect(column?.target).toBeUndefined()
    expect(column?.note).toBeUndefined()
  })

  it('says what a sheet lacks in words about sheets, not titles', () => {
    const noAgency = importText('s.csv', '名称,年度,予以公开\n甲局,2023,5\n')
    expect(noAgency.error).toBe('表头中没有机构列（单位/机构/部门/机关）')
    expect(noAgency.sheets?.[0]?.columns.map((c) => c.target)).toEqual([
      undefined,
      'year',
      'requests.granted.total',
    ])
    const noKeys = importText('s.csv', '名称,时间,予以公开\n甲局,2023,5\n')
    expect(noKeys.error).toBe('表头中没有机构列（单位/机构/部门/机关）和年度列（年度/年份）')
    expect(noKeys.error).not.toMatch(/标题/)
    const noYear = importText('s.csv', '单位,予以公开\n甲局,5\n')
    expect(noYear.error).toBe('表头中没有年度列（年度/年份）')
  })
})

describe('rows pasted from a spreadsheet', () => {
  it('are read as a sheet: tabs between cells, a title line above', () => {
    const pasted = ['华龙区汇总', '单位\t年度\t予以公开', '甲局\t2023\t5', '乙局\t2023\t'].join(
      '\r\n',
    )
    const r = importText('粘贴的文本 10:00:00', pasted)
    expect(r.error).toBeUndefined()
    expect(r.format).toBe('csv')
    expect(r.reports.map((x) => [x.report.agency, x.report.requests])).toEqual([
      ['甲局', { granted: { total: 5 } }],
    ])
  })

  it('are not taken for a sheet when they are a report’s text', () => {
    const text = '华龙区教育局2023年政府信息公开工作年度报告\n一、总体情况\t本年度…'
    expect(importText('粘贴的文本', text).format).toBe('text')
  })
})

describe('corrections a person made to the mapping', () => {
  const csv = '名称,年度,予以公开,办结数,备注\n甲局,2023,5,9,x\n'
  const signature = headerSignature(['名称', '年度', '予以公开', '办结数', '备注'])

  it('apply to a sheet with the same headers', () => {
    const maps: HeaderMaps = {
      [signature]: { 名称: 'agency', 办结数: 'requests.total.total', 予以公开: 'ignore' },
    }
    const r = importText('s.csv', csv, { headerMaps: maps })
    expect(r.error).toBeUndefined()
    expect(r.reports[0]!.report.agency).toBe('甲局')
    expect(r.reports[0]!.report.requests).toEqual({ total: { total: 9 } })
    const columns = r.sheets![0]!.columns
    expect(columns.map((c) => [c.header, c.target, c.corrected])).toEqual([
      ['名称', 'agency', true],
      ['年度', 'year', false],
      ['予以公开', 'ignore', true],
      ['办结数', 'requests.total.total', true],
      ['备注', undefined, false],
    ])
    expect(columns[2]!.matched).toBe('requests.granted.total')
  })

  it('are kept only where they name a known target when read back from storage', () => {
    expect(
      sanitizeHeaderMaps({
        a: { 办结数: 'requests.total.total', 名称: 'agency', x: 'requests.nope.total', y: 3 },
        b: { z: '__proto__' },
        c: 'not a map',
      }),
    ).toEqual({ a: { 办结数: 'requests.total.total', 名称: 'agency' } })
    expect(sanitizeHeaderMaps(null)).toEqual({})
  })

  it('do not apply to a sheet with other headers', () => {
    const maps: HeaderMaps = { [signature]: { 名称: 'agency' } }
    const r = importText('s.csv', '名称,年度,予以公开\n甲局,2023,5\n', { headerMaps: maps })
    expect(r.error).toBe('表头中没有机构列（单位/机构/部门/机关）')
  })

  it('let two columns fill one cell only once, a correction first', () => {
    const headers = ['机构', '单位', '年度', '予以公开', '公开数']
    const maps: HeaderMaps = { [headerSignature(headers)]: { 公开数: 'requests.granted.total' } }
    const r = importText('s.csv', `${headers.join(',')}\n甲局,乙,2023,5,6\n`, { headerMaps: maps })
    const report = r.reports[0]!.report
    expect(report.agency).toBe('甲局')
    expect(report.requests).toEqual({ granted: { total: 6 } })
    const columns = r.sheets![0]!.columns
    expect(columns[1]!.note).toBe('与第 1 列「机构」重复，未读取')
    expect(columns[3]!.note).toBe('与第 5 列「公开数」重复，未读取')
  })
})

describe('.xlsx workbooks', () => {
  it('reads each sheet by its own layout: a summary, a tidy sheet and a report’s tables', async () => {
    const tidy = toTidyCsv([expected('hongze-2024')])
      .trim()
      .split('\n')
      .map((line) => line.split(','))
    const template = hualongTemplateRows()
    const data = await workbook({
      汇总: [
        ['华龙区政府信息公开工作统计'],
        ['单位', '年份', '新收申请', '自然人-本年新收', '予以公开', '复议纠正', '直接起诉', '说明'],
        ['华龙区教育局', 2023, 35, 30, 20, 1, null, '无'],
        ['华龙区民政局', 2022, 8, null, 6, null, 0, ''],
      ],
      tidy,
      表三: template,
    })
    const r = await importFile('各局.xlsx', data)
    expect(r.error).toBeUndefined()
    expect(byAgency(r, '华龙区教育局').requests).toEqual({
      newReceived: { natural: 30, total: 35 },
      granted: { total: 20 },
    })
    expect(byAgency(r, '华龙区教育局').appeals).toEqual({ review: { corrected: 1 } })
    expect(byAgency(r, '华龙区民政局').appeals).toEqual({ suitDirect: { total: 0 } })
    expect(comparable(byAgency(r, '淮安市洪泽区人民政府'))).toEqual(
      comparable(expected('hongze-2024')),
    )
    expect(byAgency(r, '华龙区工业和信息化局').requests).toEqual(
      expected('hualong-gxj-2020').requests,
    )
    expect(r.sheets?.map((s) => [s.sheet, s.headerRow])).toEqual([['汇总', 2]])
    expect(r.sheets![0]!.columns.find((c) => c.header === '说明')?.unread).toBe('unknown')
    const provenance = r.reports.find((x) => x.report.agency === '华龙区教育局')!.provenance
    expect(provenanceAt(provenance, 'appeals.review.corrected')!.where).toBe(
      '工作表「汇总」第3行第6列',
    )
  })

  it('applies corrections to every sheet with the same headers, and keeps the others as read', async () => {
    const headers = ['机构名称', '年度', '办结']
    const data = await workbook({
      '2022': [headers, ['甲局', 2022, 4]],
      '2023': [headers, ['甲局', 2023, 7]],
      其他: [
        ['机构', '年度', '予以公开'],
        ['乙局', 2023, 1],
      ],
    })
    const maps: HeaderMaps = { [headerSignature(headers)]: { 办结: 'requests.total.total' } }
    const r = await importFile('w.xlsx', data, { headerMaps: maps })
    expect(r.reports.map((x) => [x.report.agency, x.report.year, x.report.requests])).toEqual([
      ['甲局', 2022, { total: { total: 4 } }],
      ['甲局', 2023, { total: { total: 7 } }],
      ['乙局', 2023, { granted: { total: 1 } }],
    ])
    expect(r.sheets?.map((s) => s.sheet)).toEqual(['2022', '2023', '其他'])
  })

  it('reads a sheet with no figures it knows as not imported, with the sheet named', async () => {
    const data = await workbook({
      汇总: [
        ['单位', '年度', '予以公开'],
        ['甲局', 2023, 3],
      ],
      说明: [['编制说明'], ['本表由办公室填报']],
    })
    const r = await importFile('w.xlsx', data)
    expect(r.reports).toHaveLength(1)
    expect(r.notes.map((n) => n.message).join('\n')).toMatch(/未导入工作表「说明」/)
  })
})

describe('partial reports round trip', () => {
  function partialReports(): Report[] {
    return importText('汇总.csv', SUMMARY).reports.map((x) => x.report)
  }

  it('through canonical JSON, value for value', () => {
    const reports = partialReports()
    const back = importText('all.json', toCanonicalJson(reports))
    expect(back.error).toBeUndefined()
    expect(back.reports.map((x) => comparable(x.report))).toEqual(reports.map(comparable))
  })

  it('through tidy CSV, value for value, with no line for a figure not given', () => {
    const reports = partialReports()
    const csv = toTidyCsv(reports)
    expect(csv.trim().split('\n')).toHaveLength(1 + 4 + 3)
    expect(csv).not.toMatch(/granted,total,0|suitDirect/)
    const back = importText('all.csv', csv)
    expect(back.error).toBeUndefined()
    expect(back.reports.map((x) => comparable(x.report))).toEqual(reports.map(comparable))
  })

  it('through the summary workbook: every figure it writes comes back, blanks stay blank', async () => {
    const reports = partialReports()
    const blob = await summaryWorkbook(reports, DEFAULT_DEFINITIONS)
    const back = await importFile('汇总.xlsx', new Uint8Array(await blob.arrayBuffer()))
    expect(back.error).toBeUndefined()
    const again = back.reports.map((x) => x.report)
    expect(again.map((r) => [r.agency, r.year])).toEqual(reports.map((r) => [r.agency, r.year]))
    // What the summary says of each report is what it says of the report read back from it.
    expect(summaryMatrix(again)).toEqual(summaryMatrix(reports))
    expect(again.map((r) => [r.requests, r.appeals])).toEqual(
      reports.map((r) => [r.requests, r.appeals]),
    )
    // Its sums and rate are named as not read; the note under the table is passed over.
    const layout = back.sheets![0]!
    const unread = layout.columns.filter((c) => c.target === undefined).map((c) => c.header)
    expect(unread).toEqual(['不予公开', '无法提供', '不予处理', '公开率', '行政诉讼', '未读取的表'])
    expect(back.notes.map((n) => n.message).join()).toContain('2 行只有一格文字')
  })

  it('through a tidy sheet of an .xlsx, value for value', async () => {
    const reports = partialReports()
    const rows = toTidyCsv(reports)
      .trim()
      .split('\n')
      .map((l) => l.split(','))
    const back = await importFile('tidy.xlsx', await workbook({ tidy: rows }))
    expect(back.reports.map((x) => comparable(x.report))).toEqual(reports.map(comparable))
  })
})
