/**
 * A grid's rows as the text the text reader reads, so a document that only has cells (a Word
 * file) is read both ways: a table row is one tab-separated line with its blank value cells
 * marked as a saved page's are, a paragraph one line. Each offset maps back to its cell.
 */
import { markBlanks } from '../html'
import type { Provenance } from '../types'
import type { GridDoc } from './types'
import { lineAt } from '../text/locate'

export function rowsText(doc: GridDoc): { text: string; locate: (offset: number) => Provenance } {
  const lines: string[] = []
  const owners: { row: number; starts?: number[]; cols?: number[] }[] = []
  const withValues = new Set<number>()
  doc.rows.forEach((row, i) => {
    if (row.table === undefined) {
      lines.push(row.cells.map((c) => c.text).join(' '))
      owners.push({ row: i })
      return
    }
    // A merged cell is one cell of the row it starts in, as a saved page has it.
    const cols: number[] = []
    const own: string[] = []
    row.cells.forEach((c, k) => {
      if (c.copy) return
      cols.push(k)
      own.push(c.text.replace(/[\t\r\n]+/g, ' ').trim())
    })
    const cells = markBlanks(own, withValues.has(row.table))
    if (!cells) return
    if (cells.some((c) => /^[-－]?[0-9０-９]/.test(c) || c === '∅')) withValues.add(row.table)
    const starts: number[] = []
    let at = 0
    for (const c of cells) {
      starts.push(at)
      at += c.length + 1
    }
    lines.push(cells.join('\t'))
    owners.push({ row: i, starts, cols })
  })
  const lineStarts: number[] = []
  let off = 0
  for (const l of lines) {
    lineStarts.push(off)
    off += l.length + 1
  }
  const locate = (offset: number): Provenance => {
    const lo = lineAt(lineStarts, offset)
    const owner = owners[lo]
    const row = owner ? doc.rows[owner.row] : undefined
    if (!owner || !row) return { where: `第${lo + 1}行`, line: lo + 1 }
    const within = offset - (lineStarts[lo] as number)
    let col = 0
    owner.starts?.forEach((s, k) => {
      if (s <= within) col = k
    })
    return row.where(owner.cols?.[col] ?? col)
  }
  return { text: lines.join('\n'), locate }
}
