/**
 * A saved web page as rows of cells: every `<tr>` a row with its `rowspan`/`colspan` expanded,
 * every other block of text a paragraph row. Scripts and styles are dropped, never run.
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
}

export function htmlGrid(html: string): GridDoc {
  const rows: GridRow[] = []
  const tables: OpenTable[] = []
  let tableCount = 0
  let paragraphs = 0
  let text = ''
  let row: SpannedCell[] | undefined
  let cell: SpannedCell | undefined

  const flush = () => {
    const t = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
    text = ''
    if (!t) return
    const n = ++paragraphs
    const where: Provenance = { where: `正文第${n}段`, excerpt: t.slice(0, 120) }
    rows.push({ cells: [{ text: t }], where: () => where })
  }
  const endCell = () => {
    if (cell && row) row.push({ ...cell, text: cell.text.replace(/\s+/g, ' ').trim() })
    cell = undefined
  }
  const endRow = () => {
    endCell()
    const table = tables[tables.length - 1]
    if (row && table) {
      const r = ++table.rows
      const t = table.index
      const cells = table.spans.row(row)
      const excerpt = row
        .map((c) => c.text)
        .join(' | ')
        .slice(0, 120)
      rows.push({
        cells,
        table: t,
        where: (col) => {
          const c = cells[col]?.source ?? col + 1
          return { where: `第${t}个表格 第${r}行第${c}格`, table: t, row: r, column: c, excerpt }
        },
      })
    }
    row = undefined
  }

  let skipUntil: string | undefined
  forEachToken(html, (t) => {
    if (skipUntil) {
      if (t.tag === skipUntil && t.closing) skipUntil = undefined
      return
    }
    if (t.text !== undefined) {
      const s = t.text.includes('&') ? decodeEntities(t.text) : t.text
      if (cell) cell.text += s
      else text += s
      return
    }
    const { tag, closing } = t
    if (tag === undefined) return
    if (!closing && SKIP.has(tag) && !t.selfClosing) {
      skipUntil = tag
      return
    }
    if (tag === 'title') {
      if (!closing) skipUntil = 'title'
      return
    }
    if (tag === 'table') {
      endRow()
      flush()
      if (!closing) tables.push({ index: ++tableCount, rows: 0, spans: new SpanGrid() })
      else tables.pop()
      return
    }
    if (tag === 'tr') {
      endRow()
      flush()
      if (!closing) row = []
      return
    }
    if (tag === 'td' || tag === 'th') {
      endCell()
      if (closing || tables.length === 0) return
      row ??= []
      const attrs = html.slice(t.attrFrom, t.attrTo)
      cell = {
        text: '',
        colspan: spanOf(attribute(attrs, 'colspan')),
        rowspan: spanOf(attribute(attrs, 'rowspan')),
        source: row.length + 1,
      }
      return
    }
    if (tag === 'br' && cell) return
    if (BLOCK.has(tag)) {
      if (cell) cell.text += ' '
      else flush()
    }
  })
  endRow()
  flush()
  return { rows, aligned: true }
}
