/**
 * The grid reader on constructed layouts: blank cells in each format with cells, merged cells, a
 * trailing blank row, a table broken across PDF pages, and the two readers disagreeing.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDemoReports } from '@/generate/demo'
import type { Report } from '@/domain/report'
import { renderCopied, renderDocx, renderDocxXml } from '@/generate/cells'
import { renderHtml } from '@/generate/render'
import { importFile, importText, provenanceAt } from '@/import'
import { htmlToText } from '@/import/html'
import { combineReadings, notFound, refusedReading, type TableReading } from '@/import/reading'
import { readText } from '@/import/text/readText'

const reports = generateDemoReports()
const r2021 = reports.find((r) => r.edition === '2021' && r.active && r.requests.newReceived)!
const r2019 = reports.find((r) => r.edition === '2019' && r.active && r.requests.newReceived)!

function tables(r: Report) {
  return { requests: r.requests, appeals: r.appeals, active: r.active }
}

/** What a page with a blank 总计 column prints: 0 in every total. */
function totalsBlank(r: Report): Report {
  const requests = Object.fromEntries(
    Object.entries(r.requests).map(([k, row]) => [k, { ...row, total: 0 }]),
  )
  return { ...r, requests }
}

describe('saved web page', () => {
  it('reads blank cells, a blank 总计 column and a trailing blank row, both ways', () => {
    const opts = { blankZeros: true, blankTotals: true, trailingRow: true }
    const result = importText('r.html', renderHtml(r2021, opts))
    const { report, notes } = result.reports[0]!
    expect(tables(report)).toEqual(tables(totalsBlank(r2021)))
    expect(report.unread).toBeUndefined()
    expect(notes.find((n) => n.code === 'blank-cells')?.message).toMatch(/^\d+ 个空白单元格/)
  })

  it('the text reader alone reads table 4 followed by a row of fifteen empty cells', () => {
    const page = htmlToText(renderHtml(r2021, { trailingRow: true }))
    const read = readText({ text: page.text, name: 'r.html', format: 'html', locate: page.locate })
    expect(read.ok && read.value.report.appeals).toEqual(r2021.appeals)
  })

  it('keeps a value’s table, row and cell', () => {
    const result = importText('r.html', renderHtml(r2021))
    const p = provenanceAt(result.reports[0]!.provenance, 'requests.granted.natural')!
    // Three header rows, 本年新收, 上年结转, then 予以公开: 三、本年度办理结果, its label, values.
    expect(p.where).toBe('第2个表格 第6行第3格')
  })

  it('refuses table 3 when the readers disagree, with both readings in the reason', () => {
    // A report printing 科研机构 before 商业企业: the grid reader follows the header, the text
    // reader the template's order; one of them is wrong, and nothing says which.
    const r = structuredClone(r2021)
    const row = r.requests.newReceived!
    row.commercial = 5
    row.research = 1
    row.total = (row.natural ?? 0) + 6 + (row.social ?? 0) + (row.legal ?? 0) + (row.other ?? 0)
    const html = renderHtml(r).replace(
      '<td>商业企业</td><td>科研机构</td>',
      '<td>科研机构</td><td>商业企业</td>',
    )
    const swapped = html.replace(
      new RegExp(
        `(一、本年新收政府信息公开申请数量.*?<span lang="EN-US">${row.natural}</span>.*?<span lang="EN-US">)5(</span>.*?<span lang="EN-US">)1(</span>)`,
      ),
      '$11$25$3',
    )
    expect(swapped).not.toBe(html)
    const result = importText('r.html', swapped)
    const { report } = result.reports[0]!
    expect(report.requests).toEqual({})
    const unread = report.unread?.find((u) => u.table === 'requests')
    expect(unread?.reason).toContain('本年新收·商业企业 按单元格读作 5、按文本读作 1')
    expect(unread?.reason).toContain('本年新收·科研机构 按单元格读作 1、按文本读作 5')
    // The other tables are read as ever.
    expect(report.appeals).toEqual(r.appeals)
  })
})

describe('Word .docx', () => {
  it.each([
    ['2021', r2021],
    ['2019', r2019],
  ])('reads a %s-edition report with merged and blank cells exactly', async (_, r) => {
    const result = await importFile('r.docx', renderDocx(r, { blankZeros: true }))
    expect(result.error).toBeUndefined()
    expect(result.format).toBe('docx')
    expect(tables(result.reports[0]!.report)).toEqual(tables(r))
    expect(result.reports[0]!.report.unread).toBeUndefined()
  })

  it('writes its merged cells as Word does (w:gridSpan, w:vMerge)', () => {
    const xml = renderDocxXml(r2021)
    expect(xml).toContain('<w:gridSpan w:val="3"/>')
    expect(xml).toContain('<w:vMerge w:val="restart"/>')
    expect(xml).toContain('<w:vMerge/>')
  })

  it('refuses a damaged .docx and a file that only has the name', async () => {
    const bytes = renderDocx(r2021)
    const cut = await importFile('r.docx', bytes.slice(0, 200))
    expect(cut.error).toMatch(/无法打开 \.docx 文件|没有正文/)
    const fake = await importFile('r.docx', new TextEncoder().encode('not a zip'))
    expect(fake.error).toBe('扩展名是 .docx，但内容不是 Word 文档')
  })

  it('says what to do with an old .doc or .wps file', async () => {
    const doc = await importFile('r.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))
    expect(doc.error).toContain('另存为')
    expect(doc.error).toContain('.docx')
  })
})

describe('text copied from a page', () => {
  it('reads blank cells, which print only a tab line, exactly', () => {
    for (const r of [r2021, r2019]) {
      const result = importText('r.txt', renderCopied(r, { blankZeros: true, trailingRow: true }))
      expect(tables(result.reports[0]!.report)).toEqual(tables(r))
    }
  })

  it('says the text reader could not read what only the cells show', () => {
    const result = importText('r.txt', renderCopied(r2021, { blankZeros: true }))
    const notes = result.reports[0]!.notes.filter((n) => n.code === 'one-reading')
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.every((n) => n.message.includes('按单元格读取'))).toBe(true)
  })
})

