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
import { CELL_INDEX, type TableKey } from '@/domain/report'
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

/** The cells both readings give with different values, as `[name, grid value, text value]`. */
function conflicts(table: TableKey, a: TableValues, b: TableValues): string[][] {
  const out: string[][] = []
  for (const [row, ra] of Object.entries(a)) {
    const rb = b[row]
    if (!rb) continue
    for (const [col, va] of Object.entries(ra)) {
      const vb = rb[col]
      if (va !== undefined && vb !== undefined && va !== vb)
        out.push([cellName(table, row, col), String(va), String(vb)])
    }
  }
  return out
}

/** The cells of `b` that `a` lacks (a row one reader did not find), by row. */
function extra(a: TableValues, b: TableValues): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [row, rb] of Object.entries(b)) {
    const cols = Object.keys(rb).filter((c) => rb[c] !== undefined && a[row]?.[c] === undefined)
    if (cols.length > 0) out.set(row, cols)
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
    const diff = conflicts(table, grid.values, text.values)
    if (diff.length > 0) {
      const shown = diff
        .slice(0, SHOWN)
        .map(([cell, g, t]) => `${cell} 按单元格读作 ${g}、按文本读作 ${t}`)
        .join('；')
      return refusedReading(
        `${name}按单元格读取与按文本读取不一致（${diff.length} 处）：${shown}${diff.length > SHOWN ? '等' : ''}，无法确定哪一种正确`,
        grid.where ?? text.where,
      )
    }
    return union(table, grid, text)
  }
  if (grid.values) {
    if (!text.refused) return grid
    return withNote(grid, `${name}按单元格读取；按文本读取未能读出（${text.refused}）`)
  }
  if (text.values) {
    if (!grid.refused) return text
    // The text reader placed cells that printed nothing by the identities alone; the cells
    // themselves, which say where each number stands, did not bear that out (a table cut at the
    // page's edge reads the same way). Refused rather than guessed.
    if (text.notes.some((n) => n.code === 'cells-unprinted'))
      return refusedReading(
        `按单元格读取：${grid.refused}；按文本读取时有单元格未印数字，其位置无法由单元格证实`,
        grid.where ?? text.where,
      )
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

/**
 * Two agreeing readings where one found rows (or cells) the other did not: every value both give
 * is the same, so the kept table has the grid's values and provenance, and the text reader's
 * for what only it found; the rows only one reader found are named.
 */
function union(table: TableKey, grid: TableReading, text: TableReading): TableReading {
  const fromText = extra(grid.values as TableValues, text.values as TableValues)
  const fromGrid = extra(text.values as TableValues, grid.values as TableValues)
  if (fromText.size === 0 && fromGrid.size === 0) return grid
  const values: TableValues = {}
  for (const [row, cells] of Object.entries(grid.values as TableValues)) values[row] = { ...cells }
  const places = new Map(grid.places)
  for (const [row, cols] of fromText) {
    const target = (values[row] ??= {})
    for (const col of cols) {
      target[col] = text.values?.[row]?.[col]
      const index = CELL_INDEX.get(`${table}.${row}.${col}`)
      const place = index === undefined ? undefined : text.places.get(index)
      if (index !== undefined && place) places.set(index, place)
    }
  }
  // The text reader's notes speak of its reading: kept only for the rows taken from it, and a
  // row one reader missed is not missing from the table kept. A note names `table.row` or
  // `table.row.column`.
  const rowOf = (path: string) => {
    const rest = path.slice(path.indexOf('.') + 1)
    return fromText.has(rest) ? rest : rest.slice(0, rest.lastIndexOf('.'))
  }
  const onlyText = (n: ImportNote) =>
    (n.cells ?? []).length > 0 && (n.cells ?? []).every((path) => fromText.has(rowOf(path)))
  const notes = [
    ...grid.notes.filter(
      (n) => n.code !== 'row-missing' || !(n.cells ?? []).some((p) => fromText.has(rowOf(p))),
    ),
    ...text.notes.filter((n) => n.code !== 'row-missing' && onlyText(n)),
  ]
  const rowNames = (rows: Map<string, string[]>) =>
    [...rows.keys()].map((row) => `「${cellName(table, row, '').replace(/·$/, '')}」`).join('')
  const parts: string[] = []
  if (fromGrid.size > 0) parts.push(`${rowNames(fromGrid)}只有按单元格读取读出`)
  if (fromText.size > 0) parts.push(`${rowNames(fromText)}只有按文本读取读出`)
  notes.push({
    level: 'info',
    code: 'one-reading',
    message: `${TABLE_NAME[table]}两种读法读出的数都一致；${parts.join('，')}`,
    cells: [...fromGrid.keys(), ...fromText.keys()].map((row) => `${table}.${row}`),
  })
  // Rows in the template's order, as either reader gives them.
  const order = (row: string) =>
    CELL_INDEX.get(`${table}.${row}.${Object.keys(values[row] ?? {})[0] ?? ''}`) ?? 0
  const ordered = Object.fromEntries(
    Object.entries(values).sort(([a], [b]) => order(a) - order(b)),
  ) as TableValues
  return { ...grid, values: ordered, places, notes }
}

function withNote(reading: TableReading, message: string): TableReading {
  return {
    ...reading,
    notes: [...reading.notes, { level: 'info', code: 'one-reading', message }],
  }
}
