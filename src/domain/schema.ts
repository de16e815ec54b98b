/**
 * The canonical JSON validated field by field at the boundary. Messages are Chinese and name the
 * field, so a person can fix the file.
 */
import { z } from 'zod'
import {
  ACTIVE_ITEM_KEYS,
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_KEYS,
  APPEAL_BLOCK_KEYS,
  APPLICANT_KEYS,
  REQUEST_ROW_KEYS,
  SCHEMA_ID,
  SIGNED_MEASURES,
  AMOUNT_MEASURES,
} from './catalog'
import type { Report } from './report'

// No code generation: the built page's Content-Security-Policy forbids eval, and validating
// without it is as fast here.
z.config({ jitless: true })

const count = z
  .number({ error: (iss) => `应为数字，实际为${describe(iss.input)}` })
  .int({ error: (iss) => `应为整数，实际为 ${String(iss.input)}` })
  .nonnegative({ error: (iss) => `不能为负数，实际为 ${String(iss.input)}` })
  .max(1e9, { error: (iss) => `数值过大（${String(iss.input)}）` })

function describe(v: unknown): string {
  if (v === undefined) return '缺失'
  if (v === null) return ' null'
  if (typeof v === 'string') return `文本「${v.slice(0, 20)}」`
  if (Array.isArray(v)) return '数组'
  if (typeof v === 'object') return '对象'
  return ` ${String(v)}`
}

// A cell may be absent (a report that gives only some figures); absent is never read as 0.
const optionalCount = count.optional()

const counts = <K extends string>(keys: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, optionalCount])) as Record<K, typeof optionalCount>,
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `有未知字段：${iss.keys.join('、')}`
          : `应为对象，实际为${describe(iss.input)}`,
    },
  )

const TABLE_NAMES = { requests: '表三', appeals: '表四', active: '表二' } as const

const unreadTable = z.strictObject(
  {
    table: z.enum(['requests', 'appeals', 'active'], {
      error: (iss) => `未读取的表应为 requests、appeals 或 active，实际为${describe(iss.input)}`,
    }),
    reason: z
      .string({ error: (iss) => `未读取的原因应为文本，实际为${describe(iss.input)}` })
      .max(2000),
    where: z.string().max(200).optional(),
  },
  { error: (iss) => `应为对象，实际为${describe(iss.input)}` },
)

const measureValue = z.number({ error: (iss) => `应为数字，实际为${describe(iss.input)}` }).finite()

export const reportSchema = z
  .object({
    schema: z.literal(SCHEMA_ID, { error: `应为 "${SCHEMA_ID}"` }).optional(),
    agency: z
      .string({ error: (iss) => `机构名称应为文本，实际为${describe(iss.input)}` })
      .trim()
      .min(1, '机构名称不能为空')
      .max(200, '机构名称过长'),
    region: z.string({ error: '地区应为文本' }).trim().max(200).optional(),
    year: z
      .number({ error: (iss) => `年度应为数字，实际为${describe(iss.input)}` })
      .int('年度应为整数')
      .min(2008, '年度应不早于 2008')
      .max(2100, '年度不合理'),
    edition: z.enum(['2019', '2021'], {
      error: (iss) => `版本应为 "2019" 或 "2021"，实际为${describe(iss.input)}`,
    }),
    requests: z.partialRecord(
      z.enum(REQUEST_ROW_KEYS, { error: (iss) => `未知的表三行「${String(iss.input)}」` }),
      counts(APPLICANT_KEYS),
      {
        error: (iss) =>
          iss.input === undefined
            ? '缺少表三（收到和处理政府信息公开申请情况）'
            : `表三应为对象，实际为${describe(iss.input)}`,
      },
    ),
    appeals: z
      .partialRecord(
        z.enum(APPEAL_BLOCK_KEYS, { error: (iss) => `未知的表四栏目「${String(iss.input)}」` }),
        counts(['upheld', 'corrected', 'other', 'pending', 'total'] as const),
        { error: (iss) => `表四应为对象，实际为${describe(iss.input)}` },
      )
      .optional(),
    active: z
      .partialRecord(
        z.enum(ACTIVE_ITEM_KEYS, { error: (iss) => `未知的表二项目「${String(iss.input)}」` }),
        z.partialRecord(
          z.enum(ACTIVE_MEASURE_KEYS, { error: (iss) => `未知的表二指标「${String(iss.input)}」` }),
          measureValue,
        ),
      )
      .optional(),
    text: z
      .partialRecord(z.enum(['overview', 'problems', 'otherMatters']), z.string().max(1_000_000))
      .optional(),
    source: z
      .object({
        name: z.string().max(1000),
        format: z.enum(['json', 'csv', 'xlsx', 'text', 'html', 'pdf', 'docx']),
      })
      .optional(),
    unread: z.array(unreadTable).max(3).optional(),
  })
  .superRefine((r, ctx) => {
    // An unread table is absent: a report cannot both hold a table and say it was not read.
    const seen = new Set<string>()
    r.unread?.forEach((u, i) => {
      const held = u.table === 'active' ? r.active : r[u.table]
      if (seen.has(u.table))
        ctx.addIssue({
          code: 'custom',
          path: ['unread', i],
          message: `${TABLE_NAMES[u.table]}重复列出`,
        })
      else if (held && Object.keys(held).length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['unread', i],
          message: `${TABLE_NAMES[u.table]}列为未读取，却又有数值`,
        })
      seen.add(u.table)
    })
    // Table 2: the measures of the report's edition, integers except amounts, negative only for 增/减.
    for (const item of ACTIVE_ITEMS) {
      const values = r.active?.[item.key]
      if (!values) continue
      const allowed = item.measures[r.edition] ?? []
      for (const [m, v] of Object.entries(values)) {
        const key = m as (typeof ACTIVE_MEASURE_KEYS)[number]
        const path = ['active', item.key, m]
        if (!allowed.includes(key)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `${r.edition} 版的「${item.label}」没有这个指标`,
          })
        } else if (v === undefined) continue
        else if (!AMOUNT_MEASURES.includes(key) && !Number.isInteger(v)) {
          ctx.addIssue({ code: 'custom', path, message: `应为整数，实际为 ${v}` })
        } else if (v < 0 && !SIGNED_MEASURES.includes(key)) {
          ctx.addIssue({ code: 'custom', path, message: `不能为负数，实际为 ${v}` })
        }
      }
    }
  })

