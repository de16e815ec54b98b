/**
 * The text reader's readings of the three tables, each with its notes and where its values were
 * read: the stream's positions turned into places a person can find. The grid reader's readings
 * of the same tables are combined with these (../reading.ts).
 */
import type { Edition } from '@/domain/catalog'
import type { ImportNote, Provenance } from '../types'
import { notFound, refusedReading, type TableReading, type TableValues } from '../reading'
import { findFirst, type Stream } from './stream'
import { readTable2 } from './table2'
import { readTable3 } from './table3'
import { readTable4 } from './table4'
import { table2Notes, table3Notes, table4Notes } from './tableNotes'
import type { Positions } from './tableResult'

/** Where each table lies in the stream; undefined where it was not found. */
export interface TableSpans {
  t2?: { start: number; end: number }
  t3?: { start: number; end: number }
  t4?: { head: { start: number; end: number }; end: number }
}

export interface StreamContext {
  edition: Edition
  /** Neither the labels nor a year say the edition: table 2's columns cannot be known. */
  editionUnknown: boolean
  locate: (offset: number) => Provenance
  /** The source line of a source offset (for a row holding several rows' numbers). */
  lineOf: (offset: number) => number
}

/** Table 2's measures differ between editions; read without one it would be a guess. */
export const NO_EDITION_FOR_TABLE2 =
  '表格标签不足以判断模板版本，且报告年度未知，表二各列的含义无法确定'

export function streamReadings(
  st: Stream,
  spans: TableSpans,
  ctx: StreamContext,
): { active: TableReading; requests: TableReading; appeals: TableReading } {
  const { edition, locate } = ctx
  const places = (positions: Positions) => {
    const out = new Map<number, Provenance>()
    for (const [cell, pos] of positions) out.set(cell, locate(st.at[pos] ?? 0))
    return out
  }
  const where = (pos: number) => locate(st.at[pos] ?? 0).where
  const read = (values: unknown, blankCells: number, positions: Positions, notes: ImportNote[]) =>
    ({
      found: true,
      values: values as TableValues,
      blankCells,
      places: places(positions),
      notes,
    }) satisfies TableReading

  let active = notFound()
  if (spans.t2) {
    if (ctx.editionUnknown) active = refusedReading(NO_EDITION_FOR_TABLE2, where(spans.t2.start))
    else {
      const t2 = readTable2(st, spans.t2.start, spans.t2.end, edition)
      if (t2.values) active = read(t2.values, t2.blankCells, t2.positions, table2Notes(t2))
      else if (t2.refused) active = refusedReading(t2.refused, where(spans.t2.start))
    }
  }

  let requests = notFound()
  if (spans.t3) {
    const t3 = readTable3(st, spans.t3.start, spans.t3.end, edition, (pos) =>
      ctx.lineOf(st.at[pos] ?? 0),
    )
    if (t3.values) {
      const printedMissing = t3.missingRows.filter((k) => !(k === 'other' && edition === '2021'))
      requests = read(t3.values, t3.blankCells, t3.positions, table3Notes(t3, printedMissing))
    } else requests = refusedReading(t3.refused ?? '', where(spans.t3.start))
  }

  let appeals = notFound()
  if (spans.t4) {
    const header = findFirst(st, ['结果维持', '维持'], spans.t4.head.end, spans.t4.end)
    const t4 = readTable4(st, header?.start ?? spans.t4.head.end, spans.t4.end)
    if (t4.values) appeals = read(t4.values, t4.blankCells, t4.positions, table4Notes(t4))
    else appeals = refusedReading(t4.refused ?? '', where(spans.t4.head.start))
  }
  return { active, requests, appeals }
}
