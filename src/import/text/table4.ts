/**
 * Table 4: fifteen numbers, three blocks of five (行政复议, 未经复议直接起诉, 复议后起诉), usually
 * printed as one row. Numbers that ran together are split with the blocks' sums.
 */
import { APPEAL_BLOCK_KEYS, APPEAL_MEASURE_KEYS, type AppealBlockKey } from '@/domain/catalog'
import { rowCellIndexes, type AppealCounts } from '@/domain/report'
import { solveTable4 } from './solve'
import { blockSumsHold, cellParts, digitRun } from './split'
import { readTokens, type NumToken, type Stream } from './stream'
import { emptyResult, type TableResult } from './tableResult'

const LETTER = /\p{L}/u

/**
 * Whether words stand between the table's numbers. Text taken from a PDF in its drawing order
 * (pdftotext without -layout) puts header words between them, column by column, and then the
 * order of the numbers says nothing of the cells they belong to.
 */
function interleaved(st: Stream, tokens: readonly NumToken[]): boolean {
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  return !!first && !!last && LETTER.test(st.s.slice(first.end, last.start))
}

export function readTable4(
  st: Stream,
  from: number,
  to: number,
): TableResult<Partial<Record<AppealBlockKey, AppealCounts>>> {
  const result = emptyResult<Partial<Record<AppealBlockKey, AppealCounts>>>()
  const tokens = readTokens(st, from, to, { untilText: false })
  const printed = tokens.map((t) => t.text).join(' ')
  if (tokens.length === 0) {
    result.refused = '表四没有读到数字'
    return result
  }
  if (tokens.some((t) => t.text.includes('.'))) {
    result.refused = `表四有带小数点的数字（${printed}），件数应为整数`
    return result
  }
  if (tokens.length > 15) {
    result.refused = `表四读到 ${tokens.length} 个数字（${printed}），应为 15 个`
    return result
  }
  const mixed = interleaved(st, tokens)
  if (mixed && tokens.length !== 15) {
    result.refused = `表四的数字（${printed}）与表头文字交错排列（可能是按栏提取的文本），且不是 15 个，无法确定各数所在的单元格`
    return result
  }
  let values: number[]
  // Where each cell was printed: the index of its token, or -1 for a cell that printed nothing.
  let at: number[]
  if (tokens.length === 15) {
    values = tokens.map((t) => Number(t.text))
    // A published table may break its sums (the checks flag it); numbers whose order is in doubt
    // are only trusted where every block adds up.
    if (mixed && !blockSumsHold(values)) {
      result.refused = `表四的数字（${printed}）与表头文字交错排列（可能是按栏提取的文本），按出现顺序读出的各栏不满足“维持+纠正+其他+未审结=总计”，无法确定各数所在的单元格`
      return result
    }
    at = values.map((_, i) => i)
    result.blankCells = tokens.filter((t) => t.blank).length
  } else {
    const parts = tokens.map((t) => t.text)
    const solved = solveTable4(digitRun(parts))
    if (solved.kind !== 'read') {
      result.refused =
        solved.kind === 'ambiguous'
          ? `表四的数字「${printed}」连在一起，有两种拆分同样符合“维持+纠正+其他+未审结=总计”（${solved.a.join('/')} 或 ${solved.b.join('/')}），无法确定各单元格的值`
          : solved.kind === 'none'
            ? `表四的数字「${printed}」无法拆成 15 个单元格（或有单元格未印数字而各栏之和不成立）`
            : solved.kind === 'doubt'
              ? `表四的数字「${printed}」连在一起，逐格拆开时“维持+纠正+其他+未审结=总计”不成立，而假定有单元格未印数字时成立，无法确定是原表有误还是单元格空白`
              : `表四的数字「${printed}」连在一起，可能的拆分过多，无法确定各单元格的值`
      return result
    }
    values = solved.values
    at = cellParts(parts, values)
    result.broken = solved.broken
    result.splitRows.push('appeals')
    if (solved.blanks > 0) {
      result.unprinted.push({ key: 'appeals', cells: solved.blanks })
      result.blankCells += solved.blanks
    }
  }
  const blocks: Partial<Record<AppealBlockKey, AppealCounts>> = {}
  APPEAL_BLOCK_KEYS.forEach((block, b) => {
    const counts: AppealCounts = {}
    const cells = rowCellIndexes('appeals', block)
    APPEAL_MEASURE_KEYS.forEach((m, i) => {
      counts[m] = values[b * 5 + i] as number
      const tok = tokens[at[b * 5 + i] ?? -1] ?? tokens[0]
      const cell = cells?.get(m)
      if (tok && cell !== undefined) result.positions.set(cell, tok.start)
    })
    blocks[block] = counts
  })
  result.values = blocks
  return result
}
