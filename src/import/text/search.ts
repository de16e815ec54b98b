/**
 * The exact search behind solveTable3: iterative deepening on the number of identities broken,
 * over hypotheses about which rows break their row sum, each row tried only against what the
 * identities it closes ask of it.
 */
import type { RequestRowKey } from '@/domain/catalog'
import { COLS, needsIdentities, wholeBroken, type Candidate, type Unit } from './rowUnits'
import type { Work } from './split'

/**
 * Identities broken beyond the row sums that break whatever the reading: a table breaking more
 * is refused rather than searched (the hypotheses grow as the subsets of its rows).
 */
const MAX_BROKEN = 4

/**
 * A column identity as its rows with a sign: in each column the signed values add up to 0.
 * T3-BALANCE: 本年新收 + 上年结转 − 总计 − 结转下年度; T3-OUTCOMES: 总计 − each outcome row.
 */
export type Group = Map<RequestRowKey, 1 | -1>

export interface Found {
  cost: number
  solutions: Map<RequestRowKey, Candidate>[]
}

/**
 * The fewest identities any admitted choice of readings breaks, and up to two choices that break
 * that few. At each depth every hypothesis about which rows break their row sum is tried (the
 * rows whose digits cannot keep it always among them): the other rows take readings that keep
 * it, these rows readings printed whole that do not. Two hypotheses never give the same values
 * (the rows breaking their sum differ), nor do two readings of one row, so two solutions found
 * at the lowest depth are two different sets of values.
 */
export function search(
  units: Unit[],
  groups: Group[],
  work: Work,
): Found | 'work' | 'breaks' | RequestRowKey {
  const forced = units.filter((u) => u.ok.length === 0)
  const unreadable = forced.find((u) => !u.breaks)
  if (unreadable) return unreadable.key
  const optional = units.filter((u) => u.ok.length > 0 && u.breaks)
  const maxCost = Math.min(units.length + groups.length * COLS, forced.length + MAX_BROKEN)
  for (let limit = forced.length; limit <= maxCost; limit++) {
    const solutions: Map<RequestRowKey, Candidate>[] = []
    for (let extra = 0; forced.length + extra <= limit && extra <= optional.length; extra++) {
      const r = eachSubset(optional, extra, (chosen) => {
        const broken = new Set([...forced, ...chosen].map((u) => u.key))
        if (tryHypothesis(units, groups, broken, limit - broken.size, work, solutions)) {
          return 'too-many'
        }
        return solutions.length > 1 ? 'stop' : 'go'
      })
      if (r === 'too-many') return 'work'
      if (solutions.length > 1) break
    }
    if (solutions.length > 0) return { cost: limit, solutions }
  }
  return 'breaks'
}

/** Calls `visit` with every subset of `items` with `size` elements, until it says otherwise. */
function eachSubset<T>(
  items: readonly T[],
  size: number,
  visit: (subset: T[]) => 'go' | 'stop' | 'too-many',
): 'go' | 'stop' | 'too-many' {
  const chosen: T[] = []
  const walk = (from: number): 'go' | 'stop' | 'too-many' => {
    if (chosen.length === size) return visit(chosen)
    for (let i = from; i <= items.length - (size - chosen.length); i++) {
      chosen.push(items[i] as T)
      const r = walk(i + 1)
      chosen.pop()
      if (r !== 'go') return r
    }
    return 'go'
  }
  return walk(0)
}

interface Role {
  g: number
  sign: 1 | -1
  /** The row is the identity's last: its value in a column must close it. */
  completes: boolean
  /** Rows of each sign still to come: without them, the column's sum can only fall or rise. */
  posLeft: boolean
  negLeft: boolean
}

interface Step {
  unit: Unit
  broken: boolean
  roles: Role[]
}

/**
 * Orders the rows of one hypothesis: rows keeping their sum first, then the rows breaking it,
 * each next one the row that closes the most identities (so it is tried only against what they
 * ask of it) or at least finds a bound in them.
 */
function orderSteps(units: Unit[], groups: Group[], broken: ReadonlySet<RequestRowKey>): Step[] {
  const order = units.filter((u) => !broken.has(u.key))
  const rest = units.filter((u) => broken.has(u.key))
  while (rest.length > 0) {
    const placed = new Set(order.map((u) => u.key))
    const score = (u: Unit) =>
      groups.reduce((s, g) => {
        if (!g.has(u.key)) return s
        const others = [...g.keys()].filter((k) => k !== u.key && !placed.has(k))
        if (others.length === 0) return s + 4
        const sign = g.get(u.key)
        return others.every((k) => g.get(k) === sign) ? s + 1 : s
      }, 0)
    // Among equals, the row with the fewest digits has the fewest readings to try.
    const size = (u: Unit) => u.run?.digits.length ?? 0
    let best = 0
    rest.forEach((u, i) => {
      const b = rest[best] as Unit
      if (score(u) > score(b) || (score(u) === score(b) && size(u) < size(b))) best = i
    })
    order.push(...rest.splice(best, 1))
  }
  return order.map((unit, i) => ({
    unit,
    broken: broken.has(unit.key),
    roles: groups.flatMap((group, g) => {
      const sign = group.get(unit.key)
      if (sign === undefined) return []
      const later = order.slice(i + 1).filter((u) => group.has(u.key))
      return [
        {
          g,
          sign,
          completes: later.length === 0,
          posLeft: later.some((u) => group.get(u.key) === 1),
          negLeft: later.some((u) => group.get(u.key) === -1),
        },
      ]
    }),
  }))
}

