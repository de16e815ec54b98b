/**
 * A document as rows of cells, whatever it came from: a saved page's `<table>`s, a Word
 * document's `w:tbl`s, text copied from a page, or a PDF's text placed by its position.
 */
import type { Provenance } from '../types'

export interface GridCell {
  text: string
  /** A copy of a merged cell's text (rowspan/colspan, `w:vMerge`/`w:gridSpan`) in a slot it covers. */
  copy?: boolean
}

export interface GridRow {
  cells: GridCell[]
  /** The table the row belongs to (a number of its own per table); none for a paragraph. */
  table?: number
  /** Where cell `col` (an index into `cells`) is in the source, for a person to find it. */
  where: (col: number) => Provenance
}

export interface GridDoc {
  /** Every row of the document in reading order; a paragraph is a row of one cell. */
  rows: GridRow[]
  /**
   * Whether cell `k` of every row of a table lies in the same column: spans were expanded into
   * copies, or cells were placed by their position. Text copied from a page keeps no spans, so
   * there only the order of a row's cells is known.
   */
  aligned: boolean
}
