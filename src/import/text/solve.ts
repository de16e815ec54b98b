/**
 * Choosing the values of rows whose cells ran together, with the template's identities
 * (T3-ROWSUM per row, T3-BALANCE and T3-OUTCOMES per column, T4-SUM per block).
 *
 * A row's digit count says how it was printed: with as many digits as cells or more, every cell
 * printed a number; with fewer, some cells printed nothing, anywhere (a page that leaves zero
 * cells empty), and every placement is a candidate. A blank cell is read as 0 only where the
 * identities then hold: such a reading is admitted only if every identity its row takes part in
 * holds — unless the digits allow no other values at all (six zeros for seven zero cells).
 * A row printed whole whose sum no reading keeps, when leaving cells blank would keep it, could be
 * either: it is not read.
 * Among the admitted choices, the one that breaks the fewest identities is taken, and only when
 * no other set of values breaks as few: a table whose published values break an identity is read
 * as published (the checks flag the break), and two readings that fit equally well are never
 * chosen between.
 *
 * The search is exact: iterative deepening on the number of identities broken, so the first depth
 * with a solution is the minimum, and at that depth solutions are looked for until two are found.
 * It stops on a work budget, and the caller then refuses the table: a slow input costs a refusal,
 * never a guess.
 */
import { outcomeRows, type RequestRowKey } from '@/domain/catalog'
import { COLS, WORK, unitOf, type Candidate, type RowInput, type Unit } from './rowUnits'
import { search, type Group } from './search'
import { eachReading, rowSumHolds, Work } from './split'

export type { RowInput } from './rowUnits'
export { solveTable4, type Table4Solution } from './solve4'

export type IdentityRule = 'T3-ROWSUM' | 'T3-BALANCE' | 'T3-OUTCOMES' | 'T4-SUM'

export interface BrokenIdentity {
  rule: IdentityRule
  /** The row (T3-ROWSUM) or the block's index (T4-SUM). */
  row?: string
  /** The column's index (T3-BALANCE, T3-OUTCOMES). */
  column?: number
}

export interface RowReading {
  values: number[]
  /** Cells that printed nothing. */
  blanks: number
  /** Whether the row's digits allow these values only. */
  only: boolean
}

export type Table3Solution =
  | { kind: 'read'; rows: Map<RequestRowKey, RowReading>; broken: BrokenIdentity[] }
  | {
      kind: 'ambiguous'
      /** Two readings, each breaking `broken` identities, that differ in these rows. */
      rows: { key: RequestRowKey; a: number[]; b: number[] }[]
      broken: number
    }
  /** The search stopped: on its work budget, or past the most identities it looks at broken. */
  | { kind: 'too-many'; why: 'work' | 'breaks' }
  /** The row's digits can be read no admissible way. */
  | { kind: 'none'; row: RequestRowKey }
  /** Printed whole the row breaks its sum, yet with cells blank it would not: which is it. */
  | { kind: 'doubt'; row: RequestRowKey }

/**
 * Table 3. `rows` are the rows the report prints, any order; `split` whether it prints the three
 * （六） sub-rows.
 */
export function solveTable3(
  rows: readonly RowInput[],
  split: boolean,
  work = new Work(WORK),
): Table3Solution {
  const units = new Map<RequestRowKey, Unit>()
  for (const row of rows) {
    const u = unitOf(row, work)
    if (u === 'too-many') return { kind: 'too-many', why: 'work' }
    units.set(row.key, u)
  }
  const doubt = [...units.values()].find((u) => u.doubt)
  if (doubt) return { kind: 'doubt', row: doubt.key }
  const groups = identityGroups(units, split)
  const inGroups = new Set(groups.flatMap((g) => [...g.keys()]))
  const chosen = new Map<RequestRowKey, Candidate>()

  // A row in no column identity is read on its own row sum.
  for (const u of units.values()) {
    if (inGroups.has(u.key)) continue
    const local = localReading(u, work)
    if (local === 'too-many') return { kind: 'too-many', why: 'work' }
    if (local === 'none') return { kind: 'none', row: u.key }
    if (local.length > 1) {
      const [a, b] = local as [Candidate, Candidate]
      return { kind: 'ambiguous', rows: [{ key: u.key, a: a.values, b: b.values }], broken: 0 }
    }
    chosen.set(u.key, local[0] as Candidate)
  }

  const searched = ORDER.filter((k) => inGroups.has(k)).map((k) => units.get(k) as Unit)
  const found = onlyReading(searched, split, chosen) ?? search(searched, groups, work)
  if (typeof found === 'string') {
    if (found === 'work' || found === 'breaks') return { kind: 'too-many', why: found }
    return { kind: 'none', row: found }
  }
  if (found.solutions.length > 1) {
    const [a, b] = found.solutions as [Map<RequestRowKey, Candidate>, Map<RequestRowKey, Candidate>]
    const differ = searched
      .map((u) => ({ key: u.key, a: a.get(u.key)!.values, b: b.get(u.key)!.values }))
      .filter((d) => d.a.join() !== d.b.join())
    return { kind: 'ambiguous', rows: differ, broken: found.cost }
  }
  for (const [key, c] of found.solutions[0] ?? []) chosen.set(key, c)

  const out = new Map<RequestRowKey, RowReading>()
  for (const [key, c] of chosen) {
    out.set(key, { values: c.values, blanks: c.blanks, only: units.get(key)!.only })
  }
  return { kind: 'read', rows: out, broken: brokenIdentities(out, split) }
}

