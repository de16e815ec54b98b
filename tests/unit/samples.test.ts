import { describe, expect, it } from 'vitest'
import { importFile, provenanceAt } from '@/import'
import { copiedGrid } from '@/import/cells/copied'
import { readText } from '@/import/text/readText'
import {
  LAYOUT_SAMPLES,
  PINGTAN_PAGE_TABLE2,
  PINGTAN_TITLE,
  SAMPLE_NAMES,
  comparable,
  expected,
  sampleBytes,
} from './helpers'

describe('real published reports, text as obtained', () => {
  it.each(SAMPLE_NAMES)('%s.txt gives exactly its .json, cell for cell', async (name) => {
    const result = await importFile(`${name}.txt`, sampleBytes(`${name}.txt`))
    expect(result.error).toBeUndefined()
    expect(result.reports).toHaveLength(1)
    const report = result.reports[0]!.report
    expect(comparable(report)).toEqual(comparable(expected(name)))
  })

  it('every value of a text import says which line it came from', async () => {
    const result = await importFile('huaian-2024.txt', sampleBytes('huaian-2024.txt'))
    const { provenance } = result.reports[0]!
    // 3001 natural-person requests: printed on line 123 of the pdftotext output.
    expect(provenanceAt(provenance, 'requests.newReceived.natural')).toMatchObject({ line: 123 })
    expect(provenanceAt(provenance, 'requests.newReceived.natural')!.excerpt).toContain('3001')
    // 351 reviews: the table-4 line of fifteen numbers.
    expect(provenanceAt(provenance, 'appeals.review.total')!.excerpt).toContain('351')
  })

  it('says that glued cells were split with the identities, and refuses glued table 2', async () => {
    const result = await importFile(
      'pingtan-police-2022.txt',
      sampleBytes('pingtan-police-2022.txt'),
    )
    const notes = result.reports[0]!.notes
    expect(
      notes.some((n) => n.code === 'digits-split' && n.message.includes('本年新收 1/0/0/0/0/0/1')),
    ).toBe(true)
    expect(notes.some((n) => n.code === 'table-refused' && n.message.includes('表二'))).toBe(true)
    expect(result.reports[0]!.report.active).toBeUndefined()
  })

  it('names the typo label it matched loosely', async () => {
    const result = await importFile('hongze-2023.txt', sampleBytes('hongze-2023.txt'))
    const loose = result.reports[0]!.notes.filter((n) => n.code === 'label-loose')
    expect(loose.map((n) => n.cells)).toEqual([['requests.denied.lawForbidden']])
    expect(loose[0]!.message).toContain('其他法律行政止公开')
  })

  it('takes the agency’s full name from the body when the title shortens it', async () => {
    const result = await importFile('hongze-2023.txt', sampleBytes('hongze-2023.txt'))
    expect(result.reports[0]!.report.agency).toBe('淮安市洪泽区人民政府')
    expect(result.reports[0]!.notes.some((n) => n.code === 'agency-from-body')).toBe(true)
  })

  it('keeps the narrative sections', async () => {
    const result = await importFile('hongze-2024.txt', sampleBytes('hongze-2024.txt'))
    const text = result.reports[0]!.report.text!
    expect(text.overview).toMatch(/^2024 年，淮安市洪泽区人民政府坚持/)
    expect(text.problems).toContain('个别部门对复杂申请件的研判能力不足')
    expect(text.otherMatters).toContain('全年收取政府信息公开信息处理费 0 元')
    // Page footers are not part of the narrative.
    expect(text.problems).not.toMatch(/-4-/)
  })
})

describe('a saved page opened in a browser and copied', () => {
  it('pingtan-2025-copied.txt: its title after the site navigation, every value exact', async () => {
    const result = await importFile(
      'pingtan-2025-copied.txt',
      sampleBytes('pingtan-2025-copied.txt'),
    )
    expect(result.error).toBeUndefined()
    const report = result.reports[0]!.report
    expect(report).toMatchObject({ agency: '平潭综合实验区', year: 2025 })
    // The sample's .json leaves table 2 out (the crawler's text glued it); the page prints it.
    expect(comparable(report)).toEqual({
      ...comparable(expected('pingtan-2025-copied')),
      active: PINGTAN_PAGE_TABLE2,
    })
  })
})

describe('saved web page', () => {
  it('pingtan-2025.html gives the tables of its .json', async () => {
    const result = await importFile('pingtan-2025.html', sampleBytes('pingtan-2025.html'))
    expect(result.error).toBeUndefined()
    const report = result.reports[0]!.report
    const exp = expected('pingtan-2025')
    expect({ ...comparable(report), active: undefined }).toEqual({
      ...comparable(exp),
      active: undefined,
    })
  })

  it('reads table 2 from the page cells, which the crawler text had glued', async () => {
    const result = await importFile('pingtan-2025.html', sampleBytes('pingtan-2025.html'))
    const { report, notes, provenance } = result.reports[0]!
    // As printed in the page's table 2 cells.
    expect(report.active).toEqual(PINGTAN_PAGE_TABLE2)
    expect(notes.some((n) => n.code === 'amount-precision')).toBe(true)
    expect(provenanceAt(provenance, 'requests.newReceived.total')).toMatchObject({
      table: 2,
      column: 8,
    })
  })
})

