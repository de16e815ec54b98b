/**
 * Matching a printed label to the catalog, with the same words the text reader anchors on. A
 * label names the row whose longest match word it contains (`（六）其他处理` is `other`, not
 * `other.misc`). A sheet's column header is read with the same words, plus the shorter ones the
 * catalog keeps for headers (`header`), as people write them: 「予以公开」, 「复议纠正」,
 * 「本年新收/自然人」, 「自然人-本年新收」.
 */
import { cellLabel } from '@/analysis/cellLabel'
import {
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_KEYS,
  ACTIVE_MEASURE_LABELS,
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  REQUEST_ROWS,
  SUM_HEADINGS,
  type ActiveItemKey,
  type ActiveMeasureKey,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
  type RequestRowKey,
  type SumHeading,
} from '@/domain/catalog'
import type { CellPath } from '@/domain/report'

export function compact(label: string): string {
  return label.normalize('NFKC').replace(/[\s\u3000]+/g, '')
}

/**
 * Labels repeat from report to report: each is matched once per list of specs. Bounded so that
 * a file of junk cannot grow it without end.
 */
const matched = new WeakMap<object, Map<string, string | null>>()
const MAX_CACHED = 20_000

interface Spec<K extends string> {
  key: K
  match: readonly string[]
}

function longest<K extends string>(
  text: string,
  specs: readonly Spec<K>[],
): { key: K; word: string } | undefined {
  let found: { key: K; word: string } | undefined
  for (const spec of specs) {
    for (const word of spec.match) {
      if (text.includes(word) && (!found || word.length > found.word.length)) {
        found = { key: spec.key, word }
      }
    }
  }
  return found
}

/**
 * As `longest`, and among words of one length the one written first: in 「（七）总计/其他」 the
 * row is 总计 and the column 其他, though 其他 names a row too.
 */
function firstLongest<K extends string>(
  text: string,
  specs: readonly Spec<K>[],
): { key: K; word: string } | undefined {
  let found: { key: K; word: string; at: number } | undefined
  for (const spec of specs) {
    for (const word of spec.match) {
      const at = text.indexOf(word)
      if (at < 0) continue
      if (
        !found ||
        word.length > found.word.length ||
        (word.length === found.word.length && at < found.at)
      )
        found = { key: spec.key, word, at }
    }
  }
  return found
}

function best<K extends string>(label: string, specs: readonly Spec<K>[]): K | undefined {
  let cache = matched.get(specs)
  if (!cache) matched.set(specs, (cache = new Map()))
  const hit = cache.get(label)
  if (hit !== undefined) return (hit ?? undefined) as K | undefined
  const found = longest(compact(label), specs)?.key
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(label, found ?? null)
  return found
}

export const matchRequestRow = (label: string): RequestRowKey | undefined =>
  best(label, REQUEST_ROWS)

/** A group heading (`三、`, `（六）`) or a sub-row number (`2.`, `3、`) inside a row label. */
const ROW_MARK = /[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d)/g

/**
 * A table-3 row label that may carry its group heading (`（六）其他处理 3.其他`, a merged cell's
 * text before the row's own): the row's own words, after the last heading or sub-row number,
 * name it; the whole label only where they name nothing. `其他处理` would otherwise win over
 * `其他`, and `其他` inside `（二）部分公开（…不计其他情形）` is not the row's name.
 */
const rowLabels = new Map<string, RequestRowKey | null>()

export function matchRequestRowLabel(label: string): RequestRowKey | undefined {
  const hit = rowLabels.get(label)
  if (hit !== undefined) return hit ?? undefined
  const text = compact(label)
  let own = -1
  for (const m of text.matchAll(ROW_MARK)) own = m.index + m[0].length
  const key =
    (own > 0 ? best(text.slice(own), REQUEST_ROWS) : undefined) ?? best(text, REQUEST_ROWS)
  if (rowLabels.size >= MAX_CACHED) rowLabels.clear()
  rowLabels.set(label, key ?? null)
  return key
}
export const matchApplicant = (label: string): ApplicantKey | undefined =>
  best(label, APPLICANT_COLUMNS)
export const matchAppealBlock = (label: string): AppealBlockKey | undefined =>
  best(label, APPEAL_BLOCKS)
export const matchAppealMeasure = (label: string): AppealMeasureKey | undefined =>
  best(label, APPEAL_MEASURES)
export const matchActiveItem = (label: string): ActiveItemKey | undefined =>
  best(label, ACTIVE_ITEMS)

const MEASURE_SPECS = ACTIVE_MEASURE_KEYS.map((key) => ({
  key,
  match: [
    ACTIVE_MEASURE_LABELS[key],
    ...(key === 'amount' ? ['金额', '收费金额', '采购总金额'] : []),
  ],
}))
export const matchActiveMeasure = (label: string): ActiveMeasureKey | undefined =>
  best(label, MEASURE_SPECS)

