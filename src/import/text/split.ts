/**
 * The readings of a row whose cells lost the separators between them (`4200006`). A reading puts
 * the printed digits, in order, into the row's cells; a cell may also have printed nothing (a
 * blank cell, worth 0), since a page that leaves zero cells empty glues into fewer digits than
 * cells. Each set of values is produced once: among the ways to place printed zeros in a run of
 * zero cells, only the one that prints them first is walked.
 */

/** Digits of a row, with the cuts the text made certain (a separator was printed there). */
export interface DigitRun {
  digits: string
  /** `partEnd[i]`: where the printed part holding digit `i` ends. */
  partEnd: Int32Array
  /** `partsFrom[i]`: how many printed parts start at or contain digit `i` and later. */
  partsFrom: Int32Array
}

export function digitRun(parts: readonly string[]): DigitRun {
  const digits = parts.join('')
  const n = digits.length
  const partEnd = new Int32Array(n)
  const partsFrom = new Int32Array(n + 1)
  let at = 0
  parts.forEach((p) => {
    for (let k = 0; k < p.length; k++) partEnd[at + k] = at + p.length
    at += p.length
  })
  // Counted at each part's last digit, so the part holding digit `i` counts for `i`.
  let count = 0
  for (let i = n - 1; i >= 0; i--) {
    if (partEnd[i] === i + 1) count++
    partsFrom[i] = count
  }
  return { digits, partEnd, partsFrom }
}

/** At most this many digits in one cell: no count in a report comes near a billion. */
const MAX_CELL_DIGITS = 9

/** Shared by every enumeration of one table: when it runs out, the caller refuses the table. */
export class Work {
  constructor(public left: number) {}
  spend(n = 1): boolean {
    this.left -= n
    return this.left >= 0
  }
  get exhausted(): boolean {
    return this.left < 0
  }
}

export interface Reading {
  values: number[]
  /** Cells that printed nothing. */
  blanks: number
}

/** What a value costs in a cell (identities it breaks there); 0 when it costs nothing. */
export type CellCost = (cell: number, value: number) => number

const FREE: CellCost = () => 0

/** How readings are walked: their cost and budget, and whether a cell may print nothing. */
export interface WalkOptions {
  budget?: number
  cellCost?: CellCost
  endCost?: (values: readonly number[]) => number
  /** False for a run with as many digits as cells or more, where every cell printed. */
  blanks?: boolean
}

/**
 * Every reading of `run` as `cells` values whose cost — the cells' costs plus `endCost` of the
 * whole reading — is at most `budget`, in no particular order. `visit` gets the values (an array
 * reused between calls: copy it to keep it), the blank cells and the cost; returning false stops
 * the walk, and so does `work` running out (check `work.exhausted` after).
 */
export function eachReading(
  run: DigitRun,
  cells: number,
  work: Work,
  visit: (values: number[], blanks: number, cost: number) => boolean | void,
  options: WalkOptions = {},
): void {
  const { budget = Infinity, cellCost = FREE, endCost, blanks: allowBlanks = true } = options
  const { digits: d, partEnd, partsFrom } = run
  const n = d.length
  const values = new Array<number>(cells).fill(0)
  let stopped = false
  // One function for the whole walk (no closure made per cell: this runs for every glued row).
  function walk(i: number, p: number, blanks: number, cost: number): void {
    if (stopped) return
    if (!work.spend()) {
      stopped = true
      return
    }
    if (i === cells) {
      if (p !== n) return
      const total = endCost ? cost + endCost(values) : cost
      if (total <= budget && visit(values, blanks, total) === false) stopped = true
      return
    }
    const left = cells - i
    if (n - p > left * MAX_CELL_DIGITS) return
    if (p < n && (partsFrom[p] as number) > left) return
    if (p < n && d.charCodeAt(p) === 48) {
      // A printed zero is a cell of its own: `00` is no count.
      const c = cost + cellCost(i, 0)
      if (c > budget) return
      values[i] = 0
      walk(i + 1, p + 1, blanks, c)
      return
    }
    // A blank cell; only where no printed zero could stand instead (one walk per value set).
    if (allowBlanks) {
      const c = cost + cellCost(i, 0)
      if (c <= budget) {
        values[i] = 0
        walk(i + 1, p, blanks + 1, c)
      }
    }
    if (p >= n) return
    const end = Math.min(partEnd[p] as number, p + MAX_CELL_DIGITS)
    let x = 0
    for (let q = p; q < end && !stopped; q++) {
      x = x * 10 + (d.charCodeAt(q) - 48)
      const c = cost + cellCost(i, x)
      if (c > budget) continue
      values[i] = x
      walk(i + 1, q + 1, blanks, c)
    }
  }
  walk(0, 0, 0, 0)
}

