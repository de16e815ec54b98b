/**
 * The preview of an import batch: every report the files gave, with the person's aliases applied,
 * its conflict (held already, or twice in the batch) and the choice made for it.
 *
 * A thousand files answer a few at a time, and each answer recomputes the preview. The memo keeps
 * what did not change: a file whose result, the aliases, the reports held and the choices are the
 * same objects as last time keeps its previews, and a preview that did not change keeps its
 * object, so only the panels of files that changed re-render.
 */
import type { Finding } from '@/checks'
import { editionForYear } from '@/domain/catalog'
import type { ConflictChoice } from '@/domain/entry'
import { reportKey, type Report } from '@/domain/report'
import { regionOf } from '@/import/text/metadata'
import type { FileImport, ImportedReport, NeededInput } from '@/import/types'
import { resolveAlias } from './aliases'

export type ItemStatus = 'queued' | 'reading' | 'done' | 'error'

export interface QueueItem {
  id: string
  name: string
  size: number
  status: ItemStatus
  result: FileImport | null
  /** Findings of the file's own reports (identities), before they join the others. */
  findings: Finding[]
}

/** What to do with one report of the batch: skip it, or add it following a conflict choice. */
export type Decision = ConflictChoice | 'skip'

export interface PreviewReport {
  /** `${itemId}:${index}` */
  id: string
  itemId: string
  report: Report
  /** The agency after the person's aliases. */
  agency: string
  /** The agency as the file named it, when an alias changed it. */
  originalAgency: string | null
  /** The report already held under the same (agency, year), or another one in this batch. */
  conflict: 'held' | 'batch' | null
  decision: Decision
  /** What the file did not say and the person must (the report's agency, its year). */
  needs: readonly NeededInput[]
  /** Of those, what is not filled in yet: the batch is not committed while any is. */
  missing: readonly NeededInput[]
}

/** What the person typed for a report whose file did not say it, as typed. */
export interface Filled {
  agency?: string
  year?: string
}

/** A year the person may type: the 条例's reports began with 2008. */
export function validYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2008 && year <= 2100
}

/** The year typed, when it is one. */
function typedYear(text: string | undefined): number | undefined {
  const year = /^\s*(\d{4})\s*$/.exec(text ?? '')
  return year && validYear(Number(year[1])) ? Number(year[1]) : undefined
}

/**
 * The report with what the person filled in: the agency (and its region), the year (and, when
 * the tables' labels did not tell it, the edition that year calls for).
 */
export function completed(imported: ImportedReport, filled: Filled | undefined): Report {
  const needs = imported.needs ?? []
  const report = imported.report
  if (needs.length === 0 || !filled) return report
  const out: Report = { ...report }
  const agency = filled.agency?.trim()
  if (needs.includes('agency') && agency) {
    out.agency = agency
    const region = regionOf(agency)
    if (region) out.region = region
    else delete out.region
  }
  const year = typedYear(filled.year)
  if (needs.includes('year') && year !== undefined) {
    out.year = year
    if (imported.notes.some((n) => n.code === 'edition-guessed')) out.edition = editionForYear(year)
  }
  return out
}

function missingOf(needs: readonly NeededInput[], report: Report): NeededInput[] {
  return needs.filter((n) => (n === 'agency' ? !report.agency : !validYear(report.year)))
}

/** What a preview is computed from; pass plain objects, not reactive proxies. */
export interface PreviewInput {
  items: readonly QueueItem[]
  aliases: Readonly<Record<string, string>>
  /** The keys held already; compared by identity, so pass the same map while it is unchanged. */
  held: ReadonlyMap<string, unknown>
  decisions: Readonly<Record<string, Decision>>
  /** What the person typed for reports that need it, by preview id. */
  filled: Readonly<Record<string, Filled>>
}

function samePreview(a: PreviewReport, b: PreviewReport): boolean {
  return (
    a.report === b.report &&
    a.itemId === b.itemId &&
    a.agency === b.agency &&
    a.originalAgency === b.originalAgency &&
    a.conflict === b.conflict &&
    a.decision === b.decision &&
    a.missing.join() === b.missing.join()
  )
}

interface ItemPreview {
  result: FileImport | null
  aliases: PreviewInput['aliases']
  held: PreviewInput['held']
  decisions: PreviewInput['decisions']
  filled: PreviewInput['filled']
  /** Each report's preview before batch conflicts, with its (agency, year) key. */
  list: { key: string; p: PreviewReport }[]
}

/** The batch's preview, reusing the previous call's objects wherever nothing changed. */
export function createPreviewMemo(): (input: PreviewInput) => PreviewReport[] {
  let lastItems = new Map<string, ItemPreview>()
  return ({ items, aliases, held, decisions, filled }) => {
    const previous = lastItems
    const nextItems = new Map<string, ItemPreview>()
    const seen = new Set<string>()
    const out: PreviewReport[] = []
    for (const item of items) {
      let cached = previous.get(item.id)
      if (
        !cached ||
        cached.result !== item.result ||
        cached.aliases !== aliases ||
        cached.held !== held ||
        cached.decisions !== decisions ||
        cached.filled !== filled
      ) {
        const old = cached
        const list = (item.result?.reports ?? []).map((imported, index) => {
          const id = `${item.id}:${index}`
          const report = completed(imported, filled[id])
          const needs = imported.needs ?? []
          const missing = missingOf(needs, report)
          const agency = resolveAlias(aliases, report.agency)
          // A report still waiting for its agency or year has no identity to conflict on yet.
          const key = missing.length > 0 ? '' : reportKey({ agency, year: report.year })
          const p: PreviewReport = {
            id,
            itemId: item.id,
            report,
            agency,
            originalAgency: agency === report.agency ? null : report.agency,
            conflict: key && held.has(key) ? 'held' : null,
            decision: decisions[id] ?? 'both',
            needs,
            missing,
          }
          const before = old?.list[index]?.p
          return { key, p: before && samePreview(before, p) ? before : p }
        })
        cached = { result: item.result, aliases, held, decisions, filled, list }
      }
      nextItems.set(item.id, cached)
      // A second report of the same (agency, year) in this batch: conflict 'batch'.
      for (const entry of cached.list) {
        const conflict = !entry.key
          ? null
          : held.has(entry.key)
            ? 'held'
            : seen.has(entry.key)
              ? 'batch'
              : null
        if (entry.key) seen.add(entry.key)
        if (conflict !== entry.p.conflict) entry.p = { ...entry.p, conflict }
        out.push(entry.p)
      }
    }
    lastItems = nextItems
    return out
  }
}

/**
 * The preview grouped by file, for the file panels: a file whose previews are the same objects as
 * last time keeps its list (the same array), so its panel does not re-render.
 */
export function createGroupByItemMemo(): (
  preview: readonly PreviewReport[],
) => Map<string, PreviewReport[]> {
  let last = new Map<string, PreviewReport[]>()
  return (preview) => {
    const map = new Map<string, PreviewReport[]>()
    for (const p of preview) {
      const list = map.get(p.itemId)
      if (list) list.push(p)
      else map.set(p.itemId, [p])
    }
    for (const [id, list] of map) {
      const old = last.get(id)
      if (old && old.length === list.length && old.every((p, i) => p === list[i])) map.set(id, old)
    }
    last = map
    return map
  }
}
