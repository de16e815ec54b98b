/**
 * A wide sheet's header row read as people write it: which column is the agency, the year, the
 * region, and which cell each other column fills. A person's corrections (a plain map, kept by the
 * page) come in as an option and apply to every sheet with the same headers.
 */
import { CELL_PATHS, type CellPath } from '@/domain/report'
import { canonicalCell, cellWords, compact, matchHeader } from './labels'
import type {
  HeaderMap,
  HeaderMaps,
  HeaderTarget,
  KeyRole,
  SheetColumn,
  SheetLayout,
} from './types'

/** Words of the key columns' headers, compared whole (「科研机构」 is no agency column). */
const KEY_WORDS: Record<KeyRole, readonly string[]> = {
  agency: [
    'agency',
    '机构',
    '单位',
    '部门',
    '机关',
    '报告机关',
    '填报单位',
    '报送单位',
    '行政机关',
    '责任单位',
  ],
  region: [
    'region',
    '地区',
    '区县',
    '县区',
    '区域',
    '所属地区',
    '所属区县',
    '行政区划',
    '区划',
    '区/县',
    '县(市、区)',
    '县(市区)',
  ],
  year: ['year', '年度', '年份', '报告年度', '年', '统计年度'],
  edition: ['edition', '版本', '模板版本', '模板'],
}
export const KEY_ROLES = Object.keys(KEY_WORDS) as KeyRole[]

/** The key a header names: 「单位」, 「机构名称」, 「年度」, 「区县」… */
export function keyRole(header: string): KeyRole | undefined {
  const h = compact(header).toLowerCase()
  const stem = h.replace(/名称$/, '')
  return KEY_ROLES.find((k) => KEY_WORDS[k].includes(h) || KEY_WORDS[k].includes(stem))
}

/** The identity of a header row: its non-empty headers, compacted, in order. */
export function headerSignature(header: readonly string[]): string {
  return JSON.stringify(header.map(compact).filter(Boolean))
}

function isTarget(v: unknown): v is HeaderTarget {
  return (
    typeof v === 'string' &&
    (v === 'ignore' || KEY_ROLES.includes(v as KeyRole) || canonicalCell(v) !== undefined)
  )
}

/**
 * Corrections read back from storage or a message are not trusted: anything but a known target
 * is dropped, so a damaged record cannot make a column fill a cell that does not exist.
 */
export function sanitizeHeaderMaps(value: unknown): HeaderMaps {
  const out: Record<string, HeaderMap> = {}
  if (typeof value !== 'object' || value === null) return out
  for (const [signature, map] of Object.entries(value as Record<string, unknown>)) {
    if (typeof map !== 'object' || map === null) continue
    const kept: Record<string, HeaderTarget> = {}
    for (const [header, target] of Object.entries(map as Record<string, unknown>))
      if (isTarget(target)) kept[header] = target
    if (Object.keys(kept).length > 0) out[signature] = kept
  }
  return out
}

/** What a header names that no cell holds: a sum of several cells. */
export interface SumColumn {
  label: string
  parts: CellPath[]
}

export interface SheetColumns {
  layout: SheetLayout
  /** 0-based index of each key column; -1 where the sheet has none. */
  keys: Record<KeyRole, number>
  /** 0-based index → the cell the column fills. */
  cells: Map<number, CellPath>
  /** 0-based index → the sum a column gives (read only to check its parts). */
  sums: Map<number, SumColumn>
}

function describeSum(sum: SumColumn): string {
  const named = sum.parts.slice(0, 2).map((p) => `「${cellWords(p)}」`)
  const parts =
    sum.parts.length > 2 ? `${named.join('、')}等 ${sum.parts.length} 格` : named.join('与')
  return `「${sum.label}」是${parts}之和，报告中没有这一格：不拆分，不导入（各格都有数时用来核对）`
}

/** Reads a header row, with the corrections made for headers like it. */
export function readSheetHeader(
  header: readonly string[],
  maps: HeaderMaps | undefined,
  place: { sheet?: string; headerRow: number },
): SheetColumns {
  const signature = headerSignature(header)
  const corrections = maps?.[signature] ?? {}
  const columns: (SheetColumn & { index: number; sum?: SumColumn })[] = []
  header.forEach((text, index) => {
    if (compact(text) === '') return
    const role = keyRole(text)
    const match = role ? undefined : matchHeader(text)
    const matched: HeaderTarget | undefined =
      role ?? (match?.kind === 'cell' ? match.path : undefined)
    const own = corrections[compact(text)]
    const corrected = own !== undefined && isTarget(own) && own !== matched
    const column: SheetColumn & { index: number; sum?: SumColumn } = {
      header: text.trim(),
      column: index + 1,
      index,
      corrected,
    }
    const target = corrected ? own : matched
    if (target !== undefined) column.target = target
    if (matched !== undefined) column.matched = matched
    if (match?.kind === 'sum') {
      column.sum = { label: match.label, parts: match.parts }
      if (!corrected) {
        column.note = describeSum(column.sum)
        column.unread = 'sum'
      }
    } else if (match?.kind === 'none' && !corrected) {
      if (match.reason) column.note = match.reason
      column.unread = 'unknown'
    }
    columns.push(column)
  })

  // Two columns filling one cell or key: a person's correction claims it first, then the first
  // column from the left; the other is not read, and the preview says so.
  const claimed = new Map<HeaderTarget, SheetColumn>()
  const claimOrder = [...columns.filter((c) => c.corrected), ...columns.filter((c) => !c.corrected)]
  for (const c of claimOrder) {
    if (c.target === undefined || c.target === 'ignore') continue
    const first = claimed.get(c.target)
    if (first) {
      delete c.target
      c.note = `与第 ${first.column} 列「${first.header}」重复，未读取`
      c.unread = 'duplicate'
    } else claimed.set(c.target, c)
  }

  const keys = { agency: -1, region: -1, year: -1, edition: -1 }
  const cells = new Map<number, CellPath>()
  const sums = new Map<number, SumColumn>()
  for (const c of columns) {
    if (c.target === undefined) {
      if (c.sum) sums.set(c.index, c.sum)
    } else if (c.target !== 'ignore') {
      if (KEY_ROLES.includes(c.target as KeyRole)) keys[c.target as KeyRole] = c.index
      else cells.set(c.index, c.target)
    }
  }
  const layout: SheetLayout = {
    signature,
    headerRow: place.headerRow,
    columns: columns.map(({ index: _index, sum: _sum, ...c }) => c),
  }
  if (place.sheet !== undefined) layout.sheet = place.sheet
  return { layout, keys, cells, sums }
}

export interface CellChoice {
  path: CellPath
  /** 表三·予以公开·总计 */
  words: string
}

let choices: { table: 'requests' | 'appeals' | 'active'; cells: CellChoice[] }[] | undefined

/** Every cell a column can fill, by table (表三, 表四, 表二), for a person correcting a header. */
export function cellChoices(): { table: 'requests' | 'appeals' | 'active'; cells: CellChoice[] }[] {
  choices ??= (['requests', 'appeals', 'active'] as const).map((table) => ({
    table,
    cells: CELL_PATHS.filter((p) => p.startsWith(`${table}.`)).map((path) => ({
      path,
      words: cellWords(path),
    })),
  }))
  return choices
}
