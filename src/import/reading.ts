/**
 * One table as one reader read it, and how two readings of the same table combine. Where a file
 * has cells (a saved page, a Word document, a PDF, text copied from a page), the grid reader and
 * the text reader both read it: a table is kept when they agree or only one of them could read
 * it, and refused, with both readings in the reason, when they disagree.
 */
import {
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_LABELS,
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  REQUEST_ROWS,
  type ActiveMeasureKey,
} from '@/domain/catalog'
import type { TableKey } from '@/domain/report'
import type { ImportNote, Provenance } from './types'

/** A table's rows as read: row key → column key → value. */
export type TableValues = Record<string, Partial<Record<string, number>>>

export interface TableReading {
  /** The table is printed in the file (its heading or rows were found). */
  found: boolean
  values?: TableValues
  /** Why the table was not read, in Chinese. */
  refused?: string
  /** Where the table stands, for the refusal. */
  where?: string
  blankCells: number
  /** Where each value was read, by the cell's index in CELL_PATHS. */
  places: Map<number, Provenance>
  /** What a person should know about this reading (rows missing, labels matched loosely…). */
  notes: ImportNote[]
}

export const TABLE_NAME: Record<TableKey, string> = {
  active: '表二',
  requests: '表三',
  appeals: '表四',
}

export function notFound(): TableReading {
  return { found: false, blankCells: 0, places: new Map(), notes: [] }
}

export function refusedReading(reason: string, where?: string): TableReading {
  return { found: true, refused: reason, where, blankCells: 0, places: new Map(), notes: [] }
}

/** `本年新收·自然人`, `行政复议·结果纠正`, `规章·本年制发件数`. */
export function cellName(table: TableKey, row: string, column: string): string {
  if (table === 'requests') {
    const r = REQUEST_ROWS.find((s) => s.key === row)?.short ?? row
    const c = APPLICANT_COLUMNS.find((s) => s.key === column)?.short ?? column
    return `${r}·${c}`
  }
  if (table === 'appeals') {
    const b = APPEAL_BLOCKS.find((s) => s.key === row)?.short ?? row
    const m = APPEAL_MEASURES.find((s) => s.key === column)?.label ?? column
    return `${b}·${m}`
  }
  const item = ACTIVE_ITEMS.find((s) => s.key === row)?.label ?? row
  const m = ACTIVE_MEASURE_LABELS[column as ActiveMeasureKey] ?? column
  return `${item}·${m}`
}

/** The cells whose values differ, as `[name, grid value, text value]` (`未读出` where one lacks it). */
function differences(table: TableKey, a: TableValues, b: TableValues): string[][] {
  const out: string[][] = []
  const rows = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const row of rows) {
    const ra = a[row] ?? {}
    const rb = b[row] ?? {}
    for (const col of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      const va = ra[col]
      const vb = rb[col]
      if (va !== vb)
        out.push([cellName(table, row, col), String(va ?? '未读出'), String(vb ?? '未读出')])
    }
  }
  return out
}

const SHOWN = 6

/**
 * The table kept from a grid reading and a text reading of the same file. Agreeing readings keep
 * the grid's (its provenance names the cell); disagreeing ones refuse the table, since at least
 * one of them is wrong and nothing says which.
 */
export function combineReadings(
  table: TableKey,
  grid: TableReading,
  text: TableReading,
): TableReading {
  const name = TABLE_NAME[table]
  if (grid.values && text.values) {
    const diff = differences(table, grid.values, text.values)
    if (diff.length === 0) return grid
    const shown = diff
      .slice(0, SHOWN)
      .map(([cell, g, t]) => `${cell} 按单元格读作 ${g}、按文本读作 ${t}`)
      .join('；')
    return refusedReading(
      `${name}按单元格读取与按文本读取不一致（${diff.length} 处）：${shown}${diff.length > SHOWN ? '等' : ''}，无法确定哪一种正确`,
      grid.where ?? text.where,
    )
  }
  if (grid.values) {
    if (!text.refused) return grid
    return withNote(grid, `${name}按单元格读取；按文本读取未能读出（${text.refused}）`)
  }
  if (text.values) {
    if (!grid.refused) return text
    return withNote(text, `${name}按文本读取；按单元格读取未能读出（${grid.refused}）`)
  }
  if (grid.refused && text.refused && grid.refused !== text.refused)
    return refusedReading(
      `按单元格读取：${grid.refused}；按文本读取：${text.refused}`,
      grid.where ?? text.where,
    )
  if (grid.refused) return grid
  return text
}

function withNote(reading: TableReading, message: string): TableReading {
  return {
    ...reading,
    notes: [...reading.notes, { level: 'info', code: 'one-reading', message }],
  }
}
