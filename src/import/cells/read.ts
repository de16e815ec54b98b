/**
 * The grid reader: a report's tables read cell by cell. Each table is found by its section
 * heading, its columns by their header words (or, where spans were lost, by the template's order
 * of a row's cells), its rows by their labels, matched with the catalog's words. A value is
 * taken from its own cell; a table where that is not certain is refused with the reason.
 */
import type { Edition } from '@/domain/catalog'
import type { TableKey } from '@/domain/report'
import { notFound, type TableReading } from '../reading'
import { SECTION } from '../text/sections'
import { readActive } from './active'
import { readAppeals } from './appeals'
import { readRequests } from './requests'
import { prepareRows, type Row } from './rows'
import type { GridDoc } from './types'

type Heading = keyof typeof SECTION
const ORDER: Heading[] = ['overview', 'active', 'requests', 'appeals', 'problems', 'otherMatters']

/** The row of each section heading, each after the one before. */
function headings(rows: readonly Row[]): Partial<Record<Heading, number>> {
  const found: Partial<Record<Heading, number>> = {}
  let from = 0
  for (const key of ORDER) {
    for (let i = from; i < rows.length; i++) {
      if (SECTION[key].test((rows[i] as Row).joined)) {
        found[key] = i
        from = i + 1
        break
      }
    }
  }
  return found
}

export function readGrid(doc: GridDoc, edition: Edition): Record<TableKey, TableReading> {
  const rows = prepareRows(doc)
  const h = headings(rows)
  const end = (...keys: Heading[]) => {
    for (const k of keys) if (h[k] !== undefined) return h[k] as number
    return rows.length
  }
  const slice = (from: number | undefined, to: number) =>
    from === undefined ? undefined : rows.slice(from + 1, to)
  const t2 = slice(h.active, end('requests', 'appeals', 'problems', 'otherMatters'))
  const t3 = slice(h.requests, end('appeals', 'problems', 'otherMatters'))
  const t4 = slice(h.appeals, end('problems', 'otherMatters'))
  return {
    active: t2 ? readActive(t2, edition, doc.aligned) : notFound(),
    requests: t3 ? readRequests(t3, edition, doc.aligned) : notFound(),
    appeals: t4 ? readAppeals(t4, doc.aligned) : notFound(),
  }
}
