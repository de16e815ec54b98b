/**
 * Table 2 (第二十条): each item's values follow its label on the same row. It has no identity to
 * split glued cells with, so a row with too few numbers refuses the table.
 */
import {
  ACTIVE_ITEMS,
  AMOUNT_MEASURES,
  SIGNED_MEASURES,
  type ActiveItemKey,
  type ActiveMeasureKey,
  type Edition,
} from '@/domain/catalog'
import { rowCellIndexes } from '@/domain/report'
import { findFirst, readTokens, type NumToken, type Stream } from './stream'
import { emptyResult, type TableResult } from './tableResult'

export interface Table2Extra {
  /** Amounts printed in 元 and converted to 万元. */
  converted: { path: string; printed: string; value: number }[]
  /** Amounts with more decimals than the template's four. */
  precise: { path: string; printed: string }[]
}

/** Table 2: each item's values follow its label on the same row. */
export function readTable2(
  st: Stream,
  from: number,
  to: number,
  edition: Edition,
): TableResult<Partial<Record<ActiveItemKey, Partial<Record<ActiveMeasureKey, number>>>>> &
  Table2Extra {
  const result: TableResult<
    Partial<Record<ActiveItemKey, Partial<Record<ActiveMeasureKey, number>>>>
  > &
    Table2Extra = { ...emptyResult(), converted: [], precise: [] }
  const items: Partial<Record<ActiveItemKey, Partial<Record<ActiveMeasureKey, number>>>> = {}
  let pos = from
  for (const item of ACTIVE_ITEMS) {
    const measures = item.measures[edition]
    if (!measures) continue
    const hit = findFirst(st, item.match, pos, to)
    if (!hit) {
      result.missingRows.push(item.key)
      continue
    }
    pos = hit.end
    // A row's values end where the next row or header begins: never borrow the next row's.
    const later = ACTIVE_ITEMS.slice(ACTIVE_ITEMS.indexOf(item) + 1).flatMap((i) => i.match)
    const limit = findFirst(st, [...later, '第二十条', '信息内容'], hit.end, to)?.start ?? to
    const tokens = readTokens(st, hit.end, limit, { untilText: true, signed: true }).slice(
      0,
      measures.length,
    )
    if (tokens.length < measures.length) {
      const digits = tokens.map((t) => t.text).join(' ')
      result.refused =
        tokens.length === 0
          ? `表二「${item.label}」一行没有读到数字`
          : `表二「${item.label}」一行应有 ${measures.length} 个数，只读到「${digits}」：单元格连在一起或缺失，表二没有可用来拆分的勾稽关系，故不读取表二`
      return result
    }
    const values: Partial<Record<ActiveMeasureKey, number>> = {}
    measures.forEach((m, i) => {
      const tok = tokens[i] as NumToken
      const path = `active.${item.key}.${m}`
      let value = Number(tok.text)
      if (AMOUNT_MEASURES.includes(m)) {
        if (tok.unit === '元') {
          value = Number((value / 10000).toFixed(6))
          result.converted.push({ path, printed: `${tok.text}元`, value })
        }
        const decimals = tok.text.split('.')[1]?.length ?? 0
        if (decimals > 4 && tok.unit !== '元') result.precise.push({ path, printed: tok.text })
      } else if (tok.text.includes('.')) {
        result.refused = `表二「${item.label}」的「${tok.text}」带小数点，该项应为整数`
        return
      }
      if (value < 0 && !SIGNED_MEASURES.includes(m)) {
        result.refused = `表二「${item.label}」的「${tok.text}」为负数，该项不应为负`
        return
      }
      if (tok.blank) result.blankCells++
      values[m] = value
      const cell = rowCellIndexes('active', item.key)?.get(m)
      if (cell !== undefined) result.positions.set(cell, tok.start)
    })
    if (result.refused) return result
    items[item.key] = values
  }
  if (Object.keys(items).length === 0) {
    result.refused = '未找到表二的行标签'
    return result
  }
  result.values = items
  return result
}