describe('PDF as published', () => {
  it.each(['hongze-2023', 'hongze-2024', 'huaian-2024'])(
    '%s.pdf gives exactly its .json, cell for cell',
    async (name) => {
      const result = await importFile(`${name}.pdf`, sampleBytes(`${name}.pdf`))
      expect(result.error).toBeUndefined()
      expect(comparable(result.reports[0]!.report)).toEqual(comparable(expected(name)))
    },
  )

  it('says on which page and line of the PDF a value was printed', async () => {
    const result = await importFile('huaian-2024.pdf', sampleBytes('huaian-2024.pdf'))
    // The pdftotext text of this PDF has the row on page 4 (after the `-3-` footer).
    const p = provenanceAt(result.reports[0]!.provenance, 'requests.newReceived.natural')!
    expect(p.page).toBe(4)
    expect(p.where).toMatch(/^第4页第\d+行$/)
    expect(p.excerpt).toMatch(/本年新收政府信息公开申请数量\s+3001\s+53/)
  })

  it('refuses a file named .pdf that is not a PDF', async () => {
    const result = await importFile('fake.pdf', new TextEncoder().encode('not a pdf'))
    expect(result.error).toBe('扩展名是 .pdf，但内容不是 PDF 文件')
  })
})

describe('the same report in the layouts with cells', () => {
  it.each(LAYOUT_SAMPLES.filter((f) => !f.endsWith('.txt')))(
    '%s gives exactly its .json, cell for cell',
    async (file) => {
      const result = await importFile(file, sampleBytes(file))
      expect(result.error).toBeUndefined()
      const report = result.reports[0]!.report
      expect(report.unread).toBeUndefined()
      // The .json leaves table 2 out (the crawler's text glues it); these layouts print its cells.
      expect(comparable(report)).toEqual({
        ...comparable(expected(file.replace(/\.[a-z]+$/, ''))),
        active: PINGTAN_PAGE_TABLE2,
      })
    },
  )

  it('pingtan-2025-copied.txt gives exactly its .json, read as cells and as text', () => {
    // The copied page prints its title after the site's navigation; finding it there is the
    // title reader's part, so the title is given here and the tables are what is tested.
    const text = new TextDecoder().decode(sampleBytes('pingtan-2025-copied.txt'))
    const read = readText({
      text,
      name: 'pingtan-2025-copied.txt',
      format: 'text',
      title: PINGTAN_TITLE,
      grid: copiedGrid(text),
    })
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.report.unread).toBeUndefined()
    expect(comparable(read.value.report)).toEqual({
      ...comparable(expected('pingtan-2025-copied')),
      active: PINGTAN_PAGE_TABLE2,
    })
    // Both readers read every table: no note says only one of them could.
    expect(read.value.notes.filter((n) => n.code === 'one-reading')).toEqual([])
  })

  it('says in which table, row and cell of the Word file a value was printed', async () => {
    const result = await importFile('pingtan-2025-word.docx', sampleBytes('pingtan-2025-word.docx'))
    const p = provenanceAt(result.reports[0]!.provenance, 'requests.newReceived.total')!
    // Table 3 is the document's second table; its fourth row is 本年新收, whose eighth cell is 总计.
    expect(p).toMatchObject({ table: 2, row: 4, column: 8 })
    expect(p.where).toBe('第2个表格 第4行第8格')
    expect(p.excerpt).toContain('154')
  })

  it('says on which page and line of a printed page a value was printed', async () => {
    const result = await importFile(
      'pingtan-2025-printed.pdf',
      sampleBytes('pingtan-2025-printed.pdf'),
    )
    const p = provenanceAt(result.reports[0]!.provenance, 'appeals.review.total')!
    expect(p.where).toMatch(/^第5页第\d+行$/)
    expect(p.excerpt).toContain('36')
  })

  it('reads the Word PDF’s table broken across pages, both readers agreeing on （六）1', async () => {
    const result = await importFile('pingtan-2025-word.pdf', sampleBytes('pingtan-2025-word.pdf'))
    const { report, notes } = result.reports[0]!
    expect(report.requests['other.noCorrection']).toEqual(
      expected('pingtan-2025-word').requests['other.noCorrection'],
    )
    // The label wraps around its group label in a narrow cell; the text reader anchors it too.
    expect(notes.filter((n) => n.code === 'one-reading' && n.message.includes('表三'))).toEqual([])
    expect(report.unread).toBeUndefined()
  })
})
