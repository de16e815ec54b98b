/**
 * A Word document's body (`word/document.xml`) as rows of cells: each `w:tbl` row with its
 * merged cells expanded (`w:gridSpan` across, `w:vMerge` down, `w:gridBefore` skipped columns),
 * each paragraph outside a table a paragraph row. Read with the hand tokenizer: the import runs
 * in a Web Worker, where DOMParser does not exist.
 */
import { attribute, decodeEntities, forEachToken } from '../markup'
import type { Provenance } from '../types'
import type { GridCell, GridDoc, GridRow } from './types'

/** Text that is not the document's: deleted revisions, field codes, the fallback copy of a text box. */
const SKIP = new Set(['w:del', 'w:instrtext', 'w:deltext', 'mc:fallback'])

interface Tc {
  text: string
  span: number
  /** `w:vMerge` without `restart`: the cell continues the one above. */
  continues: boolean
  source: number
}

interface Table {
  index: number
  rows: number
  /** Grid column → the text of the last cell that started there, for `w:vMerge` continuations. */
  above: Map<number, string>
  row?: { before: number; cells: Tc[] }
  cell?: Tc
}

export function docxGrid(xml: string): GridDoc {
  const rows: GridRow[] = []
  const tables: Table[] = []
  let tableCount = 0
  let paragraphs = 0
  let paragraph = ''
  let inText = false
  let skipUntil: string | undefined

  const append = (s: string) => {
    const t = tables[tables.length - 1]
    if (t?.cell) t.cell.text += s
    else paragraph += s
  }
  const endParagraph = () => {
    const t = tables[tables.length - 1]
    if (t?.cell) {
      t.cell.text += '\n'
      return
    }
    const text = paragraph.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
    paragraph = ''
    if (!text) return
    const where: Provenance = { where: `正文第${++paragraphs}段`, excerpt: text.slice(0, 120) }
    rows.push({ cells: [{ text }], where: () => where })
  }
  const endRow = (t: Table) => {
    const row = t.row
    t.row = undefined
    if (!row) return
    const r = ++t.rows
    const cells: (GridCell & { source: number })[] = []
    for (let k = 0; k < row.before; k++) cells.push({ text: '', copy: true, source: 0 })
    for (const tc of row.cells) {
      const text = tc.text.replace(/[ \t\u00a0\u3000]+/g, ' ').trim()
      const start = cells.length
      const own = tc.continues ? (t.above.get(start) ?? '') : text
      for (let k = 0; k < tc.span; k++) {
        const copy = tc.continues || k > 0
        cells.push(copy ? { text: own, copy, source: tc.source } : { text: own, source: tc.source })
        if (!tc.continues) t.above.set(start + k, own)
      }
    }
    const excerpt = row.cells
      .filter((c) => !c.continues)
      .map((c) => c.text.replace(/\s+/g, ' ').trim())
      .join(' | ')
      .slice(0, 120)
    const index = t.index
    rows.push({
      cells,
      table: index,
      where: (col) => {
        const c = cells[col]?.source || col + 1
        return {
          where: `第${index}个表格 第${r}行第${c}格`,
          table: index,
          row: r,
          column: c,
          excerpt,
        }
      },
    })
  }

  forEachToken(xml, (tok) => {
    if (skipUntil) {
      if (tok.tag === skipUntil && tok.closing) skipUntil = undefined
      return
    }
    if (tok.text !== undefined) {
      if (inText) append(tok.text.includes('&') ? decodeEntities(tok.text) : tok.text)
      return
    }
    const tag = tok.tag
    if (tag === undefined) return
    if (SKIP.has(tag) && !tok.closing && !tok.selfClosing) {
      skipUntil = tag
      return
    }
    const t = tables[tables.length - 1]
    switch (tag) {
      case 'w:t':
        inText = !tok.closing && !tok.selfClosing
        return
      case 'w:tab':
        if (!tok.closing) append(' ')
        return
      case 'w:br':
      case 'w:cr':
        if (!tok.closing) append('\n')
        return
      case 'w:p':
        if (tok.closing || tok.selfClosing) endParagraph()
        return
      case 'w:tbl':
        if (!tok.closing) {
          endParagraph()
          tables.push({ index: ++tableCount, rows: 0, above: new Map() })
        } else if (t) {
          endRow(t)
          tables.pop()
        }
        return
      case 'w:tr':
        if (!t) return
        endRow(t)
        if (!tok.closing) t.row = { before: 0, cells: [] }
        return
      case 'w:gridbefore':
        if (t?.row && !t.cell)
          t.row.before = Number(attribute(xml.slice(tok.attrFrom, tok.attrTo), 'w:val')) || 0
        return
      case 'w:tc':
        if (!t) return
        if (tok.closing) {
          if (t.cell) t.row?.cells.push(t.cell)
          t.cell = undefined
        } else {
          t.row ??= { before: 0, cells: [] }
          t.cell = { text: '', span: 1, continues: false, source: t.row.cells.length + 1 }
        }
        return
      case 'w:gridspan':
        if (t?.cell) {
          const n = Number(attribute(xml.slice(tok.attrFrom, tok.attrTo), 'w:val'))
          t.cell.span = Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1
        }
        return
      case 'w:vmerge':
        if (t?.cell)
          t.cell.continues = attribute(xml.slice(tok.attrFrom, tok.attrTo), 'w:val') !== 'restart'
        return
    }
  })
  endParagraph()
  return { rows, aligned: true }
}
