import type { CellPath, Report, SourceFormat } from '@/domain/report'
import type { Provenance, SourceMap } from './provenance'

export type { Provenance, SourceMap }

export type NoteLevel = 'info' | 'warning'

export type NoteCode =
  | 'blank-cells'
  | 'digits-split'
  | 'unit-converted'
  | 'label-loose'
  | 'row-missing'
  | 'table-missing'
  | 'table-refused'
  | 'edition-guessed'
  | 'agency-from-body'
  | 'year-from-name'
  | 'year-from-body'
  | 'amount-precision'
  | 'encoding'
  | 'rows-skipped'
  | 'columns-unmapped'
  | 'cells-absent'
  | 'sum-mismatch'
  /** Only one of the two readers (grid, text) could read a table: the other's reason. */
  | 'one-reading'
  | 'identity-broken'
  | 'cells-unprinted'
  | 'rows-displaced'
  | 'needs-input'

/** Something the person should know about how a file was read; in Chinese. */
export interface ImportNote {
  level: NoteLevel
  code: NoteCode
  message: string
  cells?: CellPath[]
}

/** What only the person can say: the report's tables were read, but not who or which year. */
export type NeededInput = 'agency' | 'year'

export interface ImportedReport {
  report: Report
  notes: ImportNote[]
  /** For every value the report holds, where it came from (read it with `provenanceAt`). */
  provenance: SourceMap
  /**
   * The report's agency or year could not be read: `report.agency`/`report.year` are
   * placeholders ('' / 0) until the person fills them in. Such a report is never stored as is.
   */
  needs?: NeededInput[]
}

/** A sheet column's key role: the agency, its region, the year, the template edition. */
export type KeyRole = 'agency' | 'region' | 'year' | 'edition'

/** What a sheet column fills: a key, a cell of the catalog, or nothing (`ignore`). */
export type HeaderTarget = KeyRole | 'ignore' | CellPath

/** A person's corrections for one set of headers: header (compacted) → what it fills. */
export type HeaderMap = Readonly<Record<string, HeaderTarget>>

/** Corrections by the signature of the headers they were made for (`headerSignature`). */
export type HeaderMaps = Readonly<Record<string, HeaderMap>>

/** How one column of a sheet was read. */
export interface SheetColumn {
  /** The header as written. */
  header: string
  /** 1-based, as a spreadsheet numbers columns. */
  column: number
  /** What the column fills; absent: 未识别 (not read). */
  target?: HeaderTarget
  /** What the header's words alone give; absent when they give nothing. */
  matched?: HeaderTarget
  /** Whether `target` is a person's correction rather than `matched`. */
  corrected: boolean
  /** Why the column is not read, or what to know about it, in Chinese. */
  note?: string
  /** Why it is not read: its words name nothing, a sum no cell holds, or a cell taken already. */
  unread?: 'unknown' | 'sum' | 'duplicate'
}

/** The header of a sheet in the wide layout and what each column was read as. */
export interface SheetLayout {
  /** The workbook's sheet name. */
  sheet?: string
  /** The headers' identity: corrections made for it apply to every sheet with the same headers. */
  signature: string
  /** 1-based row of the header. */
  headerRow: number
  columns: SheetColumn[]
}

/** What a person decided beforehand about how files are read. Plain data: it goes to a Worker. */
export interface ImportOptions {
  headerMaps?: HeaderMaps
}

/** What one file gave: its reports, or an error that says in Chinese what is wrong and where. */
export interface FileImport {
  file: string
  format: SourceFormat | 'unknown'
  reports: ImportedReport[]
  /** Notes about the file as a whole (encoding, skipped rows). */
  notes: ImportNote[]
  /** The headers of the file's wide-layout sheets, for the preview (also when they gave nothing). */
  sheets?: SheetLayout[]
  error?: string
}
