/**
 * Table 4 glued: the fewest blocks broken, and whether another reading breaks as few. As in table
 * 3, the digit count says whether cells were left blank, and a reading that leaves a cell blank
 * is admitted only when all three blocks then add up.
 */
import type { BrokenIdentity } from './solve'
import { blockSumsHold, eachReading, Work, type DigitRun } from './split'
import { WORK } from './rowUnits'

export type Table4Solution =
  | { kind: 'read'; values: number[]; blanks: number; broken: BrokenIdentity[] }
  | { kind: 'ambiguous'; a: number[]; b: number[]; broken: number }
  | { kind: 'too-many' }
  | { kind: 'none' }
  /** Printed whole a block breaks its sum, yet with cells blank none would. */
  | { kind: 'doubt' }

interface Best {
  cost: number
  /** Distinct value sets at that cost, counted up to two. */
  count: number
  values: number[]
  blanks: number
  /** A second value set at that cost, when there is one. */
  other?: number[]
}

const CELLS4 = 15

/**
 * Table 4: one run of digits for fifteen cells, three blocks of five whose first four add up to
 * the fifth. The blocks follow each other in the run, so the fewest blocks broken is found in one
 * walk of the run, memoised on the cell, the digit and the block's running sum.
 */
export function solveTable4(run: DigitRun, work = new Work(WORK)): Table4Solution {
  const only = run.digits.length < CELLS4 && countReadings(run, CELLS4, work) === 1
  if (work.exhausted) return { kind: 'too-many' }
  const { digits: d, partEnd, partsFrom } = run
  const n = d.length
  let aborted = false

  function solve(admitBlanks: boolean, keepAll: boolean): Best | null {
    const memo = new Map<string, Best | null>()
    /** The best of `result` and cell `i` read as `x` (from digit `p` to `next`) then the rest. */
    function consider(
      result: Best | null,
      i: number,
      sum: number,
      x: number,
      next: number,
      blank: number,
    ): Best | null {
      const closes = i % 5 === 4
      const sub = best(i + 1, next, closes ? 0 : sum + x)
      if (!sub) return result
      const cost = sub.cost + (closes && x !== sum ? 1 : 0)
      if (keepAll && cost > 0) return result
      if (!result || cost < result.cost) {
        const values = [x, ...sub.values]
        const better: Best = { cost, count: sub.count, values, blanks: sub.blanks + blank }
        if (sub.other) better.other = [x, ...sub.other]
        return better
      }
      if (cost === result.cost) {
        result.other ??= [x, ...sub.values]
        result.count = Math.min(2, result.count + sub.count)
      }
      return result
    }
    function best(i: number, p: number, sum: number): Best | null {
      if (i === CELLS4) return p === n ? { cost: 0, count: 1, values: [], blanks: 0 } : null
      const left = CELLS4 - i
      if (n - p > left * 9 || (p < n && (partsFrom[p] as number) > left)) return null
      const key = `${i},${p},${sum}`
      const hit = memo.get(key)
      if (hit !== undefined) return hit
      if (!work.spend()) {
        aborted = true
        return null
      }
      let result: Best | null = null
      if (p < n && d.charCodeAt(p) === 48) result = consider(result, i, sum, 0, p + 1, 0)
      else {
        if (admitBlanks) result = consider(result, i, sum, 0, p, 1)
        const end = Math.min(partEnd[p] ?? p, p + 9)
        let x = 0
        for (let q = p; q < end; q++) {
          x = x * 10 + (d.charCodeAt(q) - 48)
          result = consider(result, i, sum, x, q + 1, 0)
        }
      }
      memo.set(key, result)
      return result
    }
    return best(0, 0, 0)
  }

  let found: Best | null
  if (n === CELLS4) {
    // One digit per cell: the one reading printed whole, no walk needed.
    const values = [...d].map(Number)
    const cost = [0, 1, 2].filter((b) => !blockSumsHold(values.slice(b * 5, b * 5 + 5))).length
    found = { cost, count: 1, values, blanks: 0 }
    if (cost > 0 && solve(true, true)) return { kind: 'doubt' }
  } else if (n >= CELLS4) {
    // As many digits as cells or more: every cell printed a number.
    found = solve(false, false)
    // Breaking a block printed whole, keeping them all with cells blank: which is it.
    if (found && found.cost > 0 && solve(true, true)) return { kind: 'doubt' }
  } else {
    // Fewer: some cells printed nothing, read as 0 where every block then adds up.
    found = solve(true, !only)
  }
  if (aborted) return { kind: 'too-many' }
  if (!found) return { kind: 'none' }
  if (found.count > 1 && found.other) {
    return { kind: 'ambiguous', a: found.values, b: found.other, broken: found.cost }
  }
  const broken: BrokenIdentity[] = []
  for (let b = 0; b < 3; b++) {
    if (!blockSumsHold(found.values.slice(b * 5, b * 5 + 5))) {
      broken.push({ rule: 'T4-SUM', row: String(b) })
    }
  }
  return { kind: 'read', values: found.values, blanks: found.blanks, broken }
}

/** How many sets of values the run allows, counted up to two. */
function countReadings(run: DigitRun, cells: number, work: Work): number {
  let count = 0
  eachReading(run, cells, work, () => ++count < 2)
  return count
}
