/** Where a value stands in its source: the line a person finds it on. */
import type { Provenance } from '../types'

/** Offsets where each line starts (CR, LF or CRLF, as splitLines numbers lines). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++
    if (c === 10 || c === 13) starts.push(i + 1)
  }
  return starts
}

/** The index of the line holding `offset`, given where each line starts (ascending). */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The source line (0-based) of each source offset. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = lineStarts(text)
  return (offset) => lineAt(starts, offset)
}

export function lineLocator(text: string): (offset: number) => Provenance {
  // Line starts only; a line's text is cut when a value on it is located.
  const starts = lineStarts(text)
  // Values on one line share their provenance: build it once per line.
  const cache = new Map<number, Provenance>()
  // The values of a row are located one after another: try the last line found first.
  let last = 0
  return (offset) => {
    const from = starts[last] as number
    const next = starts[last + 1]
    const lo =
      offset >= from && (next === undefined || offset < next) ? last : lineAt(starts, offset)
    let p = cache.get(lo)
    if (!p) {
      const start = starts[lo] as number
      const next = starts[lo + 1]
      let end = next === undefined ? text.length : next - 1
      if (next !== undefined && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13)
        end--
      const excerpt = text.slice(start, end).trim().slice(0, 120)
      p = { where: `第${lo + 1}行`, line: lo + 1, excerpt }
      cache.set(lo, p)
    }
    last = lo
    return p
  }
}
