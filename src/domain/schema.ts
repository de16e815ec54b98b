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
  APPEAL_MEASURE_KEYS,
  APPLICANT_KEYS,
  REQUEST_ROW_KEYS,
  SCHEMA_ID,
  SIGNED_MEASURES,
  AMOUNT_MEASURES,
} from './catalog'
import type { Report } from './report'
import { canonicalReport } from './schemaFast'

export { canonicalReport }

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
    for (const m of APPEAL_MEASURE_KEYS) if (block[m] !== undefined) ordered[m] = block[m]
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
