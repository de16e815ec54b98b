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
import type { ConflictChoice } from '@/domain/entry'
import { reportKey, type Report } from '@/domain/report'
import type { FileImport } from '@/import/types'
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
}

/** What a preview is computed from; pass plain objects, not reactive proxies. */
export interface PreviewInput {
  items: readonly QueueItem[]
  aliases: Readonly<Record<string, string>>
  /** The keys held already; compared by identity, so pass the same map while it is unchanged. */
  held: ReadonlyMap<string, unknown>
  decisions: Readonly<Record<string, Decision>>
}

function samePreview(a: PreviewReport, b: PreviewReport): boolean {
  return (
    a.report === b.report &&
    a.itemId === b.itemId &&
    a.agency === b.agency &&
    a.originalAgency === b.originalAgency &&
    a.conflict === b.conflict &&
    a.decision === b.decision
  )
}

interface ItemPreview {
  result: FileImport | null
  aliases: PreviewInput['aliases']
  held: PreviewInput['held']
  decisions: PreviewInput['decisions']
  /** Each report's preview before batch conflicts, with its (agency, year) key. */
  list: { key: string; p: PreviewReport }[]
}

/** The batch's preview, reusing the previous call's objects wherever nothing changed. */
export function createPreviewMemo(): (input: PreviewInput) => PreviewReport[] {
  let lastItems = new Map<string, ItemPreview>()
  return ({ items, aliases, held, decisions }) => {
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
        cached.decisions !== decisions
      ) {
        const old = cached
        const list = (item.result?.reports ?? []).map((imported, index) => {
          const id = `${item.id}:${index}`
          const agency = resolveAlias(aliases, imported.report.agency)
          const key = reportKey({ agency, year: imported.report.year })
          const p: PreviewReport = {
            id,
            itemId: item.id,
            report: imported.report,
            agency,
            originalAgency: agency === imported.report.agency ? null : imported.report.agency,
            conflict: held.has(key) ? 'held' : null,
            decision: decisions[id] ?? 'both',
          }
          const before = old?.list[index]?.p
          return { key, p: before && samePreview(before, p) ? before : p }
        })
        cached = { result: item.result, aliases, held, decisions, list }
      }
      nextItems.set(item.id, cached)
      // A second report of the same (agency, year) in this batch: conflict 'batch'.
      for (const entry of cached.list) {
        const conflict = held.has(entry.key) ? 'held' : seen.has(entry.key) ? 'batch' : null
        seen.add(entry.key)
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
