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

const counts = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `有未知字段：${iss.keys.join('、')}`
        : `应为对象，实际为${describe(iss.input)}`,
  })

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
        format: z.enum(['json', 'csv', 'xlsx', 'text', 'html', 'pdf']),
      })
      .optional(),
  })
  .superRefine((r, ctx) => {
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
    if (row)
      out.requests[k] = Object.fromEntries(APPLICANT_KEYS.map((c) => [c, row[c]])) as typeof row
  }
  out.appeals = {}
  for (const b of APPEAL_BLOCK_KEYS) {
    const block = r.appeals[b]
    if (block)
      out.appeals[b] = {
        upheld: block.upheld,
        corrected: block.corrected,
        other: block.other,
        pending: block.pending,
        total: block.total,
      }
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
])
const REQUEST_ROW_SET = new Set<string>(REQUEST_ROW_KEYS)
const APPEAL_BLOCK_SET = new Set<string>(APPEAL_BLOCK_KEYS)
const ACTIVE_ITEM_SET = new Set<string>(ACTIVE_ITEM_KEYS)
const TEXT_KEYS = new Set(['overview', 'problems', 'otherMatters'])
const SOURCE_FORMATS = new Set(['json', 'csv', 'xlsx', 'text', 'html', 'pdf'])
const APPEAL_MEASURES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9
}

/** Exactly these keys, each a count: an ordered copy, or undefined. */
function countsOf<K extends string>(v: unknown, keys: readonly K[]): Record<K, number> | undefined {
  if (!isPlain(v) || Object.keys(v).length !== keys.length) return undefined
  const out = {} as Record<K, number>
  for (const k of keys) {
    const n = v[k]
    if (!isCount(n)) return undefined
    out[k] = n
  }
  return out
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
  return out
}
