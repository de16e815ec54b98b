/**
 * Work over many items in slices of a few milliseconds, with a pause between slices so the page
 * keeps drawing and answering: no main-thread task grows with the number of reports.
 */

/** Milliseconds a slice may take before the page gets its turn. */
export const SLICE_MS = 12

/** A new task (not a microtask): rendering and input run before the promise resolves. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Calls `each` for every item, yielding to the page whenever a slice took `budgetMs`. `stop`,
 * checked between slices, ends the work early (a newer request replaced it): returns false then.
 */
export async function eachInSlices<T>(
  items: readonly T[],
  each: (item: T, index: number) => void,
  options: { budgetMs?: number; stop?: () => boolean } = {},
): Promise<boolean> {
  const budget = options.budgetMs ?? SLICE_MS
  let start = performance.now()
  for (let i = 0; i < items.length; i++) {
    each(items[i] as T, i)
    if ((i & 15) === 15 && performance.now() - start > budget) {
      await nextTask()
      if (options.stop?.()) return false
      start = performance.now()
    }
  }
  return true
}
