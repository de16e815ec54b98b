/** Messages between the page and the checks worker. */
import type { Finding } from '@/checks/types'
import type { Thresholds } from '@/checks/thresholds'
import type { Report } from '@/domain/report'

export interface ChecksRequest {
  type: 'check'
  /** Echoed back, so an answer to an older request is recognised and dropped. */
  id: number
  reports: Report[]
  thresholds: Thresholds
}

export type ChecksResponse =
  | { type: 'done'; id: number; findings: Finding[] }
  | { type: 'failed'; id: number; message: string }
