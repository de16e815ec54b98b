/** Messages between the page and the import worker. */
import type { Finding } from '@/checks'
import type { FileImport, ImportedReport, ImportOptions } from '@/import/types'

export interface ImportJob {
  id: string
  name: string
  /** A dropped file (read in the worker so the page never blocks), or pasted text. */
  file?: Blob
  text?: string
  /** The person's corrections of sheet headers (plain data: cloned into the worker). */
  options?: ImportOptions
}

export interface ImportRequest {
  type: 'import'
  jobs: ImportJob[]
}

export type ImportResponse =
  /** The file's size in bytes, read here rather than on the page (1,000 files: a long task). */
  | { type: 'reading'; id: string; size?: number }
  /** Part of a large file's reports, ahead of its `done` (which carries the rest). */
  | { type: 'reports'; id: string; reports: ImportedReport[] }
  | { type: 'done'; id: string; result: FileImport; findings: Finding[] }

/**
 * Reports per message: receiving one message of 10,000 reports blocked the page for seconds, and
 * one of 500 (with the provenance of every cell) still for 200–400 ms on a slow machine.
 */
export const REPORTS_PER_MESSAGE = 100
