/** Rows of cells made ready for the table readers: each cell folded and read once. */
import type { Provenance } from '../types'
import type { GridDoc, GridRow } from './types'
import { foldCell, readCellValue, type CellValue } from './values'

export interface Cell {
  /** Folded: full-width forms plain, whitespace gone. */
  text: string
  value: CellValue
  copy: boolean
}

export interface Row {
  cells: Cell[]
  /** The folded text of every cell, joined. */
  joined: string
  /** The row's index in the document. */
  index: number
  source: GridRow
}

export function prepareRows(doc: GridDoc): Row[] {
  return doc.rows.map((source, index) => {
    const cells = source.cells.map((c) => {
      const text = foldCell(c.text)
      return { text, value: readCellValue(text), copy: c.copy === true }
    })
    return { cells, joined: cells.map((c) => c.text).join(''), index, source }
  })
}

export const isValue = (c: Cell | undefined) => c !== undefined && c.value.kind !== 'text'
export const isNumber = (c: Cell | undefined) => c?.value.kind === 'number'
export const isLabel = (c: Cell | undefined) => c !== undefined && c.value.kind === 'text'

/** The row's label: its own (non-copied) text cells before `end`, joined. */
export function ownLabel(row: Row, end = row.cells.length): string {
  let out = ''
  for (let i = 0; i < Math.min(end, row.cells.length); i++) {
    const c = row.cells[i] as Cell
    if (!c.copy && c.value.kind === 'text') out += c.text
  }
  return out
}

/** Every cell's text at column `col` of these rows, top to bottom (a header's words). */
export function columnText(rows: readonly Row[], col: number): string {
  let out = ''
  for (const r of rows) out += r.cells[col]?.text ?? ''
  return out
}

/**
 * A copied row's value cells without the empty cells that pad it: a copy keeps an empty cell
 * where a label spanned two columns, and ends rows with a tab. Empty cells on one side only are
 * dropped down to `expected`; where both sides have some and only some of them must go, which
 * ones are blank values is not known and the row is returned as it was.
 */
export function trimPadding<T extends Cell | { cell: Cell }>(items: T[], expected: number): T[] {
  const empty = (t: T | undefined) =>
    t !== undefined && ('cell' in t ? t.cell.text : (t as Cell).text) === ''
  const excess = items.length - expected
  if (excess <= 0) return items
  let lead = 0
  while (lead < excess && empty(items[lead])) lead++
  let trail = 0
  while (trail < excess && empty(items[items.length - 1 - trail])) trail++
  if (lead + trail < excess) return items
  if (trail === 0) return items.slice(excess)
  if (lead === 0) return items.slice(0, expected)
  if (lead + trail === excess) return items.slice(lead, items.length - trail)
  return items
}

/** The rows before `row` that belong to its table: its header. */
export function headerOf(rows: readonly Row[], row: Row): Row[] {
  const at = rows.indexOf(row)
  const table = row.source.table
  return rows.slice(0, at).filter((r) => table !== undefined && r.source.table === table)
}

export function where(row: Row, col: number): Provenance {
  return row.source.where(col)
}
