/**
 * The text reader's readings of the three tables, each with its notes and where its values were
 * read: the stream's positions turned into places a person can find.
 */
import { ACTIVE_ITEMS, rowSpec, type Edition, type RequestRowKey } from '@/domain/catalog'
import type { ImportNote, Provenance } from '../types'
import { notFound, refusedReading, type TableReading, type TableValues } from '../reading'
import { findFirst, type Stream } from './stream'
import { readTable2 } from './table2'
import { readTable3, readTable4, type Positions } from './tables'

/** Where each table lies in the stream; undefined where it was not found. */
export interface TableSpans {
  t2?: { start: number; end: number }
  t3?: { start: number; end: number }
  t4?: { head: { start: number; end: number }; end: number }
}

/** `active.fees.amount` → 行政事业性收费. */
export function itemLabel(path: string): string {
  const key = path.split('.')[1]
  return ACTIVE_ITEMS.find((i) => i.key === key)?.label ?? path
}

export function streamReadings(
  st: Stream,
  spans: TableSpans,
  edition: Edition,
  locate: (offset: number) => Provenance,
): { active: TableReading; requests: TableReading; appeals: TableReading } {
  const places = (positions: Positions) => {
    const out = new Map<number, Provenance>()
    for (const [cell, pos] of positions) out.set(cell, locate(st.at[pos] ?? 0))
    return out
  }
  const where = (pos: number) => locate(st.at[pos] ?? 0).where

  let active = notFound()
  if (spans.t2) {
    const t2 = readTable2(st, spans.t2.start, spans.t2.end, edition)
    if (t2.values) {
      const notes: ImportNote[] = []
      for (const c of t2.converted) {
        notes.push({
          level: 'info',
          code: 'unit-converted',
          message: `表二「${itemLabel(c.path)}」金额印作「${c.printed}」，表格单位为万元，换算为 ${c.value} 万元`,
          cells: [c.path],
        })
      }
      for (const p of t2.precise) {
        notes.push({
          level: 'warning',
          code: 'amount-precision',
          message: `表二「${itemLabel(p.path)}」金额印作「${p.printed}」，小数超过模板要求的 4 位，按原样保留`,
          cells: [p.path],
        })
      }
      active = {
        found: true,
        values: t2.values as TableValues,
        blankCells: t2.blankCells,
        places: places(t2.positions),
        notes,
      }
    } else if (t2.refused) active = refusedReading(t2.refused, where(spans.t2.start))
  }

  let requests = notFound()
  if (spans.t3) {
    const t3 = readTable3(st, spans.t3.start, spans.t3.end, edition)
    if (t3.values) {
      const notes: ImportNote[] = []
      if (t3.splitRows.length > 0) {
        const rows = t3.splitRows.map((key) => {
          const row = t3.values?.[key as RequestRowKey]
          return `${rowSpec(key as RequestRowKey).short} ${row ? Object.values(row).join('/') : ''}`
        })
        notes.push({
          level: 'info',
          code: 'digits-split',
          message: `表三有 ${rows.length} 行的数字连在一起，按勾稽关系（六类申请人之和等于总计，各列“收到=办结+结转”“办理结果之和=总计”）唯一拆分：${rows.join('；')}`,
          cells: t3.splitRows.map((key) => `requests.${key}`),
        })
      }
      for (const l of t3.looseLabels) {
        notes.push({
          level: 'info',
          code: 'label-loose',
          message: `标签「${l.found}」与模板不完全一致，按近似匹配读作「${rowSpec(l.key as RequestRowKey).label}」`,
          cells: [`requests.${l.key}`],
        })
      }
      notes.push(...missingRowNotes(t3.missingRows, edition))
      requests = {
        found: true,
        values: t3.values as TableValues,
        blankCells: t3.blankCells,
        places: places(t3.positions),
        notes,
      }
    } else requests = refusedReading(t3.refused ?? '', where(spans.t3.start))
  }

  let appeals = notFound()
  if (spans.t4) {
    const header = findFirst(st, ['结果维持', '维持'], spans.t4.head.end, spans.t4.end)
    const t4 = readTable4(st, header?.start ?? spans.t4.head.end, spans.t4.end)
    if (t4.values) {
      const notes: ImportNote[] = []
      if (t4.splitRows.length > 0) {
        const v = Object.values(t4.values).flatMap((b) => Object.values(b))
        notes.push({
          level: 'info',
          code: 'digits-split',
          message: `表四的数字连在一起，按“维持+纠正+其他+未审结=总计”唯一拆分为 ${v.join('、')}`,
          cells: ['appeals'],
        })
      }
      appeals = {
        found: true,
        values: t4.values as TableValues,
        blankCells: t4.blankCells,
        places: places(t4.positions),
        notes,
      }
    } else appeals = refusedReading(t4.refused ?? '', where(spans.t4.head.start))
  }
  return { active, requests, appeals }
}

/** Rows of table 3 the report does not print: left out, never invented, and said. */
export function missingRowNotes(missing: readonly string[], edition: Edition): ImportNote[] {
  return missing
    .filter((k) => !(k === 'other' && edition === '2021'))
    .map((key) => ({
      level: 'warning' as const,
      code: 'row-missing' as const,
      message: `表三中没有「${rowSpec(key as RequestRowKey).label}」一行，该行留空（未补造数值）`,
      cells: [`requests.${key}`],
    }))
}