/** Chinese, one line per problem: `requests.newReceived.natural：不能为负数，实际为 -1`. */
export function formatIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.slice(0, 20).map((iss) => {
    const path = iss.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '')
    const where = prefix + (path ? (prefix ? '.' : '') + path : '')
    const message =
      iss.code === 'unrecognized_keys'
        ? `有未知字段${iss.keys.map((k) => `「${k}」`).join('')}`
        : iss.message
    return where ? `${where}：${message}` : message
  })
}

export function parseReport(
  value: unknown,
): { ok: true; report: Report } | { ok: false; issues: string[] } {
  const fast = canonicalReport(value)
  return fast ? { ok: true, report: fast } : parseReportWithSchema(value)
}

/** The definitive check, with a Chinese message per problem. */
export function parseReportWithSchema(
  value: unknown,
): { ok: true; report: Report } | { ok: false; issues: string[] } {
  const r = reportSchema.safeParse(value)
  if (!r.success) return { ok: false, issues: formatIssues(r.error) }
  const d = r.data
  const report: Report = {
    schema: SCHEMA_ID,
    agency: d.agency,
    year: d.year,
    edition: d.edition,
    requests: d.requests,
    appeals: d.appeals ?? {},
  }
  if (d.region) report.region = d.region
  if (d.active) report.active = d.active
  if (d.text) report.text = d.text
  if (d.source) report.source = d.source
  if (d.unread && d.unread.length > 0) report.unread = d.unread
  // Keep contract order: region right after agency.
  return { ok: true, report: orderReport(report) }
}

/** Rebuilds a report with its keys in contract order, so exports read the same every time. */
export function orderReport(r: Report): Report {
  const out: Report = { schema: SCHEMA_ID, agency: r.agency } as Report
  if (r.region !== undefined) out.region = r.region
  out.year = r.year
  out.edition = r.edition
  out.requests = {}
  for (const k of REQUEST_ROW_KEYS) {
    const row = r.requests[k]
    if (!row) continue
    const ordered: Record<string, number> = {}
    for (const c of APPLICANT_KEYS) if (row[c] !== undefined) ordered[c] = row[c]
    out.requests[k] = ordered
  }
  out.appeals = {}
  for (const b of APPEAL_BLOCK_KEYS) {
    const block = r.appeals[b]
    if (!block) continue
    const ordered: Record<string, number> = {}
    for (const m of APPEAL_MEASURES) if (block[m] !== undefined) ordered[m] = block[m]
    out.appeals[b] = ordered
  }
  if (r.active) {
    out.active = {}
    for (const item of ACTIVE_ITEMS) {
      const v = r.active[item.key]
      if (!v) continue
      const ordered: Record<string, number> = {}
      for (const m of ACTIVE_MEASURE_KEYS) if (v[m] !== undefined) ordered[m] = v[m] as number
      out.active[item.key] = ordered
    }
  }
  if (r.text) out.text = r.text
  if (r.source) out.source = r.source
  if (r.unread && r.unread.length > 0) out.unread = r.unread.map((u) => ({ ...u }))
  return out
}

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
