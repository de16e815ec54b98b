/**
 * What ListSelect draws, as plain data: the options left by the search, flattened into rows of
 * one height (group titles included), and the window of rows worth rendering. A list of ten
 * thousand reports renders the score of rows in view, not ten thousand elements.
 */

export interface SelectOption<V> {
  label: string
  value: V
}

export interface SelectGroup<V> {
  /** Shown above the group's options; none for a flat list. */
  label?: string
  options: readonly SelectOption<V>[]
}

/** One flat group, for a list without titles. */
export function flatGroup<V>(options: readonly SelectOption<V>[]): SelectGroup<V>[] {
  return [{ options }]
}

export type SelectRow<V> =
  | { kind: 'title'; label: string }
  /** `index`: the option's place among the options shown (what the keyboard moves through). */
  | { kind: 'option'; option: SelectOption<V>; index: number }
  /** A value typed in, offered when no option has that label (lists that take new values). */
  | { kind: 'create'; label: string; index: number }

/** Row height in pixels, as Element Plus draws its select items. */
export const ROW_HEIGHT = 34
/** Rows visible at once; the list scrolls beyond. */
export const VISIBLE_ROWS = 8
/** Rows rendered above and below the visible ones, so a fast scroll does not show blanks. */
const OVERSCAN = 6

export function matches(label: string, query: string): boolean {
  const q = query.trim().toLowerCase()
  return q === '' || label.toLowerCase().includes(q)
}

/**
 * The rows for a search: each group's title (if it has one and options are left), then its
 * options that match. With `create`, a typed value that no option has as its label comes first.
 */
export function rowsOf<V>(
  groups: readonly SelectGroup<V>[],
  query: string,
  create = false,
): { rows: SelectRow<V>[]; options: number } {
  const rows: SelectRow<V>[] = []
  let index = 0
  const typed = query.trim()
  if (create && typed !== '' && !groups.some((g) => g.options.some((o) => o.label === typed))) {
    rows.push({ kind: 'create', label: typed, index: index++ })
  }
  for (const g of groups) {
    let titled = false
    for (const option of g.options) {
      if (!matches(option.label, query)) continue
      if (g.label && !titled) {
        rows.push({ kind: 'title', label: g.label })
        titled = true
      }
      rows.push({ kind: 'option', option, index: index++ })
    }
  }
  return { rows, options: index }
}

/** The rows to render for a scroll position: [first, end). */
export function windowOf(scrollTop: number, rowCount: number): { first: number; end: number } {
  const top = Math.floor(Math.max(0, scrollTop) / ROW_HEIGHT)
  const first = Math.max(0, top - OVERSCAN)
  const end = Math.min(rowCount, top + VISIBLE_ROWS + OVERSCAN)
  return { first, end }
}

/** The scroll position that shows row `row` whole, moving as little as possible. */
export function scrollToShow(scrollTop: number, row: number): number {
  const top = row * ROW_HEIGHT
  const view = VISIBLE_ROWS * ROW_HEIGHT
  if (top < scrollTop) return top
  if (top + ROW_HEIGHT > scrollTop + view) return top + ROW_HEIGHT - view
  return scrollTop
}
