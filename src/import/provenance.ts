/**
 * Where each value of a report was read, kept compact. A tidy CSV of 10,000 reports holds 1.9 M
 * values: an object per value would cost more than reading them, in the import, in the copy from
 * the Worker, in IndexedDB and in memory. So a value read from a line of its own keeps only the
 * line number, and the values of a JSON report share one place.
 */
import { CELL_INDEX, CELL_PATHS, type CellPath } from '@/domain/report'

/** Where a value was read: enough for a person to find it in the file they dropped. */
export interface Provenance {
  /** In Chinese, e.g. `第95行`, `第3页第12行`, `表格2 第5行第3列`. */
  where: string
  /** The source line or cell text, shortened. */
  excerpt?: string
  line?: number
  page?: number
  table?: number
  row?: number
  column?: number
}

export interface SourceMap {
  /** Values with a place of their own: a line of text, a PDF line, an HTML or sheet cell. */
  cells?: Record<CellPath, Provenance>
  /**
   * Values read one per line (tidy CSV or sheet): the line of each cell, at the cell's index in
   * CELL_PATHS; 0 where the report has no such value.
   */
  lines?: number[]
  /** The sheet those lines are in, when the file has several. */
  sheet?: string
  /**
   * Values located in a text, page or PDF, where many share a line: each cell's place as 1 + an
   * index into `places`, at the cell's index in CELL_PATHS (0 = no such value).
   */
  placeOf?: number[]
  places?: Provenance[]
  /** Where every other value was read: a JSON report's file and place in it. */
  all?: Provenance
}

/** `第12行`, or `工作表「2024」第12行第3列`. */
export function placeName(sheet: string | undefined, row: number, col?: number): string {
  const place = col === undefined ? `第${row}行` : `第${row}行第${col}列`
  return sheet ? `工作表「${sheet}」${place}` : place
}

/**
 * A zero per cell. Plain arrays rather than typed ones: a source map then survives every copy the
 * app makes (structured clone, IndexedDB, and the JSON copy of the in-memory store).
 */
export function zeros(): number[] {
  return new Array<number>(CELL_PATHS.length).fill(0)
}

export function provenanceAt(map: SourceMap, path: CellPath): Provenance | undefined {
  const own = map.cells?.[path]
  if (own) return own
  const i = CELL_INDEX.get(path)
  const place = i === undefined ? 0 : (map.placeOf?.[i] ?? 0)
  if (place > 0) return map.places?.[place - 1]
  const line = i === undefined ? 0 : (map.lines?.[i] ?? 0)
  if (line > 0) return { where: placeName(map.sheet, line), line }
  return map.all
}

/**
 * A source map as stored by any version of the app: before the compact form, the map was a plain
 * record of provenance per cell path, and reports saved then must still show where they came from.
 */
const COMPACT_KEYS = new Set(['cells', 'lines', 'sheet', 'placeOf', 'places', 'all'])

export function toSourceMap(stored: unknown): SourceMap {
  if (!stored || typeof stored !== 'object') return {}
  const keys = Object.keys(stored)
  const compact = keys.every((k) => COMPACT_KEYS.has(k))
  if (compact) return stored as SourceMap
  return { cells: stored as Record<CellPath, Provenance> }
}
