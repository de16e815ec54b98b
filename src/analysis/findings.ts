/**
 * The 问题清单 arithmetic, free of Vue: a finding's status from the person's judgements, the list
 * filter and sort, and the agency × year matrix of the heatmap (with the missing years). The rows
 * of the CSV / .xlsx export are export/findingsRows.ts. The view and the store only wire these to state.
 */
import type { Finding, RuleId, Severity } from '@/checks/types'
import { RULES } from '@/checks/rules'

export type Verdict = 'confirmed' | 'dismissed'
export type Status = 'open' | Verdict

/** What a person decided about one finding, kept under the finding's stable key. */
export interface Judgement {
  verdict: Verdict
  note: string
  /** When it was decided (ms since epoch), shown as a date. */
  at: number
}

export type Judgements = Readonly<Record<string, Judgement>>

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
export const STATUSES: readonly Status[] = ['open', 'confirmed', 'dismissed']

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
const STATUS_RANK: Record<Status, number> = { open: 0, confirmed: 1, dismissed: 2 }
const RULE_RANK = new Map<string, number>(RULES.map((r, i) => [r.id, i]))
const zh = new Intl.Collator('zh-CN')

export function ruleLabel(rule: RuleId): string {
  return RULES.find((r) => r.id === rule)?.label ?? rule
}

export function statusOf(f: Pick<Finding, 'key'>, judgements: Judgements): Status {
  return judgements[f.key]?.verdict ?? 'open'
}

/**
 * Judgements read back from storage are not trusted: entries of the wrong shape are dropped one
 * by one rather than losing every judgement to one damaged record.
 */
export function sanitizeJudgements(value: unknown): Record<string, Judgement> {
  const out: Record<string, Judgement> = {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out
  for (const [key, j] of Object.entries(value as Record<string, unknown>)) {
    if (typeof j !== 'object' || j === null) continue
    const { verdict, note, at } = j as Record<string, unknown>
    if (verdict !== 'confirmed' && verdict !== 'dismissed') continue
    out[key] = {
      verdict,
      note: typeof note === 'string' ? note : '',
      at: typeof at === 'number' && Number.isFinite(at) ? at : 0,
    }
  }
  return out
}

/** The list's own filter, on top of the shared filter bar. An empty list means "all". */
export interface FindingQuery {
  rules: RuleId[]
  severities: Severity[]
  statuses: Status[]
  agencies: string[]
  years: number[]
  /** Words looked for in the agency, year, rule, message and note (all must occur). */
  text: string
}

export function emptyQuery(): FindingQuery {
  return { rules: [], severities: [], statuses: [], agencies: [], years: [], text: '' }
}

export function isEmptyQuery(q: FindingQuery): boolean {
  return (
    q.rules.length +
      q.severities.length +
      q.statuses.length +
      q.agencies.length +
      q.years.length ===
      0 && q.text.trim() === ''
  )
}

/** Which parts of the query to leave out: the heatmap ignores its own agency and year pick. */
export type QueryPart = 'agencies' | 'years'

export function filterFindings(
  findings: readonly Finding[],
  judgements: Judgements,
  q: FindingQuery,
  ignore: readonly QueryPart[] = [],
): Finding[] {
  const rules = new Set<string>(q.rules)
  const severities = new Set<string>(q.severities)
  const statuses = new Set<string>(q.statuses)
  const agencies = new Set(ignore.includes('agencies') ? [] : q.agencies)
  const years = new Set(ignore.includes('years') ? [] : q.years)
  const words = q.text.trim().toLowerCase().split(/\s+/).filter(Boolean)
  return findings.filter((f) => {
    if (rules.size && !rules.has(f.rule)) return false
    if (severities.size && !severities.has(f.severity)) return false
    if (statuses.size && !statuses.has(statusOf(f, judgements))) return false
    if (agencies.size && !agencies.has(f.agency)) return false
    if (years.size && !years.has(f.year)) return false
    if (words.length) {
      const hay =
        `${f.agency} ${f.rule} ${f.message} ${judgements[f.key]?.note ?? ''}`.toLowerCase()
      if (!words.every((w) => hay.includes(w))) return false
    }
    return true
  })
}

export type SortKey = 'severity' | 'rule' | 'agency' | 'year' | 'status'
export type SortOrder = 'ascending' | 'descending'

/** The order a reviewer works in: the worst first, then agency and year, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    zh.compare(a.agency, b.agency) ||
    a.year - b.year ||
    (RULE_RANK.get(a.rule) ?? 99) - (RULE_RANK.get(b.rule) ?? 99) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

export function sortFindings(
  findings: readonly Finding[],
  judgements: Judgements,
  key: SortKey = 'severity',
  order: SortOrder = 'ascending',
): Finding[] {
  const by: Record<SortKey, (a: Finding, b: Finding) => number> = {
    severity: (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    rule: (a, b) => (RULE_RANK.get(a.rule) ?? 99) - (RULE_RANK.get(b.rule) ?? 99),
    agency: (a, b) => zh.compare(a.agency, b.agency),
    year: (a, b) => a.year - b.year,
    status: (a, b) => STATUS_RANK[statusOf(a, judgements)] - STATUS_RANK[statusOf(b, judgements)],
  }
  const sign = order === 'descending' ? -1 : 1
  // Ties keep the reviewer's order (never reversed), so a sort by year still lists errors first.
  return [...findings].sort((a, b) => sign * by[key](a, b) || compareFindings(a, b))
}

export interface FindingsCell {
  agency: string
  year: number
  count: number
  bySeverity: Record<Severity, number>
  /** A report for this agency and year is held. */
  hasReport: boolean
  /** No report, though the agency reported before and after (the MISSING grid). */
  missing: boolean
}