/** A canonical cell path (`requests.newReceived.natural`) the catalog knows, or undefined. */
export function canonicalCell(path: string): CellPath | undefined {
  const canonical = /^(requests|appeals|active)\.([A-Za-z]+(?:\.[A-Za-z]+)?)\.([A-Za-z]+)$/.exec(
    path,
  )
  if (!canonical) return undefined
  const [, table, row, col] = canonical as unknown as [string, string, string, string]
  if (
    table === 'requests' &&
    REQUEST_ROWS.some((r) => r.key === row) &&
    APPLICANT_COLUMNS.some((c) => c.key === col)
  )
    return path
  if (
    table === 'appeals' &&
    APPEAL_BLOCKS.some((b) => b.key === row) &&
    APPEAL_MEASURES.some((m) => m.key === col)
  )
    return path
  if (
    table === 'active' &&
    ACTIVE_ITEMS.some((i) => i.key === row) &&
    (ACTIVE_MEASURE_KEYS as readonly string[]).includes(col)
  )
    return path
  return undefined
}

// ---------------------------------------------------------------- sheet headers

/** What a sheet's column header names. */
export type HeaderMatch =
  | { kind: 'cell'; path: CellPath }
  /** A total over cells the report keeps apart (行政诉讼总计): named, never split into parts. */
  | { kind: 'sum'; label: string; parts: CellPath[] }
  | { kind: 'none'; reason?: string }

/** A spec's words for a header: its match words and the header-only ones. */
function headerSpecs<K extends string>(
  specs: readonly { key: K; match: readonly string[]; header?: readonly string[] }[],
): Spec<K>[] {
  return specs.map((s) => ({ key: s.key, match: [...s.match, ...(s.header ?? [])] }))
}

const ROW_WORDS = headerSpecs(REQUEST_ROWS)
const BLOCK_WORDS = headerSpecs(APPEAL_BLOCKS)
const MEASURE_WORDS = headerSpecs(APPEAL_MEASURES)

