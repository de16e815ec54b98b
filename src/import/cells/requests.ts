/** Table 3 read cell by cell: rows by their labels, the seven applicant columns by the header. */
import {
  APPLICANT_KEYS,
  REQUEST_ROW_KEYS,
  rowSpec,
  type ApplicantKey,
  type Edition,
  type RequestRowKey,
} from '@/domain/catalog'
import { rowCellIndexes, rowsOfEdition } from '@/domain/report'
import { matchApplicant, matchRequestRowLabel } from '../labels'
import { refusedReading, type TableReading, type TableValues } from '../reading'
import type { Provenance } from '../types'
import { missingRowNotes } from '../text/tableNotes'
import {
  columnText,
  headerOf,
  isLabel,
  isValue,
  ownLabel,
  where,
  type Cell,
  type Row,
  isNumber,
  trimPadding,
} from './rows'

/** The column of each applicant key, from the header rows; undefined unless all seven are found once. */
export function applicantColumns(header: readonly Row[]): Map<ApplicantKey, number> | undefined {
  const width = Math.max(0, ...header.map((r) => r.cells.length))
  const columns = new Map<ApplicantKey, number>()
  for (let c = 0; c < width; c++) {
    const key = matchApplicant(columnText(header, c))
    if (!key) continue
    if (columns.has(key)) return undefined
    columns.set(key, c)
  }
  return columns.size === APPLICANT_KEYS.length ? columns : undefined
}

/** A data row: its label and its seven value cells with their columns. */
interface DataRow {
  row: Row
  label: string
  cells: { cell: Cell; col: number }[]
}

/** Splits a row into its label and value cells, or says why it cannot. */
function splitRow(
  row: Row,
  columns: Map<ApplicantKey, number> | undefined,
): DataRow | { refused: string } | undefined {
  if (columns) {
    const first = Math.min(...columns.values())
    const label = ownLabel(row, first)
    const cells = APPLICANT_KEYS.map((k) => {
      const col = columns.get(k) as number
      return { cell: row.cells[col] as Cell | undefined, col }
    })
    const stray = row.cells.findIndex(
      (c, i) => i >= first && !c.copy && c.text !== '' && !cells.some((v) => v.col === i),
    )
    if (label === '') {
      if (cells.some((v) => v.cell?.value.kind === 'number'))
        return { refused: `${where(row, first).where}有数字但没有行标签` }
      return undefined
    }
    if (!matchRequestRowLabel(label)) return undefined
    if (cells.some((v) => v.cell === undefined))
      return { refused: `「${label}」一行只有 ${row.cells.length - first} 个单元格，应为 7 个` }
    if (stray >= 0)
      return { refused: `「${label}」一行在表头各列之外还有「${row.cells[stray]?.text}」` }
    return { row, label, cells: cells as { cell: Cell; col: number }[] }
  }
  // Spans lost: the row's cells after its last label cell are its values, in template order.
  let last = -1
  row.cells.forEach((c, i) => {
    if (isLabel(c)) last = i
  })
  if (last < 0) {
    if (row.cells.some((c) => c.value.kind === 'number'))
      return { refused: `${where(row, 0).where}有数字但没有行标签` }
    return undefined
  }
  const label = ownLabel(row, last + 1)
  if (!matchRequestRowLabel(label)) return undefined
  const values = trimPadding(row.cells.slice(last + 1), APPLICANT_KEYS.length)
  if (!values.some(isNumber) && values.length < APPLICANT_KEYS.length) return undefined
  if (values.length !== 7 || !values.every(isValue))
    return {
      refused: `「${label}」一行有 ${values.length} 个单元格（${values.map((c) => c.text || '空').join(' ')}），应为 7 个`,
    }
  return { row, label, cells: values.map((cell, i) => ({ cell, col: last + 1 + i })) }
}

