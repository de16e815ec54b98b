/**
 * Text copied from a web page as rows of cells. Two forms: what `innerText` gives (each cell's
 * text on lines of its own, cells separated by a line holding a single tab, rows by several
 * blank lines; an empty cell is a tab line with nothing before the next), and the older
 * tab-separated copy (one row per line). Spans are lost in both: only the order of a row's
 * cells is known.
 */
import type { Provenance } from '../types'
import { SECTION } from '../text/sections'
import type { GridDoc, GridRow } from './types'

const TAB_LINE = /^[ \u00a0]*(?:\t[ \u00a0]*)+$/
/** Blank lines that end a row: cells are one blank line apart, an empty cell three. */
const ROW_BREAK = 4
const VALUE = /^[-+]?[0-9０-９][0-9０-９,.，．]*$/

function isHeading(text: string): boolean {
  const folded = text.replace(/\s+/g, '')
  return Object.values(SECTION).some((re) => re.test(folded) && folded.length < 40)
}

function row(cells: string[], line: number, lines: number[], table?: number): GridRow {
  const excerpt = cells.join(' | ').slice(0, 120)
  return {
    cells: cells.map((text) => ({ text })),
    table,
    where: (col) => {
      const at = lines[col] ?? line
      return { where: `第${at}行`, line: at, excerpt } satisfies Provenance
    },
  }
}

/** The `innerText` form: items between blank lines, tab lines between cells. */
function fromInnerText(lines: string[]): GridDoc {
  const rows: GridRow[] = []
  let cells: string[] = []
  let cellLines: number[] = []
  let current: string | undefined
  let currentLine = 0
  let blanks = 0
  let afterTab = false
  let table = 0
  const endCell = () => {
    cells.push(current ?? '')
    cellLines.push(current === undefined ? currentLine : currentLine)
    current = undefined
  }
  const endRow = () => {
    if (current !== undefined || afterTab) endCell()
    if (cells.length > 0) {
      const tabbed = cells.length > 1
      if (tabbed && rows[rows.length - 1]?.table !== table) table++
      rows.push(row(cells, cellLines[0] ?? 0, cellLines, tabbed ? table : undefined))
      if (!tabbed) table++
    }
    cells = []
    cellLines = []
    afterTab = false
  }
  lines.forEach((raw, i) => {
    if (TAB_LINE.test(raw)) {
      // A row whose first cell is empty starts with its tab line.
      if (blanks >= ROW_BREAK && (current !== undefined || cells.length > 0)) endRow()
      endCell()
      // Tabs side by side: the cells between them are empty.
      for (let k = (raw.match(/\t/g)?.length ?? 1) - 1; k > 0; k--) endCell()
      afterTab = true
      currentLine = i + 2
      blanks = 0
      return
    }
    const text = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
    if (text === '') {
      blanks++
      return
    }
    // Four blank lines end a row; a heading stands alone; a value is a cell's whole text,
    // so text after it without a tab starts the next row (a paragraph after a table).
    if (
      blanks >= ROW_BREAK ||
      isHeading(text) ||
      (current !== undefined && !afterTab && VALUE.test(current))
    ) {
      if (current !== undefined || cells.length > 0) endRow()
    }
    if (isHeading(text)) {
      rows.push(row([text], i + 1, [i + 1]))
      table++
      blanks = 0
      return
    }
    if (current === undefined) {
      current = text
      currentLine = i + 1
    } else current += blanks > 0 ? text : text
    afterTab = false
    blanks = 0
  })
  endRow()
  return { rows, aligned: false }
}

/** The tab-separated form: a line with a tab is a row, any other line a paragraph. */
function fromTabbed(lines: string[]): GridDoc {
  const rows: GridRow[] = []
  let table = 0
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return
    if (!raw.includes('\t')) {
      table++
      rows.push(row([raw.trim()], i + 1, [i + 1]))
      return
    }
    rows.push(
      row(
        raw.split('\t').map((c) => c.trim()),
        i + 1,
        [],
        table,
      ),
    )
  })
  return { rows, aligned: false }
}

/** The copied page's rows of cells, or undefined for text that has no cells (a PDF's text…). */
export function copiedGrid(text: string): GridDoc | undefined {
  const lines = text.split(/\r\n|\r|\n/)
  let tabLines = 0
  let tabbed = 0
  for (const l of lines) {
    if (!l.includes('\t')) continue
    if (TAB_LINE.test(l)) tabLines++
    else if (/\S\t|\t\S/.test(l)) tabbed++
  }
  if (tabLines >= 5 && tabLines >= tabbed) return fromInnerText(lines)
  if (tabbed >= 5) return fromTabbed(lines)
  return undefined
}