/** Numbering the template prints before a label: 一、 （二） 3. */
const NUMBERING = /[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\./g

/**
 * Everything a row's own label says, longest first: once taken out of a header, what is left
 * names the column. (The label of 部分公开 holds 「其他」, which is also an applicant column.)
 */
function labelWords(spec: {
  label: string
  short: string
  core?: string
  match: readonly string[]
  header?: readonly string[]
}): string[] {
  const label = compact(spec.label)
  const fragments = label
    .split(NUMBERING)
    .flatMap((f) => f.split('·'))
    .filter(Boolean)
  const bracketed = label.match(/\([^()]*\)/g) ?? []
  const words = [
    label,
    ...fragments,
    ...bracketed,
    compact(spec.short),
    ...(spec.core ? [compact(spec.core)] : []),
    ...spec.match,
    ...(spec.header ?? []),
  ]
  return [...new Set(words)].sort((a, b) => b.length - a.length)
}

const ROW_LABEL_WORDS = new Map(REQUEST_ROWS.map((r) => [r.key, labelWords(r)]))
const BLOCK_LABEL_WORDS = new Map(APPEAL_BLOCKS.map((b) => [b.key, labelWords(b)]))

function without(text: string, words: readonly string[]): string {
  let rest = text
  for (const w of words) rest = rest.split(w).join('')
  return rest
}

/**
 * The text left once a row's own words are taken out, each word once and only where no longer
 * word took it already: in 「3.其他/其他」 the row 3.其他 takes the first 其他, and the second is
 * the column.
 */
function withoutLabel(text: string, words: readonly string[]): string {
  const taken = new Array<boolean>(text.length).fill(false)
  for (const w of words) {
    const at = text.indexOf(w)
    if (at < 0 || taken.slice(at, at + w.length).some(Boolean)) continue
    taken.fill(true, at, at + w.length)
  }
  let rest = ''
  for (let i = 0; i < text.length; i++) if (!taken[i]) rest += text[i]
  return rest
}

/** Headers of figures that are not counts: a rate, a share, a change, a rank. */
const NOT_A_COUNT = [
  '率',
  '比例',
  '比重',
  '占比',
  '同比',
  '环比',
  '%',
  '增长',
  '增幅',
  '排名',
  '平均',
]

const APPLICANT_GROUP = SUM_HEADINGS.find((s) => s.columns) as SumHeading
const GROUP_WORD = compact(APPLICANT_GROUP.label)

/** A column's own words (总计, 自然人, 结果纠正…): alone in a header they name no row. */
const COLUMN_WORDS = new Set<string>([
  ...APPLICANT_COLUMNS.flatMap((c) => [...c.match, compact(c.short)]),
  ...APPEAL_MEASURES.flatMap((m) => [...m.match, ...(m.header ?? [])]),
  ...MEASURE_SPECS.flatMap((m) => m.match.map(compact)),
  GROUP_WORD,
])

/** Separators people put between a row and a column in one header. */
const SEPARATORS = /[/|·:\-_—~.,、()[\]【】]+/g

/** The column a header names once its row is taken out; 总计 when it names none. */
function applicantOf(rest: string, inGroup: boolean): { columns: ApplicantKey[]; label?: string } {
  const key = best(rest, APPLICANT_COLUMNS)
  if (key) return { columns: [key] }
  if (inGroup)
    return { columns: [...(APPLICANT_GROUP.columns ?? [])], label: APPLICANT_GROUP.label }
  return { columns: ['total'] }
}

function cellOrSum(
  table: 'requests' | 'appeals',
  rows: readonly string[],
  columns: readonly string[],
  label: string,
): HeaderMatch {
  const parts = rows.flatMap((r) => columns.map((c) => `${table}.${r}.${c}`))
  if (parts.length === 1) return { kind: 'cell', path: parts[0] as CellPath }
  return { kind: 'sum', label, parts }
}

function appealMatch(h: string): HeaderMatch | undefined {
  const block = longest(h, BLOCK_WORDS)
  const suits = SUM_HEADINGS.find((s) => s.table === 'appeals' && h.includes(s.label))
  if (!block && !suits) return undefined
  const rest = block
    ? withoutLabel(h, BLOCK_LABEL_WORDS.get(block.key) ?? [])
    : without(h, [(suits as SumHeading).label])
  const measure = longest(rest, MEASURE_WORDS)
  const m = measure?.key ?? 'total'
  if (block) return { kind: 'cell', path: `appeals.${block.key}.${m}` }
  const heading = suits as SumHeading
  const measureLabel = APPEAL_MEASURES.find((x) => x.key === m)?.label ?? m
  return cellOrSum('appeals', heading.rows ?? [], [m], `${heading.label}·${measureLabel}`)
}

function activeMatch(h: string): HeaderMatch | undefined {
  const item = longest(h, ACTIVE_ITEMS)
  if (!item) return undefined
  const spec = ACTIVE_ITEMS.find((i) => i.key === item.key)
  const measure = longest(without(h, spec?.match ?? []), MEASURE_SPECS)?.key
  if (!measure) return { kind: 'none', reason: `表二「${spec?.label}」没有写是哪一项指标` }
  const allowed = Object.values(spec?.measures ?? {}).some((m) => m?.includes(measure))
  if (!allowed)
    return {
      kind: 'none',
      reason: `表二「${spec?.label}」没有「${ACTIVE_MEASURE_LABELS[measure]}」这一指标`,
    }
  return { kind: 'cell', path: `active.${item.key}.${measure}` }
}

function requestMatch(h: string): HeaderMatch | undefined {
  // 法人或其他组织 holds 「其他」, a row's word too: it is taken out before the row is looked for.
  const inGroup = h.includes(GROUP_WORD)
  const text = inGroup ? without(h, [GROUP_WORD]) : h
  const row = firstLongest(text, ROW_WORDS)
  if (row) {
    const { columns, label } = applicantOf(
      withoutLabel(text, ROW_LABEL_WORDS.get(row.key) ?? []),
      inGroup,
    )
    const spec = REQUEST_ROWS.find((r) => r.key === row.key)
    return cellOrSum('requests', [row.key], columns, `${spec?.short ?? row.key}·${label ?? ''}`)
  }
  const group = SUM_HEADINGS.find((s) => s.rows && s.table === 'requests' && text.includes(s.label))
  if (!group) return undefined
  const { columns, label } = applicantOf(without(text, [group.label]), inGroup)
  const colLabel = label ?? APPLICANT_COLUMNS.find((c) => c.key === columns[0])?.short ?? ''
  return cellOrSum('requests', group.rows ?? [], columns, `${group.label}·${colLabel}`)
}

/**
 * What a sheet's column header names: a cell of the catalog, canonically
 * (`requests.granted.total`) or in Chinese, a sum of cells (「行政诉讼总计」, 「不予公开」), or
 * nothing it can tell. A row named without a column means its 总计 column (「予以公开」), a block
 * of table 4 without a measure its 总计 (「直接起诉」); row and column may be joined either way
 * (「本年新收/自然人」, 「自然人-本年新收」, 「本年新收_自然人」, 「本年新收自然人」).
 */
export function matchHeader(header: string): HeaderMatch {
  const trimmed = header.trim()
  const canonical = canonicalCell(trimmed)
  if (canonical) return { kind: 'cell', path: canonical }
  const h = compact(trimmed)
  if (h === '') return { kind: 'none' }
  if (NOT_A_COUNT.some((w) => h.includes(w)))
    return { kind: 'none', reason: '比率、变化或排名，不是件数' }
  const bare = h.replace(SEPARATORS, '')
  if (COLUMN_WORDS.has(bare))
    return { kind: 'none', reason: `只有栏目名「${bare}」，没有写是哪一行` }
  return appealMatch(h) ?? activeMatch(h) ?? requestMatch(h) ?? { kind: 'none' }
}

/** The cell a header names, if it names exactly one. */
export function matchCellHeader(header: string): CellPath | undefined {
  const m = matchHeader(header)
  return m.kind === 'cell' ? m.path : undefined
}

// ---------------------------------------------------------------- cells in words

/** A cell in the template's words (表三·予以公开·自然人): the one wording, from analysis/cellLabel. */
export function cellWords(path: string): string {
  return cellLabel(path)
}
