/** What reading one of the template's tables from the stream gives back. */
import type { BrokenIdentity } from './solve'

/** Stream position of each value, by the cell's index in CELL_PATHS: for provenance. */
export type Positions = Map<number, number>

export interface TableResult<T> {
  values?: T
  positions: Positions
  /** Why the table was not read, in Chinese. */
  refused?: string
  blankCells: number
  /** Rows whose digits ran together and were split with the identities. */
  splitRows: string[]
  looseLabels: { key: string; found: string }[]
  missingRows: string[]
  /** Identities the values as read (and as published) break. */
  broken: BrokenIdentity[]
  /** Rows with cells that printed nothing, read as 0 because the identities vouch for it. */
  unprinted: { key: string; cells: number }[]
  /** Rows whose numbers stood apart from their label (after another row's, or after all labels). */
  displaced: string[]
}

export function emptyResult<T>(): TableResult<T> {
  return {
    positions: new Map(),
    blankCells: 0,
    splitRows: [],
    looseLabels: [],
    missingRows: [],
    broken: [],
    unprinted: [],
    displaced: [],
  }
}
