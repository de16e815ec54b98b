/**
 * A saved web page as rows of cells: every `<tr>` a row with its `rowspan`/`colspan` expanded,
 * every other block of text a paragraph row. A site that lays its page out with tables holds the
 * report's tables inside a cell of its own: the text of such a cell around the inner tables is
 * read as paragraphs, so the section headings there stand on rows of their own. Scripts and
 * styles are dropped, never run.
 */
import { BLOCK, SKIP } from '../html'
import { attribute, decodeEntities, forEachToken } from '../markup'
import type { Provenance } from '../types'
import { SpanGrid, spanOf, type SpannedCell } from './spans'
import type { GridDoc, GridRow } from './types'

interface OpenTable {
  index: number
  rows: number
  spans: SpanGrid
  row?: SpannedCell[]
  cell?: SpannedCell
  /** The cell holds a table of its own: its text is paragraphs, not a cell's value. */
  holdsTable?: boolean
}

export function htmlGrid(html: string): GridDoc {
  const rows: GridRow[] = []
  const tables: OpenTable[] = []
  let tableCount = 0
  let paragraphs = 0
  let text = ''
  const top = () => tables[tables.length - 1]

  const paragraph = (raw: string) => {
    const t = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
    if (!t) return
    const n = ++paragraphs
    const where: Provenance = { where: `正文第${n}段`, excerpt: t.slice(0, 120) }
    rows.push({ cells: [{ text: t }], where: () => where })
  }
  const flush = () => {
    paragraph(text)
    text = ''
  }
  /** A layout cell's text so far, one paragraph per block (blocks inside a cell end in \n). */
  const flushCell = (t: OpenTable) => {
    if (!t.cell) return
    for (const block of t.cell.text.split('\n')) paragraph(block)
    t.cell.text = ''
  }
  const endCell = (t: OpenTable) => {
    if (t.cell && t.row) {
      if (t.holdsTable) flushCell(t)
      t.row.push({ ...t.cell, text: t.cell.text.replace(/\s+/g, ' ').trim() })
    }
    t.cell = undefined
    t.holdsTable = false
  }
  const endRow = (t: OpenTable) => {
    endCell(t)
    if (t.row) {
      const r = ++t.rows
      const index = t.index
      const cells = t.spans.row(t.row)
      const excerpt = t.row
        .map((c) => c.text)
        .join(' | ')
        .slice(0, 120)
      rows.push({
        cells,
        table: index,
        where: (col) => {
          const c = cells[col]?.source ?? col + 1
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
    t.row = undefined
  }

  let skipUntil: string | undefined
  forEachToken(html, (tok) => {
    if (skipUntil) {
      if (tok.tag === skipUntil && tok.closing) skipUntil = undefined
      return
    }
    const t = top()
    if (tok.text !== undefined) {
      const s = tok.text.includes('&') ? decodeEntities(tok.text) : tok.text
      if (t?.cell) t.cell.text += s
      else text += s
      return
    }
    const { tag, closing } = tok
    if (tag === undefined) return
    if (!closing && SKIP.has(tag) && !tok.selfClosing) {
      skipUntil = tag
      return
    }
    if (tag === 'title') {
      if (!closing) skipUntil = 'title'
      return
    }
    if (tag === 'table') {
      if (!closing) {
        flush()
        if (t?.cell) {
          t.holdsTable = true
          flushCell(t)
        }
        tables.push({ index: ++tableCount, rows: 0, spans: new SpanGrid() })
      } else if (t) {
        endRow(t)
        tables.pop()
      }
      return
    }
    if (!t) {
      if (BLOCK.has(tag)) flush()
      return
    }
    if (tag === 'tr') {
      endRow(t)
      if (!closing) t.row = []
      return
    }
    if (tag === 'td' || tag === 'th') {
      endCell(t)
      if (closing) return
      t.row ??= []
      const attrs = html.slice(tok.attrFrom, tok.attrTo)
      t.cell = {
        text: '',
        colspan: spanOf(attribute(attrs, 'colspan')),
        rowspan: spanOf(attribute(attrs, 'rowspan')),
        source: t.row.length + 1,
      }
      return
    }
    // Inside a cell a line break only wraps a label (`结果<br>维持`); a block ends a line.
    if (tag === 'br' && t.cell) return
    if (BLOCK.has(tag)) {
      if (t.cell) t.cell.text += '\n'
      else flush()
    }
  })
  for (let t = top(); t; t = top()) {
    endRow(t)
    tables.pop()
  }
  flush()
  return { rows, aligned: true }
}
