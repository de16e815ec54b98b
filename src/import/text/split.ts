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
  for (const p of parts) {
    for (let k = 0; k < p.length; k++) partEnd[at + k] = at + p.length
    at += p.length
  }
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
  const walk: ReadingWalk = {
    d: run.digits,
    n: run.digits.length,
    partEnd: run.partEnd,
    partsFrom: run.partsFrom,
    cells,
    values: new Array<number>(cells).fill(0),
    work,
    visit,
    budget: options.budget ?? Infinity,
    cellCost: options.cellCost ?? FREE,
    endCost: options.endCost,
    blanks: options.blanks ?? true,
    stopped: false,
  }
  walkReadings(walk, 0, 0, 0, 0)
}

/** One walk's state, passed down instead of closed over (a closure per row cost a tenth). */
interface ReadingWalk {
  d: string
  n: number
  partEnd: Int32Array
  partsFrom: Int32Array
  cells: number
  values: number[]
  work: Work
  visit: (values: number[], blanks: number, cost: number) => boolean | void
  budget: number
  cellCost: CellCost
  endCost: ((values: readonly number[]) => number) | undefined
  blanks: boolean
  stopped: boolean
}

function walkReadings(w: ReadingWalk, i: number, p: number, blanks: number, cost: number): void {
  if (w.stopped) return
  if (!w.work.spend()) {
    w.stopped = true
    return
  }
  const { d, n, values } = w
  if (i === w.cells) {
    if (p !== n) return
    const total = w.endCost ? cost + w.endCost(values) : cost
    if (total <= w.budget && w.visit(values, blanks, total) === false) w.stopped = true
    return
  }
  const left = w.cells - i
  if (n - p > left * MAX_CELL_DIGITS) return
  if (p < n && (w.partsFrom[p] as number) > left) return
  if (p < n && d.charCodeAt(p) === 48) {
    // A printed zero is a cell of its own: `00` is no count.
    const c = cost + w.cellCost(i, 0)
    if (c > w.budget) return
    values[i] = 0
    walkReadings(w, i + 1, p + 1, blanks, c)
    return
  }
  // A blank cell; only where no printed zero could stand instead (one walk per value set).
  if (w.blanks) {
    const c = cost + w.cellCost(i, 0)
    if (c <= w.budget) {
      values[i] = 0
      walkReadings(w, i + 1, p, blanks + 1, c)
    }
  }
  if (p >= n) return
  const end = Math.min(w.partEnd[p] as number, p + MAX_CELL_DIGITS)
  let x = 0
  for (let q = p; q < end && !w.stopped; q++) {
    x = x * 10 + (d.charCodeAt(q) - 48)
    const c = cost + w.cellCost(i, x)
    if (c > w.budget) continue
    values[i] = x
    walkReadings(w, i + 1, q + 1, blanks, c)
  }
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
  const w: SumWalk = {
    d,
    partEnd,
    work,
    limit,
    allowBlanks,
    out: [],
    values: [0, 0, 0, 0, 0, 0, 0],
    over: false,
  }
  // The total printed nothing: only after every digit, and with nothing to add up to.
  if (allowBlanks) walkSum(w, 0, 0, n, 0, 0, 1)
  // The total is the run's last digits, as one printed part's tail.
  for (let start = n - 1; start >= Math.max(0, n - MAX_CELL_DIGITS) && !w.over; start--) {
    if (partEnd[start] !== n) break
    if (d.charCodeAt(start) === 48 && start !== n - 1) continue
    const total = Number(d.slice(start))
    w.values[6] = total
    walkSum(w, 0, 0, start, 0, total, 0)
  }
  return w.over ? undefined : w.out
}

interface SumWalk {
  d: string
  partEnd: Int32Array
  work: Work
  limit: number
  allowBlanks: boolean
  out: Reading[]
  values: number[]
  over: boolean
}

/** The six applicant cells over digits `p`…`end`, their sum kept within `total`. */
function walkSum(
  w: SumWalk,
  i: number,
  p: number,
  end: number,
  sum: number,
  total: number,
  blanks: number,
): void {
  if (w.over) return
  if (!w.work.spend()) {
    w.over = true
    return
  }
  const { d, values } = w
  if (i === 6) {
    if (p !== end || sum !== total) return
    if (w.out.length >= w.limit) w.over = true
    else w.out.push({ values: [...values], blanks })
    return
  }
  if (end - p > (6 - i) * MAX_CELL_DIGITS) return
  if (p < d.length && d.charCodeAt(p) === 48) {
    if (p >= end) return
    values[i] = 0
    walkSum(w, i + 1, p + 1, end, sum, total, blanks)
    return
  }
  if (w.allowBlanks) {
    values[i] = 0
    walkSum(w, i + 1, p, end, sum, total, blanks + 1)
  }
  if (p >= end) return
  const stop = Math.min(w.partEnd[p] as number, p + MAX_CELL_DIGITS, end)
  let x = 0
  for (let q = p; q < stop; q++) {
    x = x * 10 + (d.charCodeAt(q) - 48)
    if (sum + x > total) break
    values[i] = x
    walkSum(w, i + 1, q + 1, end, sum + x, total, blanks)
  }
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