export interface FindingsMatrix {
  agencies: string[]
  years: number[]
  cells: FindingsCell[]
  /** Agencies with findings that did not fit (the heatmap shows the ones with most). */
  hidden: number
}

export interface MatrixInput {
  /** The findings counted (already filtered by rule, severity, status). */
  findings: readonly Finding[]
  /** Agencies in view (the shared filter); others are left out. */
  agencies: readonly string[]
  /** Every report held, as agency and year: a year filtered out must not look missing. */
  reports: readonly { agency: string; year: number }[]
  /** Agency → its missing years, from `yearGrid` over every report held. */
  missing: ReadonlyMap<string, { missing: number[] }>
  /** Years the shared filter allows; empty means all. */
  years: readonly number[]
  /** At most this many agency rows. */
  maxAgencies?: number
}

/**
 * Agency × year counts for the heatmap. Rows are the agencies with something to see (a finding
 * or a missing year), most findings first; columns every year any of them has a report, a
 * finding or a gap in.
 */
export function findingsMatrix(input: MatrixInput): FindingsMatrix {
  const allowYear = (y: number) => input.years.length === 0 || input.years.includes(y)
  const inView = new Set(input.agencies)
  const held = new Set(input.reports.map((r) => `${r.agency}\u0000${r.year}`))
  const cells = new Map<string, FindingsCell>()
  const cellOf = (agency: string, year: number): FindingsCell => {
    const id = `${agency}\u0000${year}`
    let c = cells.get(id)
    if (!c) {
      c = {
        agency,
        year,
        count: 0,
        bySeverity: { error: 0, warning: 0, info: 0 },
        hasReport: held.has(id),
        missing: input.missing.get(agency)?.missing.includes(year) ?? false,
      }
      cells.set(id, c)
    }
    return c
  }
  for (const f of input.findings) {
    if (!inView.has(f.agency) || !allowYear(f.year)) continue
    const c = cellOf(f.agency, f.year)
    c.count++
    c.bySeverity[f.severity]++
  }
  for (const agency of inView) {
    for (const year of input.missing.get(agency)?.missing ?? []) {
      if (allowYear(year)) cellOf(agency, year)
    }
  }
  const totals = new Map<string, number>()
  for (const c of cells.values()) totals.set(c.agency, (totals.get(c.agency) ?? 0) + c.count)
  const ranked = [...totals.keys()].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || zh.compare(a, b),
  )
  const max = input.maxAgencies ?? 40
  const agencies = ranked.slice(0, max)
  const shown = new Set(agencies)
  // The rows' other held years join as empty cells, so a row reads as the agency's whole history.
  for (const r of input.reports) {
    if (shown.has(r.agency) && allowYear(r.year)) cellOf(r.agency, r.year)
  }
  const list = [...cells.values()].filter((c) => shown.has(c.agency))
  const years = [...new Set(list.map((c) => c.year))].sort((a, b) => a - b)
  return { agencies, years, cells: list, hidden: ranked.length - agencies.length }
}

/** A judgement's date as YYYY-MM-DD in the reader's time zone ('' before any judgement). */
export function judgementDate(at: number | undefined): string {
  if (!at) return ''
  const d = new Date(at)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}
