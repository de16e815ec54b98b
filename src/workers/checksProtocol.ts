/**
 * Messages between the page and the checks worker. The worker keeps the reports it was sent,
 * by a number the page gave each: a check names the reports by number, and only reports the
 * worker has not seen yet travel (in `put` messages, a slice at a time). Ten thousand reports
 * are copied into the worker once, not on every check.
 */
import type { Finding } from '@/checks/types'
import type { Thresholds } from '@/checks/thresholds'
import type { Report } from '@/domain/report'

export type ChecksRequest =
  | { type: 'put'; reports: [number, Report][] }
  | {
      type: 'check'
      /** Echoed back, so an answer to an older request is recognised and dropped. */
      id: number
      /** The reports to check, by number; the worker forgets every other report it holds. */
      reports: number[]
      thresholds: Thresholds
    }

export type ChecksResponse =
  | { type: 'done'; id: number; findings: Finding[] }
  | { type: 'failed'; id: number; message: string }
