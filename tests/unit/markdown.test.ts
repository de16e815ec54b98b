/**
 * Reports as PDF converters (marker, pdfplumber and the like) write them in markdown: table 3 cut
 * into one small table per row group, each headed by its first row; `<br>` inside cells; labels
 * in one table and their numbers in the next, or the numbers first. Read by the rows' order where
 * the identities say that is the one reading; otherwise the table is refused with the reason.
 */
import { describe, expect, it } from 'vitest'
import type { Report } from '@/domain/report'
import { renderMarkdown, type MarkdownArrangement } from '@/generate/render'
import { importText } from '@/import'
import { comparable, expected } from './helpers'

const tables = (r: Report) => ({ ...comparable(r), active: r.active })

describe.each<MarkdownArrangement>(['groups', 'apart', 'before'])('markdown, %s', (how) => {
  it.each(['hongze-2024', 'hualong-gxj-2020', 'huaian-2024', 'pingtan-2025'])(
    '%s reads exactly',
    (name) => {
      const report = expected(name)
      const back = importText(`${name}.md`, renderMarkdown(report, how))
      expect(back.error).toBeUndefined()
      expect(tables(back.reports[0]!.report)).toEqual(tables(report))
    },
  )
})

describe('numbers set apart from their labels', () => {
  it('says which rows it matched by their order, and that the identities hold', () => {
    const back = importText('a.md', renderMarkdown(expected('huaian-2024'), 'apart'))
    const note = back.reports[0]!.notes.find((n) => n.code === 'rows-displaced')
    expect(note?.message).toMatch(
      /^表三有 11 行的数字与行标签分开排列（属于国家秘密、.*各项勾稽关系均成立$/,
    )
    expect(note?.cells).toContain('requests.denied.inquiry')
  })

  it('refuses the table when a line of numbers is missing, rather than shift the rest', () => {
    const text = renderMarkdown(expected('huaian-2024'), 'apart').replace(
      /\n\| 2 \| 0 \| 0 \| 0 \| 0 \| 0 \| 2 \|/,
      '',
    )
    const back = importText('a.md', text)
    const report = back.reports[0]!.report
    expect(report.requests).toEqual({})
    expect(report.unread?.[0]).toMatchObject({ table: 'requests' })
    expect(report.unread?.[0]?.reason).toMatch(/勾稽关系不成立/)
  })

  it('refuses when the numbers match the rows before and after them equally well', () => {
    // 6. and 8. print no numbers, 7. prints two lines of them: 6./7. or 7./8. — the same column
    // sums either way, so every identity holds for both readings, and they differ.
    const lines = renderMarkdown(expected('hongze-2024'), 'groups').split('\n')
    const at = (label: string) => lines.findIndex((l) => l.includes(label))
    lines[at('6.属于四类过程性信息')] = '|  | 6.属于四类过程性信息 |'
    lines[at('8.属于行政查询事项')] = '|  | 8.属于行政查询事项 |'
    lines.splice(at('7.属于行政执法案卷') + 1, 0, '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |')
    const back = importText('b.md', lines.join('\n'))
    const report = back.reports[0]!.report
    expect(report.requests).toEqual({})
    expect(report.unread?.[0]?.reason).toMatch(/两种对应方式同样符合勾稽关系/)
  })

  it('reads them when both matchings give the same values', () => {
    // As above, with 6. and 7. both printing zeros: nothing to choose between.
    const lines = renderMarkdown(expected('hualong-gxj-2020'), 'groups').split('\n')
    const at = (label: string) => lines.findIndex((l) => l.includes(label))
    lines[at('6.属于四类过程性信息')] = '|  | 6.属于四类过程性信息 |'
    lines[at('8.属于行政查询事项')] = '|  | 8.属于行政查询事项 |'
    lines.splice(at('7.属于行政执法案卷') + 1, 0, '| 0 | 0 | 0 | 0 | 0 | 0 | 0 |')
    const back = importText('b.md', lines.join('\n'))
    expect(tables(back.reports[0]!.report)).toEqual(tables(expected('hualong-gxj-2020')))
  })

  it('reads a blank cell in a markdown row as 0, and counts it', () => {
    const report = expected('hongze-2024')
    const text = renderMarkdown(report, 'groups').replace(
      /(\| +\| 2\.重复申请 \| +\| )0 \| 0 \|/,
      '$1 0 |  |',
    )
    const back = importText('c.md', text)
    expect(tables(back.reports[0]!.report)).toEqual(tables(report))
    expect(back.reports[0]!.notes.find((n) => n.code === 'blank-cells')?.message).toMatch(/^1 个/)
  })
})
