/**
 * Table 2 read cell by cell: each item's row under the header row of its part (第二十条第（一）项
 * prints three measures, the others one), values placed by the header's measure columns.
 */
import {
  ACTIVE_ITEMS,
  AMOUNT_MEASURES,
  SIGNED_MEASURES,
  type ActiveItemKey,
  type ActiveMeasureKey,
  type Edition,
} from '@/domain/catalog'
import { rowCellIndexes } from '@/domain/report'
import { matchActiveItem, matchActiveMeasure } from '../labels'
import { notFound, refusedReading, type TableReading, type TableValues } from '../reading'
import type { ImportNote, Provenance } from '../types'
import { itemLabel } from '../text/tableNotes'
import { isLabel, ownLabel, trimPadding, where, type Cell, type Row } from './rows'

/** A header row's measure of each column (a spanned header names every column it covers). */
function measureColumns(row: Row): Map<number, ActiveMeasureKey> {
  const out = new Map<number, ActiveMeasureKey>()
  row.cells.forEach((c, i) => {
    const m = c.value.kind === 'text' ? matchActiveMeasure(c.text) : undefined
    if (m) out.set(i, m)
  })
  return out
}

/** The value cells of an item's row for these measures, with their columns, or why not. */
function valueCells(
  row: Row,
  label: string,
  measures: readonly ActiveMeasureKey[],
  header: Map<number, ActiveMeasureKey> | undefined,
  aligned: boolean,
): { cell: Cell; col: number }[] | string {
  let last = -1
  row.cells.forEach((c, i) => {
    if (isLabel(c) && matchActiveItem(c.text)) last = i
  })
  const own = row.cells
    .map((cell, col) => ({ cell, col }))
    .filter(({ cell, col }) => col > last && !cell.copy)
  if (aligned && header && measures.every((m) => [...header.values()].includes(m))) {
    const out: { cell: Cell; col: number }[] = []
    for (const m of measures) {
      const under = own.filter(({ col }) => header.get(col) === m)
      if (under.length !== 1)
        return `表二「${label}」一行在「${m}」列下有 ${under.length} 个单元格，应为 1 个`
      out.push(under[0] as { cell: Cell; col: number })
    }
    const stray = own.find(({ cell, col }) => cell.text !== '' && !header.has(col))
    if (stray) return `表二「${label}」一行的「${stray.cell.text}」不在表头的任何一列之下`
    return out
  }
  const values = aligned ? own : trimPadding(own, measures.length)
  if (values.length !== measures.length)
    return `表二「${label}」一行应有 ${measures.length} 个数，读到 ${values.length} 个单元格（${values.map(({ cell }) => cell.text || '空').join(' ')}）`
  return values
}

export function readActive(rows: readonly Row[], edition: Edition, aligned: boolean): TableReading {
  const values: TableValues = {}
  const places = new Map<number, Provenance>()
  const notes: ImportNote[] = []
  let blankCells = 0
  let header: Map<number, ActiveMeasureKey> | undefined
  let tableAt: string | undefined
  const seen = new Set<ActiveItemKey>()
  for (const row of rows) {
    const label = ownLabel(row)
    const item = matchActiveItem(label)
    const spec = ACTIVE_ITEMS.find((i) => i.key === item)
    if (!item || !spec) {
      const measures = measureColumns(row)
      if (measures.size > 0) header = measures
      continue
    }
    const measures = spec.measures[edition]
    if (!measures) continue
    tableAt ??= where(row, 0).where
    if (seen.has(item)) return refusedReading(`表二有两行都读作「${spec.label}」`, tableAt)
    seen.add(item)
    const cells = valueCells(row, label, measures, header, aligned)
    if (typeof cells === 'string') return refusedReading(cells, tableAt)
    const read: Partial<Record<string, number>> = {}
    const indexes = rowCellIndexes('active', item)
    for (let i = 0; i < measures.length; i++) {
      const m = measures[i] as ActiveMeasureKey
      const { cell, col } = cells[i] as { cell: Cell; col: number }
      const path = `active.${item}.${m}`
      const v = cell.value
      if (v.kind === 'text')
        return refusedReading(`表二「${spec.label}」的「${cell.text}」不是数字`, tableAt)
      let value = 0
      if (v.kind === 'blank') blankCells++
      else {
        value = v.value
        if (AMOUNT_MEASURES.includes(m)) {
          if (v.unit === '元') {
            value = Number((value / 10000).toFixed(6))
            notes.push({
              level: 'info',
              code: 'unit-converted',
              message: `表二「${itemLabel(path)}」金额印作「${v.text}元」，表格单位为万元，换算为 ${value} 万元`,
              cells: [path],
            })
          } else if ((v.text.split('.')[1]?.length ?? 0) > 4) {
            notes.push({
              level: 'warning',
              code: 'amount-precision',
              message: `表二「${itemLabel(path)}」金额印作「${v.text}」，小数超过模板要求的 4 位，按原样保留`,
              cells: [path],
            })
          }
        } else if (!Number.isInteger(value) || v.unit) {
          return refusedReading(
            `表二「${spec.label}」的「${cell.text}」带小数点或单位，该项应为整数`,
            tableAt,
          )
        }
        if (value < 0 && !SIGNED_MEASURES.includes(m))
          return refusedReading(
            `表二「${spec.label}」的「${cell.text}」为负数，该项不应为负`,
            tableAt,
          )
      }
      read[m] = value
      const index = indexes?.get(m)
      if (index !== undefined) places.set(index, where(row, col))
    }
    values[item] = read
  }
  if (seen.size === 0) return notFound()
  return { found: true, values, blankCells, places, notes }
}
