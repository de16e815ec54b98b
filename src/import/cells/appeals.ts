/** Table 4 read cell by cell: one row of fifteen values under three blocks of five columns. */
import {
  APPEAL_BLOCK_KEYS,
  APPEAL_MEASURE_KEYS,
  type AppealBlockKey,
  type AppealMeasureKey,
} from '@/domain/catalog'
import { rowCellIndexes } from '@/domain/report'
import { matchAppealBlock, matchAppealMeasure } from '../labels'
import { refusedReading, type TableReading, type TableValues } from '../reading'
import type { Provenance } from '../types'
import {
  columnText,
  headerOf,
  isNumber,
  isValue,
  trimPadding,
  where,
  type Cell,
  type Row,
} from './rows'

const KEYS = APPEAL_BLOCK_KEYS.flatMap((b) => APPEAL_MEASURE_KEYS.map((m) => `${b}.${m}`))

/** The column of each block's measure, from the header rows; undefined unless all fifteen are found once. */
export function appealColumns(header: readonly Row[]): Map<string, number> | undefined {
  const width = Math.max(0, ...header.map((r) => r.cells.length))
  const columns = new Map<string, number>()
  for (let c = 0; c < width; c++) {
    const text = columnText(header, c)
    const block = matchAppealBlock(text)
    const measure = matchAppealMeasure(text)
    if (!block || !measure) continue
    const key = `${block}.${measure}`
    if (columns.has(key)) return undefined
    columns.set(key, c)
  }
  return columns.size === KEYS.length ? columns : undefined
}

export function readAppeals(rows: readonly Row[], aligned: boolean): TableReading {
  // The values are the first row of values only; a row of empty cells after it is a spacer
  // (Word exports end table 4 with one), any other row of numbers makes the table uncertain.
  const valueRows = rows.filter((r) => r.cells.length > 0 && r.cells.every(isValue))
  const withNumbers = valueRows.filter((r) => r.cells.some(isNumber))
  if (valueRows.length === 0)
    return refusedReading('表四没有读到数字', rows[0] && where(rows[0], 0).where)
  if (withNumbers.length > 1)
    return refusedReading(
      `表四有 ${withNumbers.length} 行数字（${withNumbers.map((r) => where(r, 0).where).join('、')}），应为 1 行`,
      where(withNumbers[0] as Row, 0).where,
    )
  const row = (withNumbers[0] ?? valueRows[0]) as Row
  const tableAt = where(row, 0).where
  const header = headerOf(rows, row)
  const columns = aligned ? appealColumns(header) : undefined
  let cells: { cell: Cell; col: number }[]
  if (columns) {
    cells = KEYS.map((k) => {
      const col = columns.get(k) as number
      return { cell: row.cells[col] as Cell, col }
    })
    if (cells.some((c) => c.cell === undefined))
      return refusedReading(`表四的数字行只有 ${row.cells.length} 个单元格，应为 15 个`, tableAt)
    const stray = row.cells.findIndex(
      (c, i) => !c.copy && c.text !== '' && !cells.some((v) => v.col === i),
    )
    if (stray >= 0)
      return refusedReading(`表四的「${row.cells[stray]?.text}」不在表头的任何一列之下`, tableAt)
  } else {
    const padded = trimPadding(row.cells, 15)
    if (padded.length !== 15)
      return refusedReading(
        `表四的数字行有 ${row.cells.length} 个单元格（${row.cells.map((c) => c.text || '空').join(' ')}），应为 15 个`,
        tableAt,
      )
    cells = padded.map((cell, col) => ({ cell, col }))
  }
  const values: TableValues = {}
  const places = new Map<number, Provenance>()
  let blankCells = 0
  for (let b = 0; b < APPEAL_BLOCK_KEYS.length; b++) {
    const block = APPEAL_BLOCK_KEYS[b] as AppealBlockKey
    const counts: Partial<Record<string, number>> = {}
    const indexes = rowCellIndexes('appeals', block)
    for (let m = 0; m < APPEAL_MEASURE_KEYS.length; m++) {
      const measure = APPEAL_MEASURE_KEYS[m] as AppealMeasureKey
      const { cell, col } = cells[b * 5 + m] as { cell: Cell; col: number }
      const v = cell.value
      if (v.kind === 'text') return refusedReading(`表四的「${cell.text}」不是数字`, tableAt)
      if (v.kind === 'blank') {
        counts[measure] = 0
        blankCells++
      } else {
        if (!Number.isInteger(v.value) || v.value < 0 || v.unit)
          return refusedReading(`表四有「${cell.text}」，件数应为非负整数`, tableAt)
        counts[measure] = v.value
      }
      const index = indexes?.get(measure)
      if (index !== undefined) places.set(index, where(row, col))
    }
    values[block] = counts
  }
  return { found: true, values, blankCells, places, notes: [] }
}
