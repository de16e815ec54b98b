/**
 * A saved web page (often a Word export inside a site template) turned into the lines the text
 * reader expects: each table row one tab-separated line, blank cells of a row that holds numbers
 * marked blank, everything else one line per block. No DOM is needed, so this runs in a Worker
 * and in Node; scripts, styles and event handlers are dropped, never run.
 */
import type { Provenance } from './types'
import { BLANK } from './text/stream'
import { decodeEntities, forEachToken } from './markup'
import { lineAt } from './text/locate'

export { decodeEntities, forEachToken }

export const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'blockquote',
  'pre',
  'hr',
  'dd',
  'dt',
  'dl',
  'nav',
])
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'select',
  'textarea',
  'button',
])

interface Cell {
  text: string
}

interface LineInfo {
  table?: number
  row?: number
  /** Offsets in the output line where each cell starts. */
  cellStarts?: number[]
}

export interface HtmlText {
  text: string
  title?: string
  tables: number
  locate: (offset: number) => Provenance
}

const NUMERIC = /^[-－]?[0-9０-９][0-9０-９.,，]*$/

/**
 * Which empty cells of a row are blank values (read as 0). A data row is label cells followed by
 * value cells only (numbers or nothing): Word exports print zero as an empty cell, sometimes a
 * whole row or column of them. Header rows keep their empty cells empty. Undefined: drop the row.
 * A row of empty cells is a row of zeros only before any row of values: after them it is a
 * borderless spacer (Word exports end table 4 with one), and read as blanks it would give the
 * table fifteen values too many.
 */
export function markBlanks(cells: string[], afterValues: boolean): string[] | undefined {
  if (cells.length === 0) return undefined
  if (cells.every((c) => c === ''))
    return cells.length >= 5 && !afterValues ? cells.map(() => BLANK) : undefined
  let k = 0
  while (k < cells.length && cells[k] === '') k++
  const labelStart = k
  while (k < cells.length && cells[k] !== '' && !NUMERIC.test(cells[k] as string)) k++
  const values = cells.slice(k)
  const isData =
    values.length > 0 &&
    values.every((c) => c === '' || NUMERIC.test(c)) &&
    (values.some((c) => c !== '') || k - labelStart <= 3)
  if (isData) return [...cells.slice(0, k), ...values.map((c) => (c === '' ? BLANK : c))]
  // Otherwise only an empty cell between two numbers is a blank value.
  const first = cells.findIndex((c) => NUMERIC.test(c))
  let last = -1
  cells.forEach((c, i) => {
    if (NUMERIC.test(c)) last = i
  })
  return cells.map((c, i) => (c === '' && i > first && i < last && first >= 0 ? BLANK : c))
}

export function htmlToText(html: string): HtmlText {
  const lines: string[] = []
  const info: LineInfo[] = []
  let current = ''
  let title: string | undefined
  let tableIndex = 0
  let rowIndex = 0
  const tableStack: number[] = []
  const tablesWithValues = new Set<number>()
  let row: Cell[] | undefined
  let cell: string | undefined

  const flush = () => {
    const t = current.replace(/[ \t\u3000\u00a0]+/g, ' ').trim()
    if (t) {
      lines.push(t)
      info.push({})
    }
    current = ''
  }
  const append = (s: string) => {
    if (cell !== undefined) cell += s
    else current += s
  }
  const endCell = () => {
    if (cell !== undefined && row) row.push({ text: cell.replace(/\s+/g, ' ').trim() })
    cell = undefined
  }
  const endRow = () => {
    endCell()
    const table = tableStack[tableStack.length - 1] ?? tableIndex
    const cells = row
      ? markBlanks(
          row.map((c) => c.text.replace(/\t/g, ' ')),
          tablesWithValues.has(table),
        )
      : undefined
    if (cells?.some((c) => c === BLANK || NUMERIC.test(c))) tablesWithValues.add(table)
    if (cells) {
      const starts: number[] = []
      let at = 0
      for (const c of cells) {
        starts.push(at)
        at += c.length + 1
      }
      lines.push(cells.join('\t'))
      info.push({
        table,
        row: rowIndex,
        cellStarts: starts,
      })
    }
    row = undefined
  }

  let skipUntil: string | undefined
  let inTitle = false
  forEachToken(html, (t) => {
    if (skipUntil) {
      if (t.tag === skipUntil && t.closing) skipUntil = undefined
      return
    }
    if (t.text !== undefined) {
      const text = t.text.includes('&') ? decodeEntities(t.text) : t.text
      if (inTitle) title = (title ?? '') + text
      else append(/[\r\n]/.test(text) ? text.replace(/[\r\n]+/g, ' ') : text)
      return
    }
    const { tag, closing } = t
    if (tag === undefined) return
    if (!closing && SKIP.has(tag) && !t.selfClosing) {
      skipUntil = tag
      return
    }
    if (tag === 'title') {
      inTitle = !closing
      return
    }
    if (tag === 'table') {
      if (!closing) {
        flush()
        tableIndex++
        tableStack.push(tableIndex)
        rowIndex = 0
      } else {
        endRow()
        tableStack.pop()
      }
      return
    }
    if (tag === 'tr') {
      endRow()
      if (!closing) {
        flush()
        row = []
        rowIndex++
      }
      return
    }
    if (tag === 'td' || tag === 'th') {
      endCell()
      if (!closing) {
        if (!row) {
          row = []
          rowIndex++
        }
        cell = ''
      }
      return
    }
    if (tag === 'br') {
      // Inside a cell a line break only wraps a label (`结果<br>维持`).
      if (cell !== undefined) return
      flush()
      return
    }
    if (BLOCK.has(tag)) {
      if (cell !== undefined) cell += ' '
      else flush()
    }
  })
  endRow()
  flush()

  const text = lines.join('\n')
  const lineStarts: number[] = []
  let off = 0
  for (const l of lines) {
    lineStarts.push(off)
    off += l.length + 1
  }
  // Every cell of a line shares the line's excerpt.
  const excerpts: (string | undefined)[] = []
  const excerptOf = (i: number, cells: boolean) =>
    (excerpts[i] ??= (cells ? (lines[i] ?? '').replace(/\t/g, ' | ') : (lines[i] ?? '')).slice(
      0,
      120,
    ))
  const locate = (offset: number): Provenance => {
    const lo = lineAt(lineStarts, offset)
    const li = info[lo]
    if (li?.cellStarts && li.table !== undefined) {
      const within = offset - (lineStarts[lo] as number)
      let col = 0
      li.cellStarts.forEach((s, i) => {
        if (s <= within) col = i
      })
      return {
        where: `第${li.table}个表格 第${li.row}行第${col + 1}格`,
        table: li.table,
        row: li.row,
        column: col + 1,
        excerpt: excerptOf(lo, true),
      }
    }
    return { where: `正文第${lo + 1}段`, line: lo + 1, excerpt: excerptOf(lo, false) }
  }
  return { text, title: title?.replace(/\s+/g, ' ').trim(), tables: tableIndex, locate }
}
