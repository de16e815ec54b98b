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
  | 'amount-precision'
  | 'encoding'
  | 'rows-skipped'
  /** Only one of the two readers (grid, text) could read a table: the other's reason. */
  | 'one-reading'

/** Something the person should know about how a file was read; in Chinese. */
export interface ImportNote {
  level: NoteLevel
  code: NoteCode
  message: string
  cells?: CellPath[]
}

export interface ImportedReport {
  report: Report
  notes: ImportNote[]
  /** For every value the report holds, where it came from (read it with `provenanceAt`). */
  provenance: SourceMap
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
