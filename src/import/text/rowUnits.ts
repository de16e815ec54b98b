/**
 * A table-3 row as the identities solver sees it: every admissible reading of its digits, those
 * keeping the row sum listed, those breaking it built when first asked.
 *
 * A row with at least as many digits as cells is read with every cell printed: its own digit
 * count says so (`4200006` is 4, 2, 0, 0, 0, 0, 6, not 4200 beside blank cells). A row with
 * fewer digits than cells left some cells blank, anywhere: all such readings are candidates.
 */
import type { RequestRowKey } from '@/domain/catalog'
import {
  digitRun,
  eachReading,
  rowSumHolds,
  rowSumReadings,
  type DigitRun,
  type Work,
} from './split'

export interface RowInput {
  key: RequestRowKey
  /** A row read whole: its seven values as printed. */
  fixed?: readonly number[]
  /** Otherwise the digits it printed (none at all: every cell blank). */
  run?: DigitRun
}

/** Readings that keep a row's sum beyond this many: the table is refused rather than searched. */
export const MAX_READINGS = 20_000
/**
 * Ten times what the hardest real case needs (every single-cell misprint of huaian-2024, glued,
 * took at most 111,000 steps and 26 ms); a table that would need more is refused, in well under a
 * second.
 */
export const WORK = 1_000_000

export const COLS = 7

export interface Candidate {
  values: number[]
  blanks: number
}

export interface Unit {
  key: RequestRowKey
  run?: DigitRun
  fixed?: readonly number[]
  /** The readings that keep the row sum. */
  ok: Candidate[]
  /** Whether some admissible reading breaks it (printed whole, no blank cell). */
  breaks: boolean
  /** The digits allow one set of values only. */
  only: boolean
  /** Nothing printed at all: every cell blank. */
  empty: boolean
  /**
   * No reading printed whole keeps the row sum, yet one leaving cells blank would: the sum the
   * agency printed may be wrong, or cells may have printed nothing. Such a row is not read.
   */
  doubt: boolean
  /** Its readings printed whole that break the row sum, by values: built when first asked. */
  whole?: Map<string, number[]> | null
}

/** Whether the row's readings print every cell: it has as many digits as cells, or more. */
function printsEveryCell(run: DigitRun): boolean {
  return run.digits.length >= COLS
}

/** The readings printed whole that break the row sum, looked up by their values. */
export function wholeBroken(u: Unit, work: Work): Map<string, number[]> | null {
  if (u.whole !== undefined) return u.whole
  const map = new Map<string, number[]>()
  if (u.fixed) {
    if (!rowSumHolds(u.fixed)) map.set(u.fixed.join(), [...u.fixed])
  } else if (u.run && printsEveryCell(u.run)) {
    eachReading(
      u.run,
      COLS,
      work,
      (values) => {
        if (!rowSumHolds(values)) map.set(values.join(), [...values])
        return map.size <= MAX_READINGS
      },
      { blanks: false },
    )
  }
  u.whole = work.exhausted || map.size > MAX_READINGS ? null : map
  return u.whole
}

export function unitOf(row: RowInput, work: Work): Unit | 'too-many' {
  if (row.fixed) {
    const values = [...row.fixed]
    const holds = rowSumHolds(values)
    return {
      key: row.key,
      fixed: row.fixed,
      ok: holds ? [{ values, blanks: 0 }] : [],
      breaks: !holds,
      only: true,
      empty: false,
      doubt: false,
    }
  }
  const run = row.run ?? digitRun([])
  const whole = printsEveryCell(run)
  const ok = rowSumReadings(run, work, MAX_READINGS, !whole)
  if (!ok) return 'too-many'
  let count = 0
  let breaks = false
  eachReading(
    run,
    COLS,
    work,
    (values, blanks) => {
      count++
      if (blanks === 0 && !rowSumHolds(values)) breaks = true
      return !(breaks && count > 1)
    },
    { blanks: !whole },
  )
  // Printed whole no reading keeps the sum: would one with cells blank?
  const doubt = whole && ok.length === 0 && (rowSumReadings(run, work, 1, true)?.length ?? 1) > 0
  if (work.exhausted) return 'too-many'
  return {
    key: row.key,
    run,
    ok,
    breaks,
    only: count === 1,
    empty: run.digits.length === 0,
    doubt,
  }
}

/** Whether a reading leaves cells blank that the identities must then vouch for. */
export function needsIdentities(u: Unit, c: Candidate): boolean {
  return u.empty || (c.blanks > 0 && !u.only)
}