/**
 * Adds to `solutions` (up to two) every admitted choice of readings under one hypothesis about
 * which rows break their sum, with at most `columnBudget` column identities broken. Returns true
 * when the work ran out.
 */
function tryHypothesis(
  units: Unit[],
  groups: Group[],
  brokenRows: ReadonlySet<RequestRowKey>,
  columnBudget: number,
  work: Work,
  solutions: Map<RequestRowKey, Candidate>[],
): boolean {
  if (columnBudget < 0) return false
  // Ordering the rows is work too: it counts, so a table of many hypotheses stops in time.
  if (!work.spend(units.length)) return true
  const steps = orderSteps(units, groups, brokenRows)
  const sums = groups.map(() => new Array<number>(COLS).fill(0))
  const broken = groups.map(() => new Array<boolean>(COLS).fill(false))
  const picked = new Map<RequestRowKey, Candidate>()
  /** Groups a blank cell's row is in: none of their identities may break any more. */
  const strict = groups.map(() => 0)
  let aborted = false
  const done = () => aborted || solutions.length > 1

  /** The column identities value `x` in column `c` certainly breaks at step `s`. */
  const cellCost = (s: Step, c: number, x: number, mark?: [number, number][]): number => {
    let cost = 0
    for (const r of s.roles) {
      if (broken[r.g]![c]) continue
      const v = (sums[r.g]![c] as number) + r.sign * x
      if (r.completes ? v !== 0 : (!r.posLeft && v < 0) || (!r.negLeft && v > 0)) {
        if (strict[r.g]) return Infinity
        cost++
        mark?.push([r.g, c])
      }
    }
    return cost
  }

  const walk = (i: number, spent: number): void => {
    if (done()) return
    if (i === steps.length) {
      solutions.push(new Map(picked))
      return
    }
    const s = steps[i] as Step
    const budget = columnBudget - spent
    const take = (values: number[], blanks: number) => {
      let cost = 0
      for (let c = 0; c < COLS && cost <= budget; c++) cost += cellCost(s, c, values[c] as number)
      if (cost > budget) return
      const candidate = { values: [...values], blanks }
      // A blank cell is read as 0 only if its row's identities all hold.
      const vouch = needsIdentities(s.unit, candidate)
      if (vouch && (cost > 0 || s.roles.some((r) => broken[r.g]!.some(Boolean)))) return
      const marked: [number, number][] = []
      for (let c = 0; c < COLS; c++) cellCost(s, c, values[c] as number, marked)
      for (const [g, c] of marked) broken[g]![c] = true
      for (const r of s.roles) {
        for (let c = 0; c < COLS; c++) sums[r.g]![c]! += r.sign * (values[c] as number)
        if (vouch) strict[r.g]!++
      }
      picked.set(s.unit.key, candidate)
      walk(i + 1, spent + cost)
      picked.delete(s.unit.key)
      for (const r of s.roles) {
        for (let c = 0; c < COLS; c++) sums[r.g]![c]! -= r.sign * (values[c] as number)
        if (vouch) strict[r.g]!--
      }
      for (const [g, c] of marked) broken[g]![c] = false
    }
    if (!s.broken) {
      for (const cand of s.unit.ok) {
        if (!work.spend()) aborted = true
        if (done()) return
        take(cand.values, cand.blanks)
      }
      return
    }
    if (s.unit.fixed) {
      take([...s.unit.fixed], 0)
      return
    }
    // Closing an identity with nothing to spare: one value set is asked of the row.
    const closing = budget === 0 && s.roles.find((r) => r.completes && !broken[r.g]!.some(Boolean))
    if (closing) {
      const table = wholeBroken(s.unit, work)
      if (table) {
        if (!work.spend()) aborted = true
        const sum = sums[closing.g] as number[]
        const hit = table.get(sum.map((x) => -closing.sign * x).join())
        if (hit && !done()) take(hit, 0)
        return
      }
    }
    // Readings printed whole that break the row sum, each tried against what the columns ask.
    const table = wholeBroken(s.unit, work)
    if (!table) {
      aborted = true
      return
    }
    for (const values of table.values()) {
      if (!work.spend()) aborted = true
      if (done()) return
      take(values, 0)
    }
  }
  walk(0, 0)
  return aborted
}
