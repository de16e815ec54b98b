/**
 * What a briefing prints beside a finding so a reader can check it without the dashboard: the
 * value of each cell it names as the report holds it, where in the source file that value was
 * read, and which version of the report (file, import date, how many versions are held).
 */
import type { Finding } from '@/checks/types'
import type { ReportEntry } from '@/domain/entry'
import { activeVersion } from '@/domain/entry'
import { CELL_INDEX, type Report } from '@/domain/report'
import { provenanceAt, toSourceMap } from '@/import/provenance'
import { cellLabel } from './cellLabel'
import { compareFindings, statusOf, type Judgements, type Status } from './findings'

export interface CellEvidence {
  path: string
  /** The cell in the template's words. */
  label: string
  /** As the report holds it; null where it gives no such cell. */
  value: number | null
  /** Where it was read (第3页第12行, 第2个表格 第6行第3格…); null when not recorded. */
  where: string | null
  excerpt?: string
}

export interface FindingEvidence {
  finding: Finding
  status: Status
  cells: CellEvidence[]
  /** The version of the report the views use; null for a year with no report (MISSING). */
  source: { name: string; importedAt: number; versions: number; sample: boolean } | null
}

/** The value of a cell path (`requests.granted.natural`) in a report, if it holds one. */
export function cellValue(report: Report, path: string): number | null {
  const [table, ...rest] = path.split('.')
  const column = rest.pop() ?? ''
  const row = rest.join('.')
  const holder: Partial<Record<string, Partial<Record<string, number>>>> | undefined =
    table === 'requests'
      ? report.requests
      : table === 'appeals'
        ? report.appeals
        : table === 'active'
          ? report.active
          : undefined
  const v = holder?.[row]?.[column]
  return typeof v === 'number' ? v : null
}

export function findingEvidence(
  finding: Finding,
  entry: ReportEntry | undefined,
  judgements: Judgements,
  maxCells = 6,
): FindingEvidence {
  const version = entry ? activeVersion(entry) : undefined
  const map = version ? toSourceMap(version.provenance) : undefined
  // Only cells of the template have a value and a place (UNREAD names a whole table).
  const paths = finding.cells.filter((p) => CELL_INDEX.has(p))
  const cells = paths.slice(0, maxCells).map((path) => {
    const place = map ? provenanceAt(map, path) : undefined
    const e: CellEvidence = {
      path,
      label: cellLabel(path),
      value: version ? cellValue(version.report, path) : null,
      where: place?.where ?? null,
    }
    if (place?.excerpt) e.excerpt = place.excerpt
    return e
  })
  return {
    finding,
    status: statusOf(finding, judgements),
    cells,
    source:
      entry && version
        ? {
            name: version.sourceName,
            importedAt: version.importedAt,
            versions: entry.versions.length,
            sample: version.sample,
          }
        : null,
  }
}

export interface PlaceEvidence {
  where: string | null
  excerpt?: string
  cells: CellEvidence[]
}

/**
 * The cells grouped by the place they were read at, in order: the five cells of table 4 printed
 * on one line are one place with five values, not five repetitions of the same line.
 */
export function byPlace(cells: readonly CellEvidence[]): PlaceEvidence[] {
  const out: PlaceEvidence[] = []
  for (const c of cells) {
    const last = out[out.length - 1]
    if (last && last.where === c.where && last.excerpt === c.excerpt) {
      last.cells.push(c)
      continue
    }
    const place: PlaceEvidence = { where: c.where, cells: [c] }
    if (c.excerpt !== undefined) place.excerpt = c.excerpt
    out.push(place)
  }
  return out
}

/**
 * The findings a briefing leads with: those still open (a finding judged 无需处理 or already
 * confirmed is not news), worst first, then by agency and year.
 */
export function topFindings(
  findings: readonly Finding[],
  judgements: Judgements,
  max: number,
): { shown: Finding[]; open: number } {
  const open = findings.filter((f) => statusOf(f, judgements) === 'open')
  return { shown: [...open].sort(compareFindings).slice(0, max), open: open.length }
}

/** The latest import among the versions in use: the date the data speaks for. */
export function dataDate(entries: Iterable<ReportEntry>): number | null {
  let latest: number | null = null
  for (const e of entries) {
    const v = activeVersion(e)
    if (v && (latest === null || v.importedAt > latest)) latest = v.importedAt
  }
  return latest
}
