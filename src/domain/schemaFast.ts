/** The canonical JSON's common case, checked by hand beside the zod schema (schema.ts). */
import {
  ACTIVE_ITEM_KEYS,
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_KEYS,
  AMOUNT_MEASURES,
  APPEAL_BLOCK_KEYS,
  APPLICANT_KEYS,
  REQUEST_ROW_KEYS,
  SCHEMA_ID,
  SIGNED_MEASURES,
} from './catalog'
import type { Report } from './report'

type Plain = Record<string, unknown>

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const TOP_KEYS = new Set([
  'schema',
  'agency',
  'region',
  'year',
  'edition',
  'requests',
  'appeals',
  'active',
  'text',
  'source',
  'unread',
])
const REQUEST_ROW_SET = new Set<string>(REQUEST_ROW_KEYS)
const APPEAL_BLOCK_SET = new Set<string>(APPEAL_BLOCK_KEYS)
const ACTIVE_ITEM_SET = new Set<string>(ACTIVE_ITEM_KEYS)
const TEXT_KEYS = new Set(['overview', 'problems', 'otherMatters'])
const SOURCE_FORMATS = new Set(['json', 'csv', 'xlsx', 'text', 'html', 'pdf', 'docx'])
const APPEAL_MEASURES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9
}

/** Some of these keys and no other, each a count: an ordered copy, or undefined. */
function countsOf<K extends string>(
  v: unknown,
  keys: readonly K[],
): Partial<Record<K, number>> | undefined {
  if (!isPlain(v)) return undefined
  const out: Partial<Record<K, number>> = {}
  let seen = 0
  for (const k of keys) {
    const n = v[k]
    if (n === undefined) continue
    if (!isCount(n)) return undefined
    out[k] = n
    seen++
  }
  return seen === Object.keys(v).length ? out : undefined
}

function isTrimmedText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max && v.trim() === v
}

/**
 * The common case checked by hand: a report whose every field is valid, returned in contract
 * order. zod's walk cost more than all the rest of a JSON or tidy-CSV import, so it runs only when
 * this says no, and then gives the message. This accepts nothing that reportSchema refuses and
 * gives the same report (tests/unit/schema-fast.test.ts).
 */
export function canonicalReport(v: unknown): Report | undefined {
  if (!isPlain(v)) return undefined
  for (const k in v) if (!TOP_KEYS.has(k)) return undefined
  const { agency, region, year, edition } = v
  if (v.schema !== undefined && v.schema !== SCHEMA_ID) return undefined
  if (!isTrimmedText(agency, 200) || agency === '') return undefined
  if (region !== undefined && !isTrimmedText(region, 200)) return undefined
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2008 || year > 2100)
    return undefined
  if (edition !== '2019' && edition !== '2021') return undefined
  const out: Report = { schema: SCHEMA_ID, agency } as Report
  if (region) out.region = region
  out.year = year
  out.edition = edition

  if (!isPlain(v.requests)) return undefined
  const requests = v.requests
  for (const k in requests) if (!REQUEST_ROW_SET.has(k)) return undefined
  out.requests = {}
  for (const k of REQUEST_ROW_KEYS) {
    if (requests[k] === undefined) continue
    const row = countsOf(requests[k], APPLICANT_KEYS)
    if (!row) return undefined
    out.requests[k] = row
  }

  out.appeals = {}
  if (v.appeals !== undefined) {
    if (!isPlain(v.appeals)) return undefined
    const appeals = v.appeals
    for (const k in appeals) if (!APPEAL_BLOCK_SET.has(k)) return undefined
    for (const k of APPEAL_BLOCK_KEYS) {
      if (appeals[k] === undefined) continue
      const block = countsOf(appeals[k], APPEAL_MEASURES)
      if (!block) return undefined
      out.appeals[k] = block
    }
  }

  if (v.active !== undefined) {
    if (!isPlain(v.active)) return undefined
    const active = v.active
    for (const k in active) if (!ACTIVE_ITEM_SET.has(k)) return undefined
    out.active = {}
    for (const item of ACTIVE_ITEMS) {
      const values = active[item.key]
      if (values === undefined) continue
      if (!isPlain(values)) return undefined
      const allowed = item.measures[edition] ?? []
      const ordered: Record<string, number> = {}
      let seen = 0
      for (const m of ACTIVE_MEASURE_KEYS) {
        const x = values[m]
        if (x === undefined) continue
        seen++
        if (typeof x !== 'number' || !Number.isFinite(x) || !allowed.includes(m)) return undefined
        if (!AMOUNT_MEASURES.includes(m) && !Number.isInteger(x)) return undefined
        if (x < 0 && !SIGNED_MEASURES.includes(m)) return undefined
        ordered[m] = x
      }
      if (seen !== Object.keys(values).length) return undefined
      out.active[item.key] = ordered
    }
  }

  if (v.text !== undefined) {
    if (!isPlain(v.text)) return undefined
    for (const k in v.text) {
      const t = v.text[k]
      if (!TEXT_KEYS.has(k) || typeof t !== 'string' || t.length > 1_000_000) return undefined
    }
    out.text = { ...v.text } as Report['text']
  }

  if (v.source !== undefined) {
    const src = v.source
    if (!isPlain(src) || Object.keys(src).length !== 2) return undefined
    if (typeof src.name !== 'string' || src.name.length > 1000) return undefined
    if (typeof src.format !== 'string' || !SOURCE_FORMATS.has(src.format)) return undefined
    out.source = { name: src.name, format: src.format as NonNullable<Report['source']>['format'] }
  }

  // Unread tables are rare: anything but the plain case goes to zod for its message.
  if (v.unread !== undefined) {
    if (!Array.isArray(v.unread) || v.unread.length > 3) return undefined
    const unread: NonNullable<Report['unread']> = []
    for (const u of v.unread as unknown[]) {
      if (!isPlain(u)) return undefined
      const { table, reason, where } = u
      const keys = Object.keys(u).length
      if (table !== 'requests' && table !== 'appeals' && table !== 'active') return undefined
      if (typeof reason !== 'string' || reason.length > 2000) return undefined
      if (where !== undefined && (typeof where !== 'string' || where.length > 200)) return undefined
      if (keys !== (where === undefined ? 2 : 3)) return undefined
      if (unread.some((x) => x.table === table)) return undefined
      const held = table === 'active' ? out.active : out[table]
      if (held && Object.keys(held).length > 0) return undefined
      unread.push(where === undefined ? { table, reason } : { table, reason, where })
    }
    if (unread.length > 0) out.unread = unread
  }
  return out
}
