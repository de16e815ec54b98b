/**
 * A cell path (`requests.granted.natural`) in the template's words — 表三·予以公开·自然人, or in
 * English Table 3 · Granted · Natural persons — wherever a person reads which cell is meant:
 * the cell's source in 报告详情, the cells of a finding, the exports, the import preview. The
 * path itself is an internal key and is never shown.
 */
import {
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_LABELS,
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  OUTCOME_GROUPS,
  REQUEST_ROWS,
  type ActiveItemKey,
  type ActiveMeasureKey,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
} from '@/domain/catalog'
import {
  ACTIVE_ITEM_EN,
  ACTIVE_MEASURE_EN,
  APPEAL_BLOCK_EN,
  APPEAL_MEASURE_EN,
  APPLICANT_EN,
  OUTCOME_GROUP_EN,
  ROW_EN,
  TABLE_SHORT_EN,
} from '@/domain/catalogEn'

const TABLE_ZH = { requests: '表三', appeals: '表四', active: '表二' } as const

/** A row of table 3 under its group heading where it has one (不予公开·属于国家秘密). */
function rowZh(key: string): string {
  const spec = REQUEST_ROWS.find((r) => r.key === key)
  if (!spec) return key
  const group = key.includes('.')
    ? OUTCOME_GROUPS.find((g) => g.key === spec.group)?.label
    : undefined
  return group && group !== spec.short ? `${group}·${spec.short}` : spec.short
}

function rowEn(key: string): string {
  const spec = REQUEST_ROWS.find((r) => r.key === key)
  if (!spec) return key
  const own = ROW_EN[spec.key]
  const group = spec.group
  const groupName =
    key.includes('.') && group in OUTCOME_GROUP_EN
      ? OUTCOME_GROUP_EN[group as keyof typeof OUTCOME_GROUP_EN]
      : undefined
  return groupName && groupName !== own ? `${groupName} · ${own}` : own
}

function has<K extends string>(record: Record<K, string>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(record, key)
}

export function cellLabel(path: string, locale = 'zh-CN'): string {
  const english = locale.startsWith('en')
  const [table, ...rest] = path.split('.')
  const column = rest.pop() ?? ''
  const row = rest.join('.')
  if (table === 'requests') {
    if (english) {
      const c = has(APPLICANT_EN, column) ? APPLICANT_EN[column as ApplicantKey] : column
      return `${TABLE_SHORT_EN.requests} · ${rowEn(row)} · ${c}`
    }
    const c = APPLICANT_COLUMNS.find((s) => s.key === column)?.short ?? column
    return `${TABLE_ZH.requests}·${rowZh(row)}·${c}`
  }
  if (table === 'appeals') {
    if (english) {
      const b = has(APPEAL_BLOCK_EN, row) ? APPEAL_BLOCK_EN[row as AppealBlockKey] : row
      const m = has(APPEAL_MEASURE_EN, column)
        ? APPEAL_MEASURE_EN[column as AppealMeasureKey]
        : column
      return `${TABLE_SHORT_EN.appeals} · ${b} · ${m}`
    }
    const b = APPEAL_BLOCKS.find((s) => s.key === row)?.short ?? row
    const m = APPEAL_MEASURES.find((s) => s.key === column)?.label ?? column
    return `${TABLE_ZH.appeals}·${b}·${m}`
  }
  if (table === 'active') {
    if (english) {
      const item = has(ACTIVE_ITEM_EN, row) ? ACTIVE_ITEM_EN[row as ActiveItemKey] : row
      const m = has(ACTIVE_MEASURE_EN, column)
        ? ACTIVE_MEASURE_EN[column as ActiveMeasureKey]
        : column
      return `${TABLE_SHORT_EN.active} · ${item} · ${m}`
    }
    const item = ACTIVE_ITEMS.find((s) => s.key === row)?.label ?? row
    const m = ACTIVE_MEASURE_LABELS[column as ActiveMeasureKey] ?? column
    return `${TABLE_ZH.active}·${item}·${m}`
  }
  return path
}

/** Several cells, joined as a reader lists them. */
export function cellLabels(paths: readonly string[], locale = 'zh-CN'): string {
  return paths.map((p) => cellLabel(p, locale)).join(locale.startsWith('en') ? '; ' : '；')
}