/**
 * The readings of a table-3 row that keep its row sum: the total is the last cell, so it is
 * chosen first (blank, or the run's last digits), and the six cells before it are walked only
 * while their sum stays within it. The same readings `eachReading` gives, found far faster.
 */
export function rowSumReadings(
  run: DigitRun,
  work: Work,
  limit: number,
  allowBlanks = true,
): Reading[] | undefined {
  const { digits: d, partEnd } = run
  const n = d.length
  const out: Reading[] = []
  const values = new Array<number>(7).fill(0)
  let over = false
  function walk(i: number, p: number, end: number, sum: number, total: number, blanks: number) {
    if (over) return
    if (!work.spend()) {
      over = true
      return
    }
    if (i === 6) {
      if (p !== end || sum !== total) return
      if (out.length >= limit) over = true
      else out.push({ values: [...values], blanks })
      return
    }
    const left = 7 - i
    if (end - p > (left - 1) * MAX_CELL_DIGITS) return
    if (p < n && d.charCodeAt(p) === 48) {
      if (p >= end) return
      values[i] = 0
      walk(i + 1, p + 1, end, sum, total, blanks)
      return
    }
    if (allowBlanks) {
      values[i] = 0
      walk(i + 1, p, end, sum, total, blanks + 1)
    }
    if (p >= end) return
    const stop = Math.min(partEnd[p] as number, p + MAX_CELL_DIGITS, end)
    let x = 0
    for (let q = p; q < stop; q++) {
      x = x * 10 + (d.charCodeAt(q) - 48)
      if (sum + x > total) break
      values[i] = x
      walk(i + 1, q + 1, end, sum + x, total, blanks)
    }
  }
  // The total printed nothing: only after every digit, and with nothing to add up to.
  values[6] = 0
  if (allowBlanks) walk(0, 0, n, 0, 0, 1)
  // The total is the run's last digits, as one printed part's tail.
  for (let start = n - 1; start >= Math.max(0, n - MAX_CELL_DIGITS) && !over; start--) {
    if (partEnd[start] !== n) break
    if (d.charCodeAt(start) === 48 && start !== n - 1) continue
    values[6] = Number(d.slice(start))
    walk(0, 0, start, 0, values[6], 0)
  }
  return over ? undefined : out
}

/** Every reading, collected; `undefined` when there are more than `limit` or work ran out. */
export function allReadings(
  run: DigitRun,
  cells: number,
  work: Work,
  limit: number,
): Reading[] | undefined {
  const out: Reading[] = []
  let over = false
  eachReading(run, cells, work, (values, blanks) => {
    if (out.length >= limit) {
      over = true
      return false
    }
    out.push({ values: [...values], blanks })
  })
  return over || work.exhausted ? undefined : out
}

/** Table 3 row: the six applicant columns add up to the total. */
export function rowSumHolds(v: readonly number[]): boolean {
  let sum = 0
  for (let i = 0; i < 6; i++) sum += v[i] ?? 0
  return sum === v[6]
}

/** Table 4: in each block of five, the first four add up to the fifth. */
export function blockSumsHold(v: readonly number[]): boolean {
  for (let b = 0; b + 5 <= v.length; b += 5) {
    const [a = 0, c = 0, d = 0, e = 0, t = 0] = v.slice(b, b + 5)
    if (a + c + d + e !== t) return false
  }
  return true
}

/**
 * Where each cell of a reading was printed: the index of the printed part its digits start in,
 * or -1 for a blank cell. Walks the reading the way `eachReading` produced it.
 */
export function cellParts(parts: readonly string[], values: readonly number[]): number[] {
  const run = digitRun(parts)
  const partOf = new Int32Array(run.digits.length)
  let at = 0
  parts.forEach((p, k) => {
    for (let j = 0; j < p.length; j++) partOf[at + j] = k
    at += p.length
  })
  const out: number[] = []
  let p = 0
  for (const v of values) {
    const text = String(v)
    if (v === 0 && run.digits[p] !== '0') out.push(-1)
    else {
      out.push(p < run.digits.length ? (partOf[p] as number) : -1)
      p += text.length
    }
  }
  return out
}
