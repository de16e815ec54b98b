/**
 * A table's rows with their merged cells expanded into a real grid: a cell spanning k columns
 * or r rows leaves a copy of its text in every slot it covers, so cell `c` of every row of a
 * table lies in column `c`.
 */
import type { GridCell } from './types'

export interface SpannedCell {
  text: string
  colspan: number
  rowspan: number
  /** The cell's place in its source row (1-based), kept by its copies. */
  source: number
}

export interface ExpandedCell extends GridCell {
  source: number
}

export class SpanGrid {
  /** Column → the cell still covering it from a row above, and for how many more rows. */
  private below = new Map<number, { cell: SpannedCell; rows: number }>()

  /** The row's cells laid into the grid, with the copies of cells spanning into it. */
  row(cells: readonly SpannedCell[]): ExpandedCell[] {
    const out: ExpandedCell[] = []
    let col = 0
    const fillCovered = () => {
      for (let held = this.below.get(col); held; held = this.below.get(col)) {
        out.push({ text: held.cell.text, copy: true, source: held.cell.source })
        if (--held.rows === 0) this.below.delete(col)
        col++
      }
    }
    for (const cell of cells) {
      fillCovered()
      for (let k = 0; k < cell.colspan; k++) {
        out.push(
          k === 0
            ? { text: cell.text, source: cell.source }
            : { text: cell.text, copy: true, source: cell.source },
        )
        if (cell.rowspan > 1) this.below.set(col, { cell, rows: cell.rowspan - 1 })
        col++
      }
    }
    // Cells spanning down past the end of this row's own cells.
    const last = Math.max(-1, ...this.below.keys())
    while (col <= last) {
      fillCovered()
      if (col <= last && !this.below.has(col)) {
        out.push({ text: '', copy: true, source: 0 })
        col++
      }
    }
    return out
  }
}

/** A `colspan`/`rowspan`/`w:gridSpan` value: a positive whole number, at most 1000. */
export function spanOf(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1
}
