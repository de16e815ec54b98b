/**
 * Splitting digit runs that lost the separators between their cells (`4200006` → 4, 2, 0, 0, 0,
 * 0, 6). A run only ever splits where the template's identities hold; the caller decides what to
 * do when no split or more than one split does.
 */

/** A piece is a valid printed count: no leading zero unless it is `0`, at most 9 digits. */
function validPiece(p: string): boolean {
  return p.length > 0 && p.length <= 9 && (p === '0' || p[0] !== '0')
}

/**
 * Every way to cut `parts` (digit strings whose boundaries are certain cuts) into exactly `n`
 * numbers that `accept` approves. Stops after `limit` accepted splits.
 */
export function splitDigits(
  parts: readonly string[],
  n: number,
  accept: (values: number[]) => boolean,
  limit = 50,
): number[][] {
  const found: number[][] = []
  const values: number[] = []
  const totalDigits = parts.reduce((a, p) => a + p.length, 0)
  if (totalDigits < n || parts.length > n) return found

  // Cuts inside part `pi` starting at `pos`; `left` pieces still to place across the rest.
  const walk = (pi: number, pos: number, left: number): void => {
    if (found.length >= limit) return
    const part = parts[pi]
    if (part === undefined) {
      if (left === 0 && accept(values)) found.push([...values])
      return
    }
    const partsAfter = parts.length - pi - 1
    for (let end = pos + 1; end <= part.length; end++) {
      const piece = part.slice(pos, end)
      if (!validPiece(piece)) break
      const last = end === part.length
      // Each later part needs at least one piece.
      if (left - 1 < partsAfter) break
      if (last && left - 1 < partsAfter) continue
      if (!last && left - 1 < partsAfter + 1) continue
      values.push(Number(piece))
      if (last) walk(pi + 1, 0, left - 1)
      else walk(pi, end, left - 1)
      values.pop()
    }
  }
  walk(0, 0, n)
  return found
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
