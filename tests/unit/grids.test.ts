import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { APPLICANT_COLUMNS, REQUEST_ROWS } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import { importFile, importText, provenanceAt } from '@/import'
import { toCanonicalJson, toTidyCsv } from '@/export/reports'
import {
  allSamples,
  comparable,
  damaged,
  expected,
  hualongTemplateRows as table3Rows,
} from './helpers'

const reports = allSamples()

describe('round trips', () => {
  it('tidy CSV exports and imports back value for value', () => {
    const csv = toTidyCsv(reports)
    const back = importText('all.csv', csv)
    expect(back.error).toBeUndefined()
    expect(back.reports.map((r) => comparable(r.report))).toEqual(reports.map(comparable))
  })

  it('tidy CSV with a byte-order mark for Excel imports the same', async () => {
    const bytes = new TextEncoder().encode(toTidyCsv(reports, { bom: true }))
    const back = await importFile('all.csv', bytes)
    expect(back.reports.map((r) => comparable(r.report))).toEqual(reports.map(comparable))
  })

  it('canonical JSON exports and imports back value for value', () => {
    const back = importText('all.json', toCanonicalJson(reports))
    expect(back.reports.map((r) => comparable(r.report))).toEqual(reports.map(comparable))
  })

  it('neutralizes spreadsheet formulas in exported names, and reads them back as they were', () => {
    const hostile: Report = { ...reports[0]!, agency: '=HYPERLINK("x")局', region: '+区' }
    const csv = toTidyCsv([hostile])
    expect(csv).toContain(`"'=HYPERLINK(""x"")局"`)
    expect(csv).not.toMatch(/^=|,=/m)
    const back = importText('h.csv', csv)
    expect(back.reports[0]!.report.agency).toBe('=HYPERLINK("x")局')
  })
})

describe('tidy CSV problems', () => {
  it('names the line of a negative or fractional count and never keeps half a report', () => {
    const csv = damaged(
      toTidyCsv([reports[0]!, reports[1]!]),
      [
        '华龙区工业和信息化局,华龙区,2020,2019,requests,newReceived,natural,0',
        '华龙区工业和信息化局,华龙区,2020,2019,requests,newReceived,natural,-3',
      ],
      [/(淮安市洪泽区人民政府,洪泽区,2023,2021,requests,granted,natural,)0/, '$11.5'],
    )
    const r = importText('bad.csv', csv)
    // Neither report is complete without its bad cell: both are refused, each with its line.
    expect(r.reports).toHaveLength(0)
    const all = r.error ?? ''
    expect(all).toMatch(/第2行：「表三·本年新收·自然人」的值 -3 不能为负数/)
    expect(all).toMatch(/第\d+行：「表三·予以公开·自然人」的值 1\.5 应为整数/)
  })

  it('refuses a CSV whose headers it does not know, and says which they are', () => {
    const r = importText('x.csv', 'foo,bar,baz\n1,2,3\n')
    expect(r.reports).toHaveLength(0)
    expect(r.error).toContain('表头为「foo,bar,baz」')
  })
})

/** The wide layout: one row per agency and year, one column per cell. */
function wideCsv(
  headers: (path: { row: string; col: string; label: string; colLabel: string }) => string,
): string {
  const cols: { path: string; header: string }[] = []
  for (const row of REQUEST_ROWS.filter(
    (r) => r.editions.includes('2021') && !r.key.startsWith('other.'),
  )) {
    for (const col of APPLICANT_COLUMNS) {
      cols.push({
        path: `requests.${row.key}.${col.key}`,
        header: headers({ row: row.key, col: col.key, label: row.label, colLabel: col.label }),
      })
    }
  }
  const lines = [['机构', '地区', '年度', ...cols.map((c) => c.header)].join(',')]
  for (const r of [expected('hongze-2023'), expected('hongze-2024')]) {
    const values = cols.map((c) => {
      const [, row, col] = /^requests\.(.+)\.([a-z]+)$/.exec(c.path)!
      return (r.requests as Record<string, Record<string, number>>)[row!]![col!]
    })
    lines.push([r.agency, r.region, r.year, ...values].join(','))
  }
  return lines.join('\n')
}

describe('wide sheets', () => {
  it('reads headers that name the cell canonically', () => {
    const r = importText(
      'wide.csv',
      wideCsv((p) => `requests.${p.row}.${p.col}`),
    )
    expect(r.error).toBeUndefined()
    expect(r.reports.map((x) => x.report.requests)).toEqual([
      expected('hongze-2023').requests,
      expected('hongze-2024').requests,
    ])
  })

  it('reads headers that name the cell in Chinese, with the same label matching', () => {
    const r = importText(
      'wide.csv',
      wideCsv((p) => `${p.label.replace(/\s/g, '')}/${p.colLabel.split(' · ').pop()}`),
    )
    expect(r.error).toBeUndefined()
    expect(r.reports[1]!.report.requests).toEqual(expected('hongze-2024').requests)
    expect(r.reports[1]!.report.edition).toBe('2021')
    expect(provenanceAt(r.reports[1]!.provenance, 'requests.newReceived.total')!.where).toMatch(
      /第3行第\d+列/,
    )
  })
})

describe('a report’s own tables saved from Excel (template layout)', () => {
  it('reads a CSV in the template layout', () => {
    const csv = table3Rows()
      .map((r) => r.join(','))
      .join('\n')
    const r = importText('hualong.csv', csv)
    expect(r.error).toBeUndefined()
    const report = r.reports[0]!.report
    expect(report.agency).toBe('华龙区工业和信息化局')
    expect(report.requests).toEqual(expected('hualong-gxj-2020').requests)
  })

  it('reads an .xlsx in the template layout, and names the sheet cell of each value', async () => {
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('表三')
    for (const row of table3Rows()) sheet.addRow(row)
    const buffer = await wb.xlsx.writeBuffer()
    const r = await importFile('hualong.xlsx', new Uint8Array(buffer as ArrayBuffer))
    expect(r.error).toBeUndefined()
    expect(r.reports[0]!.report.requests).toEqual(expected('hualong-gxj-2020').requests)
    expect(provenanceAt(r.reports[0]!.provenance, 'requests.total.total')!.where).toBe(
      '工作表「表三」第26行第9列',
    )
  })
})
