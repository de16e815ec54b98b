/**
 * Matching a printed label to the catalog, with the same words the text reader anchors on. A
 * label names the row whose longest match word it contains (`（六）其他处理` is `other`, not
 * `other.misc`).
 */
import {
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_KEYS,
  ACTIVE_MEASURE_LABELS,
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  REQUEST_ROWS,
  type ActiveItemKey,
  type ActiveMeasureKey,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
  type RequestRowKey,
} from '@/domain/catalog'

export function compact(label: string): string {
  return label.normalize('NFKC').replace(/[\s\u3000]+/g, '')
}

/**
 * Labels repeat from report to report: each is matched once per list of specs. Bounded so that
 * a file of junk cannot grow it without end.
 */
const matched = new WeakMap<object, Map<string, string | null>>()
const MAX_CACHED = 20_000

function best<K extends string>(
  label: string,
  specs: readonly { key: K; match: readonly string[] }[],
): K | undefined {
  let cache = matched.get(specs)
  if (!cache) matched.set(specs, (cache = new Map()))
  const hit = cache.get(label)
  if (hit !== undefined) return (hit ?? undefined) as K | undefined
  const text = compact(label)
  let found: { key: K; length: number } | undefined
  for (const spec of specs) {
    for (const word of spec.match) {
      if (text.includes(word) && (!found || word.length > found.length)) {
        found = { key: spec.key, length: word.length }
      }
    }
  }
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(label, found?.key ?? null)
  return found?.key
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

/**
 * A wide sheet's header naming one cell, canonically (`requests.newReceived.natural`) or in
 * Chinese (`本年新收政府信息公开申请数量/自然人`, `行政复议/结果纠正`, `规章/本年制发件数`).
 */
export function matchCellHeader(header: string): string | undefined {
  const h = header.trim()
  const canonical = /^(requests|appeals|active)\.([A-Za-z]+(?:\.[A-Za-z]+)?)\.([A-Za-z]+)$/.exec(h)
  if (canonical) {
    const [, table, row, col] = canonical as unknown as [string, string, string, string]
    if (
      table === 'requests' &&
      REQUEST_ROWS.some((r) => r.key === row) &&
      APPLICANT_COLUMNS.some((c) => c.key === col)
    )
      return h
    if (
      table === 'appeals' &&
      APPEAL_BLOCKS.some((b) => b.key === row) &&
      APPEAL_MEASURES.some((m) => m.key === col)
    )
      return h
    if (
      table === 'active' &&
      ACTIVE_ITEMS.some((i) => i.key === row) &&
      (ACTIVE_MEASURE_KEYS as readonly string[]).includes(col)
    )
      return h
    return undefined
  }
  const parts = h
    .split(/[/／|｜·:：]/)
    .map((p) => p.trim())
    .filter(Boolean)
  if (parts.length < 2) return undefined
  const rowLabel = parts.slice(0, -1).join('')
  const colLabel = parts[parts.length - 1] as string
  const block = matchAppealBlock(rowLabel)
  const appealMeasure = matchAppealMeasure(colLabel)
  if (block && appealMeasure) return `appeals.${block}.${appealMeasure}`
  const item = matchActiveItem(rowLabel)
  const measure = matchActiveMeasure(colLabel)
  if (item && measure) return `active.${item}.${measure}`
  const row = matchRequestRow(rowLabel)
  const col = matchApplicant(colLabel)
  if (row && col) return `requests.${row}.${col}`
  return undefined
}
