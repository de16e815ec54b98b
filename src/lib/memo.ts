/**
 * Results kept for the last few arguments over one source. A new source (another array: the
 * reports after an import or a removal) starts afresh; going back to a recent argument (a filter
 * chosen a moment ago) is a lookup, not a recount. Results are shared: read them, never change
 * them.
 */
export function recentResults<S, A, R>(
  limit: number,
  keyOf: (arg: A) => string,
  compute: (source: S, arg: A) => R,
): (source: S, arg: A) => R {
  let source: S | undefined
  let started = false
  // A Map iterates in insertion order: the first key is the least recently used.
  const kept = new Map<string, R>()
  return (nextSource, arg) => {
    if (!started || nextSource !== source) {
      kept.clear()
      source = nextSource
      started = true
    }
    const key = keyOf(arg)
    let result: R
    if (kept.has(key)) {
      result = kept.get(key) as R
      kept.delete(key) // set again below: now the most recently used
    } else result = compute(nextSource, arg)
    kept.set(key, result)
    if (kept.size > limit) {
      const oldest = kept.keys().next()
      if (!oldest.done) kept.delete(oldest.value)
    }
    return result
  }
}