export function readRequests(
  rows: readonly Row[],
  edition: Edition,
  aligned: boolean,
): TableReading {
  // A header row may name a row's words (`总计`) beside an empty cell: a data row holds a
  // number, or at least a row's worth of (blank) value cells.
  const firstData = rows.findIndex((r) => {
    const label = ownLabel(r)
    return (
      label !== '' &&
      matchRequestRowLabel(label) !== undefined &&
      (r.cells.some(isNumber) || r.cells.filter(isValue).length >= APPLICANT_KEYS.length)
    )
  })
  if (firstData < 0) return refusedReading('未找到表三的行标签', rows[0] && where(rows[0], 0).where)
  const tableAt = where(rows[firstData] as Row, 0).where
  // Each table's own header places its columns: a table continued in a second one (a page
  // break in a Word export) may lay them out differently, or repeat no header at all, and then
  // only the order of its cells is known.
  const byTable = new Map<number | undefined, Map<ApplicantKey, number> | undefined>()
  const columnsOf = (row: Row) => {
    const table = row.source.table
    if (!aligned || table === undefined) return undefined
    if (!byTable.has(table)) byTable.set(table, applicantColumns(headerOf(rows, row)))
    return byTable.get(table)
  }

  const found = new Map<RequestRowKey, DataRow>()
  for (const row of rows.slice(firstData)) {
    const split = splitRow(row, columnsOf(row))
    if (!split) continue
    if ('refused' in split) return refusedReading(`表三${split.refused}`, tableAt)
    const key = matchRequestRowLabel(split.label) as RequestRowKey
    if (found.has(key))
      return refusedReading(
        `表三有两行都读作「${rowSpec(key).label}」（「${found.get(key)?.label}」与「${split.label}」）`,
        tableAt,
      )
    found.set(key, split)
  }

  const split = [...found.keys()].some((k) => k.startsWith('other.'))
  if (split && found.has('other'))
    return refusedReading('表三既有「（六）其他处理」一行，又有其三个分项', tableAt)
  const keys = rowsOfEdition(edition, split)
  const extra = [...found.keys()].filter((k) => !keys.includes(k))
  if (extra.length > 0)
    return refusedReading(
      `表三有${edition}版模板没有的行：${extra.map((k) => `「${found.get(k)?.label}」`).join('')}`,
      tableAt,
    )
  const missing = keys.filter((k) => !found.has(k))
  const vital = missing.filter(
    (k) => k === 'total' || k === 'carriedForward' || k === 'newReceived',
  )
  if (vital.length > 0 || missing.length > 3)
    return refusedReading(
      `表三不完整：缺少${missing
        .slice(0, 6)
        .map((k) => `「${rowSpec(k).label}」`)
        .join('')}${missing.length > 6 ? '等' : ''}共 ${missing.length} 行`,
      tableAt,
    )

  const values: TableValues = {}
  const places = new Map<number, Provenance>()
  let blankCells = 0
  for (const key of REQUEST_ROW_KEYS) {
    const data = found.get(key)
    if (!data) continue
    const counts: Partial<Record<string, number>> = {}
    const indexes = rowCellIndexes('requests', key)
    for (let i = 0; i < APPLICANT_KEYS.length; i++) {
      const col = APPLICANT_KEYS[i] as ApplicantKey
      const { cell, col: at } = data.cells[i] as { cell: Cell; col: number }
      const v = cell.value
      if (v.kind === 'text')
        return refusedReading(`表三「${data.label}」一行的「${cell.text}」不是数字`, tableAt)
      if (v.kind === 'blank') {
        counts[col] = 0
        blankCells++
      } else {
        if (!Number.isInteger(v.value) || v.value < 0 || v.unit)
          return refusedReading(
            `表三「${data.label}」一行有「${cell.text}」，件数应为非负整数`,
            tableAt,
          )
        counts[col] = v.value
      }
      const index = indexes?.get(col)
      if (index !== undefined) places.set(index, where(data.row, at))
    }
    values[key] = counts
  }
  return {
    found: true,
    values,
    blankCells,
    places,
    notes: missingRowNotes(missing, edition),
  }
}
