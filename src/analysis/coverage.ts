/**
 * What a sum leaves out. Every figure is added up over the reports that give it; a view says how
 * many it lacks, and why: the report's table was not read, the report gives no such table (a
 * summary sheet), or it gives the table without this figure.
 */
import type { KeyFigures, Tally } from './figures'

export interface Lack {
  table: 'requests' | 'appeals'
  /** Reports in the selection that do not give the figure. */
  missing: number
  /** Of those, reports whose table could not be read exactly. */
  unread: number
  /** Of those, reports that give nothing of the table (unread included). */
  noTable: number
}

/** What `t` (a figure of table 3 or 4 summed in `f`) lacks; null when every report gives it. */
export function lackOf(f: KeyFigures, t: Tally, table: 'requests' | 'appeals'): Lack | null {
  const missing = f.reports - t.n
  if (missing <= 0) return null
  return {
    table,
    missing,
    unread: Math.min(f.unread[table], missing),
    noTable: Math.min(f.lacking[table], missing),
  }
}

/** The largest lack among several figures drawn together (a chart's series). */
export function widestLack(lacks: readonly (Lack | null)[]): Lack | null {
  let widest: Lack | null = null
  for (const l of lacks) if (l && (!widest || l.missing > widest.missing)) widest = l
  return widest
}

/** What a figure lacks over several groups drawn together (the years or agencies of a chart). */
export function lackAcross(
  groups: readonly { figures: KeyFigures }[],
  pick: (f: KeyFigures) => Tally,
  table: 'requests' | 'appeals',
): Lack | null {
  let reports = 0
  let n = 0
  let unread = 0
  let noTable = 0
  for (const { figures: f } of groups) {
    reports += f.reports
    n += pick(f).n
    unread += f.unread[table]
    noTable += f.lacking[table]
  }
  const missing = reports - n
  if (missing <= 0) return null
  return {
    table,
    missing,
    unread: Math.min(unread, missing),
    noTable: Math.min(noTable, missing),
  }
}