describe('PDF printed from a page (generated, with their truth)', () => {
  const dir = join(process.cwd(), 'tests/fixtures/pdf/')
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => f.slice(0, -4))

  it.each(names)('%s.pdf gives exactly its .json', async (name) => {
    const result = await importFile(
      `${name}.pdf`,
      new Uint8Array(readFileSync(`${dir}${name}.pdf`)),
    )
    expect(result.error).toBeUndefined()
    const truth = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Report
    const report = result.reports[0]!.report
    expect(report.unread).toBeUndefined()
    expect(tables(report)).toEqual(tables(truth))
  })

  it('reads table 3 broken across two pages, its header printed once', async () => {
    const name = 'generated-2021-page-break'
    const result = await importFile(
      `${name}.pdf`,
      new Uint8Array(readFileSync(`${dir}${name}.pdf`)),
    )
    const { provenance, report } = result.reports[0]!
    const pages = new Set(
      Object.keys(report.requests).map(
        (row) => provenanceAt(provenance, `requests.${row}.natural`)?.page,
      ),
    )
    expect(pages.size).toBeGreaterThan(1)
  })
})

describe('combining two readings of one table', () => {
  const reading = (values: TableReading['values']): TableReading => ({
    found: true,
    values,
    blankCells: 0,
    places: new Map(),
    notes: [],
  })

  it('keeps agreeing readings, the grid’s', () => {
    const grid = reading({ review: { upheld: 1 } })
    expect(combineReadings('appeals', grid, reading({ review: { upheld: 1 } }))).toBe(grid)
  })

  it('keeps the one reading when the other refused, and says why the other refused', () => {
    const kept = combineReadings(
      'appeals',
      reading({ review: { upheld: 1 } }),
      refusedReading('坏了'),
    )
    expect(kept.values).toEqual({ review: { upheld: 1 } })
    expect(kept.notes[0]?.message).toContain('按文本读取未能读出（坏了）')
    const other = combineReadings(
      'appeals',
      refusedReading('坏了'),
      reading({ review: { upheld: 2 } }),
    )
    expect(other.values).toEqual({ review: { upheld: 2 } })
    expect(other.notes[0]?.message).toContain('按单元格读取未能读出（坏了）')
  })

  it('refuses the text reading that placed unprinted cells when the cells could not bear it out', () => {
    // A table cut at the page's edge: 13 numbers for 15 cells, the last two lost, not blank.
    const guessed: TableReading = {
      ...reading({ review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } }),
      notes: [{ level: 'info', code: 'cells-unprinted', message: '表四有 2 个单元格未印数字' }],
    }
    const r = combineReadings('appeals', refusedReading('表四的数字行有 13 个单元格'), guessed)
    expect(r.values).toBeUndefined()
    expect(r.refused).toContain('13 个单元格')
    expect(r.refused).toContain('未印数字')
    // Where the file has no cells for the table, the text reader's reading stands.
    expect(combineReadings('appeals', notFound(), guessed)).toBe(guessed)
  })

  it('keeps the text reading alone, with no note, where the file has no grid of that table', () => {
    const text = reading({ review: { upheld: 2 } })
    expect(combineReadings('appeals', notFound(), text)).toBe(text)
  })

  it('refuses disagreeing readings', () => {
    const r = combineReadings(
      'appeals',
      reading({ review: { upheld: 1, total: 1 } }),
      reading({ review: { upheld: 7, total: 1 } }),
    )
    expect(r.values).toBeUndefined()
    expect(r.refused).toContain('行政复议·结果维持 按单元格读作 1、按文本读作 7')
  })

  it('takes the rows only one reader found when every shared value agrees', () => {
    const r = combineReadings(
      'requests',
      reading({ total: { natural: 1 }, carriedForward: { natural: 0 } }),
      reading({ total: { natural: 1 } }),
    )
    expect(r.values).toEqual({ total: { natural: 1 }, carriedForward: { natural: 0 } })
    expect(r.notes.at(-1)?.message).toContain('「结转下年度」只有按单元格读取读出')
  })
})

describe('a site that lays its page out with tables', () => {
  it('reads the report’s tables inside a layout cell, both ways, its headings found', () => {
    const page = renderHtml(r2021, { blankZeros: true })
      .replace('<body>', '<body><table class="layout"><tr><td class="nav">导航</td><td>')
      .replace('</body>', '</td></tr></table></body>')
    const result = importText('r.html', page)
    const { report, notes } = result.reports[0]!
    expect(tables(report)).toEqual(tables(r2021))
    expect(report.unread).toBeUndefined()
    expect(
      notes.filter((n) => n.code === 'one-reading' && n.message.includes('按单元格读取未能')),
    ).toEqual([])
  })
})
