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

/** What one file gave: its reports, or an error that says in Chinese what is wrong and where. */
export interface FileImport {
  file: string
  format: SourceFormat | 'unknown'
  reports: ImportedReport[]
  /** Notes about the file as a whole (encoding, skipped rows). */
  notes: ImportNote[]
  error?: string
}
