/**
 * How reports are kept: one entry per (agency, year), holding every version imported for it, and
 * what arrives to be kept (an import, the samples). The notes and provenance are the importers'
 * types: a version keeps what its importer said about it.
 */
import type { Report } from '@/domain/report'
import type { ImportNote, SourceMap } from '@/import/types'

/** A report on its way in, with what its importer said and where it came from. */
export interface IncomingReport {
  report: Report
  notes?: ImportNote[]
  provenance?: SourceMap
  sourceName?: string
  sample?: boolean
}

/** What to do when a report's (agency, year) is already held. */
export type ConflictChoice = 'keep' | 'replace' | 'both'

export interface ReportVersion {
  id: string
  report: Report
  notes: ImportNote[]
  /** Versions saved before the compact form hold a plain record: read it with toSourceMap. */
  provenance: SourceMap
  /** File the version came from. */
  sourceName: string
  importedAt: number
  /** Built-in 示例数据, removable in one click. */
  sample: boolean
}

export interface ReportEntry {
  /** `agency\u0000year`, as reportKey() of the domain. */
  key: string
  agency: string
  year: number
  versions: ReportVersion[]
  /** The version the views use. */
  activeId: string
}

export function activeVersion(entry: ReportEntry): ReportVersion | undefined {
  return entry.versions.find((v) => v.id === entry.activeId) ?? entry.versions[0]
}

let counter = 0

/** A version id unique within this browser: time plus a counter. */
export function newVersionId(now = Date.now()): string {
  counter += 1
  return `${now.toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}
