import {
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_KEYS,
  APPEAL_BLOCK_KEYS,
  APPEAL_MEASURE_KEYS,
  APPLICANT_KEYS,
  REQUEST_ROWS,
  SCHEMA_ID,
  type ActiveItemKey,
  type ActiveMeasureKey,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
  type Edition,
  type RequestRowKey,
  type TextSectionKey,
} from './catalog'

/**
 * A row of table 3 as the report gives it. A cell the report does not give (a summary sheet that
 * keeps only some figures) is absent, never 0: every reader must say what it does without it.
 */
export type ApplicantCounts = Partial<Record<ApplicantKey, number>>
/** A table-3 row with every cell, as the template prints it. */
export type FullApplicantCounts = Record<ApplicantKey, number>
/** A block of table 4 as the report gives it; absent cells as in `ApplicantCounts`. */
export type AppealCounts = Partial<Record<AppealMeasureKey, number>>
export type FullAppealCounts = Record<AppealMeasureKey, number>
export type ActiveValues = Partial<Record<ActiveMeasureKey, number>>

export type TableKey = 'requests' | 'appeals' | 'active'
export const TABLE_KEYS: readonly TableKey[] = ['requests', 'appeals', 'active']

/** A table the report prints that could not be read exactly: absent from the report, never 0. */
export interface UnreadTable {
  table: TableKey
  /** Why, in Chinese, with the numbers met. */
  reason: string
  /** Where in the source the table stands (第3页, 第2个表格…), when known. */
  where?: string
}

export type SourceFormat = 'json' | 'csv' | 'xlsx' | 'text' | 'html' | 'pdf' | 'docx'

/** One annual report in the canonical form of the contract (gov-disclosure-report/1). */
export interface Report {
  schema: typeof SCHEMA_ID
  agency: string
  region?: string
  year: number
  edition: Edition
  requests: Partial<Record<RequestRowKey, ApplicantCounts>>
  appeals: Partial<Record<AppealBlockKey, AppealCounts>>
  active?: Partial<Record<ActiveItemKey, ActiveValues>>
  text?: Partial<Record<TextSectionKey, string>>
  source?: { name: string; format: SourceFormat }
  /** Tables the report prints but that were not read exactly (left out of `requests`…). */
  unread?: UnreadTable[]
}

/** The tidy CSV's columns, in the contract's order: one value per line. */
export const TIDY_COLUMNS: readonly string[] = [
  'agency',
  'region',
  'year',
  'edition',
  'table',
  'row',
  'column',
  'value',
]

/** `requests.newReceived.natural`, `appeals.review.total`, `active.fees.amount`. */
export type CellPath = string

export function cellPath(table: 'requests' | 'appeals' | 'active', row: string, column: string) {
  return `${table}.${row}.${column}`
}

/** Rows a report of this edition prints, in template order. */
export function rowsOfEdition(edition: Edition, splitOther: boolean): RequestRowKey[] {
  return REQUEST_ROWS.filter((r) => {
    if (r.key === 'other') return !splitOther
    if (r.key.startsWith('other.')) return splitOther && edition === '2021'
    return r.editions.includes(edition)
  }).map((r) => r.key)
}

/** Whether the report prints the 2021 edition's three （六） sub-rows. */
export function hasSplitOther(report: Pick<Report, 'requests'>): boolean {
  return report.requests['other.noCorrection'] !== undefined
}

/** Every cell a report holds, in contract order: the tidy CSV and the provenance use these. */
export function* reportCells(report: Report): Generator<{
  table: 'requests' | 'appeals' | 'active'
  row: string
  column: string
  value: number
}> {
  for (const spec of REQUEST_ROWS) {
    const row = report.requests[spec.key]
    if (!row) continue
    for (const col of APPLICANT_KEYS) {
      const value = row[col]
      if (value !== undefined) yield { table: 'requests', row: spec.key, column: col, value }
    }
  }
  for (const block of APPEAL_BLOCK_KEYS) {
    const counts = report.appeals[block]
    if (!counts) continue
    for (const m of APPEAL_MEASURE_KEYS) {
      const value = counts[m]
      if (value !== undefined) yield { table: 'appeals', row: block, column: m, value }
    }
  }
  if (report.active) {
    for (const item of ACTIVE_ITEMS) {
      const values = report.active[item.key]
      if (!values) continue
      for (const [m, v] of Object.entries(values)) {
        if (v !== undefined) yield { table: 'active', row: item.key, column: m, value: v }
      }
    }
  }
}

/** The values of `keys` in `row`, in order, or undefined when any of them is not given. */
export function valuesOf<K extends string>(
  row: Partial<Record<K, number>> | undefined,
  keys: readonly K[],
): number[] | undefined {
  if (!row) return undefined
  const out: number[] = []
  for (const k of keys) {
    const v = row[k]
    if (v === undefined) return undefined
    out.push(v)
  }
  return out
}

export function emptyApplicantCounts(): FullApplicantCounts {
  return { natural: 0, commercial: 0, research: 0, social: 0, legal: 0, other: 0, total: 0 }
}

export function emptyAppealCounts(): FullAppealCounts {
  return { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }
}

/**
 * Every cell either edition can hold, in contract order. A cell's place in this list indexes the
 * compact per-cell arrays (the line each value of a tidy CSV was read from).
 */
export const CELL_PATHS: readonly CellPath[] = [
  ...REQUEST_ROWS.flatMap((spec) => APPLICANT_KEYS.map((c) => cellPath('requests', spec.key, c))),
  ...APPEAL_BLOCK_KEYS.flatMap((b) => APPEAL_MEASURE_KEYS.map((m) => cellPath('appeals', b, m))),
  ...ACTIVE_ITEMS.flatMap((item) =>
    ACTIVE_MEASURE_KEYS.filter((m) =>
      Object.values(item.measures).some((measures) => measures?.includes(m)),
    ).map((m) => cellPath('active', item.key, m)),
  ),
]

export const CELL_INDEX: ReadonlyMap<CellPath, number> = new Map(CELL_PATHS.map((p, i) => [p, i]))

const CELL_TREE = new Map<string, Map<string, Map<string, number>>>()
CELL_PATHS.forEach((path, i) => {
  const [table, ...rest] = path.split('.') as [string, ...string[]]
  const column = rest.pop() as string
  const row = rest.join('.')
  let rows = CELL_TREE.get(table)
  if (!rows) CELL_TREE.set(table, (rows = new Map()))
  let columns = rows.get(row)
  if (!columns) rows.set(row, (columns = new Map()))
  columns.set(column, i)
})

/** The index in CELL_PATHS of each column of a row, found without building paths. */
export function rowCellIndexes(
  table: string,
  row: string,
): ReadonlyMap<string, number> | undefined {
  return CELL_TREE.get(table)?.get(row)
}

/** The identity of a report before alias resolution. */
export function reportKey(report: Pick<Report, 'agency' | 'year'>): string {
  return `${report.agency}\u0000${report.year}`
}