/**
 * Most glued tables: each row has one reading that keeps its sum, and together they keep every
 * column identity. Nothing else can break as few (no row has another reading keeping its sum), so
 * that is the reading, found without the search.
 */
function onlyReading(
  units: Unit[],
  split: boolean,
  local: ReadonlyMap<RequestRowKey, Candidate>,
): { cost: 0; solutions: Map<RequestRowKey, Candidate>[] } | undefined {
  if (units.some((u) => u.ok.length !== 1)) return undefined
  const picked = new Map(units.map((u) => [u.key, u.ok[0] as Candidate]))
  const all = new Map([...local, ...picked])
  if (brokenIdentities(all, split).length > 0) return undefined
  return { cost: 0, solutions: [picked] }
}

/** The readings of a row on its own: those keeping its sum, else those printed whole. */
function localReading(u: Unit, work: Work): Candidate[] | 'none' | 'too-many' {
  const ok = u.ok.filter((c) => !u.empty || rowSumHolds(c.values))
  if (ok.length > 0) return ok.slice(0, 2)
  const whole: Candidate[] = []
  if (u.fixed) whole.push({ values: [...u.fixed], blanks: 0 })
  else if (u.run) {
    eachReading(
      u.run,
      COLS,
      work,
      (values) => {
        whole.push({ values: [...values], blanks: 0 })
        return whole.length < 2
      },
      { blanks: false },
    )
    if (work.exhausted) return 'too-many'
  }
  return whole.length === 0 ? 'none' : whole
}

/** Outcome rows with and without the three （六） sub-rows, computed once. */
const OUTCOMES = { split: outcomeRows(true), single: outcomeRows(false) }
const outcomesOf = (split: boolean) => (split ? OUTCOMES.split : OUTCOMES.single)

/** Rows in the order the search takes them: each identity's rows close together. */
export const ORDER: readonly RequestRowKey[] = [
  'newReceived',
  'carriedOver',
  'total',
  'carriedForward',
  ...OUTCOMES.split,
  'other',
]

/** Only identities whose rows are all printed are tested. */
function identityGroups(units: ReadonlyMap<RequestRowKey, Unit>, split: boolean): Group[] {
  const balance: Group = new Map([
    ['newReceived', 1],
    ['carriedOver', 1],
    ['total', -1],
    ['carriedForward', -1],
  ])
  const outcome: Group = new Map([['total', 1]])
  for (const k of outcomesOf(split)) outcome.set(k, -1)
  return [balance, outcome].filter((g) => [...g.keys()].every((k) => units.has(k)))
}

/** The identities the values break, in the order the notes name them. */
export function brokenIdentities(
  rows: ReadonlyMap<RequestRowKey, { values: readonly number[] }>,
  split: boolean,
): BrokenIdentity[] {
  const out: BrokenIdentity[] = []
  const v = (k: RequestRowKey) => rows.get(k)?.values
  for (const key of ORDER) {
    const r = v(key)
    if (r && !rowSumHolds(r)) out.push({ rule: 'T3-ROWSUM', row: key })
  }
  const nr = v('newReceived')
  const co = v('carriedOver')
  const total = v('total')
  const cf = v('carriedForward')
  const outs = outcomesOf(split).map(v)
  for (let col = 0; col < COLS; col++) {
    if (nr && co && total && cf) {
      if (
        (nr[col] as number) + (co[col] as number) !==
        (total[col] as number) + (cf[col] as number)
      )
        out.push({ rule: 'T3-BALANCE', column: col })
    }
  }
  for (let col = 0; col < COLS; col++) {
    if (total && outs.every((o) => o !== undefined)) {
      const sum = outs.reduce((a, o) => a + ((o as readonly number[])[col] as number), 0)
      if (sum !== total[col]) out.push({ rule: 'T3-OUTCOMES', column: col })
    }
  }
  return out
}
