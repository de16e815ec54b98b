/** Messages between the page and the import worker. */
import type { Finding } from '@/checks'
import type { FileImport } from '@/import/types'

export interface ImportJob {
  id: string
  name: string
  /** A dropped file (read in the worker so the page never blocks), or pasted text. */
  file?: Blob
  text?: string
}

export interface ImportRequest {
  type: 'import'
  jobs: ImportJob[]
}

export type ImportResponse =
  | { type: 'reading'; id: string }
  | { type: 'done'; id: string; result: FileImport; findings: Finding[] }
