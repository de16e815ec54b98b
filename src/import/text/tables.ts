/**
 * Reading tables 3 and 4 from the compact stream (table 2: table2.ts). Rows are found by their label words in
 * template order; a row's values are the numbers that follow its label. Values whose cells ran
 * together are split with the identities, and a table is refused, with its reason, rather than
 * read with a guess.
 */
import {
  APPEAL_BLOCK_KEYS,
  APPEAL_MEASURE_KEYS,
  APPLICANT_KEYS,
  outcomeRows,
  rowSpec,
  type AppealBlockKey,
  type Edition,
  type RequestRowKey,
} from '@/domain/catalog'
import {
  rowCellIndexes,
  rowsOfEdition,
  type AppealCounts,
  type ApplicantCounts,
} from '@/domain/report'
import { blockSumsHold, rowSumHolds, splitDigits } from './split'
import { findFirst, findLabel, labelView, readTokens, type NumToken, type Stream } from './stream'

/** Stream position of each value, by the cell's index in CELL_PATHS: for provenance. */
export type Positions = Map<number, number>

export interface TableResult<T> {
  values?: T
  positions: Positions
  /** Why the table was not read, in Chinese. */
  refused?: string
  blankCells: number
  /** Rows whose digits were split with the identities. */
  splitRows: string[]
  looseLabels: { key: string; found: string }[]
  missingRows: string[]
}

const SPLIT_WORDS = [...rowSpec('other.noCorrection').match, ...rowSpec('other.noFee').match]

/** Whether table 3 prints the 2021 edition's three （六） sub-rows. */
function printsOtherSplit(st: Stream, from: number, to: number): boolean {
  return findFirst(st, SPLIT_WORDS, from, to) !== undefined
}

function describe(key: string): string {
  return rowSpec(key as RequestRowKey).label
}

function toNumber(t: NumToken): number {
  return Number(t.text)
}

const LETTER = /\p{L}/u
const isLetterCache = new Map<number, boolean>()

/** Whether a UTF-16 unit is a letter. A character outside the BMP is not: no template label has one. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c >= 0x4e00 && c <= 0x9fff) return true
  let hit = isLetterCache.get(c)
  if (hit === undefined) {
    hit = LETTER.test(String.fromCharCode(c))
    isLetterCache.set(c, hit)
  }
  return hit
}

/** Letters only: labels compared without numbering, punctuation and stray digits. */
function letters(text: string, from = 0, to = text.length): string {
  let out = ''
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (isLetter(c)) out += text[i]
  }
  return out
}

const specLetters = new Map<string, string>()

/** The letters of a row's core label, computed once per row. */
function coreLetters(key: RequestRowKey): string {
  let l = specLetters.get(key)
  if (l === undefined) {
    const spec = rowSpec(key)
    l = letters(spec.core ?? spec.short)
    specLetters.set(key, l)
  }
  return l
}

interface Anchor {
  key: string
  start: number
  end: number
}

/**
 * Table 3. `from`/`to` bound the section. Returns the rows the report prints; a row the report
 * lacks is listed in `missingRows`, never invented.
 */
export function readTable3(
  st: Stream,
  from: number,
  to: number,
  edition: Edition,
): TableResult<Partial<Record<RequestRowKey, ApplicantCounts>>> {
  const result: TableResult<Partial<Record<RequestRowKey, ApplicantCounts>>> = {
    positions: new Map(),
    blankCells: 0,
    splitRows: [],
    looseLabels: [],
    missingRows: [],
  }
  const split = edition === '2021' && printsOtherSplit(st, from, to)
  const keys = rowsOfEdition(edition, split)

  // Anchor each row on its label words, in template order.
  const anchors: Anchor[] = []
  const view = labelView(st, from, to)
  let pos = from
  for (const key of keys) {
    const spec = rowSpec(key)
    const hit = findLabel(view, spec.match, pos, to)
    if (!hit) {
      result.missingRows.push(key)
      continue
    }
    anchors.push({ key, start: hit.start, end: hit.end })
    pos = hit.end
  }
  if (anchors.length === 0) {
    result.refused = '未找到表三的行标签'
    return result
  }
  // A table that stops before its totals was cut off (or is not the template's): refuse it
  // rather than keep half of it.
  const vital = result.missingRows.filter(
    (k) => k === 'total' || k === 'carriedForward' || k === 'newReceived',
  )
  if (vital.length > 0 || result.missingRows.length > 3) {
    const last = anchors[anchors.length - 1] as Anchor
    result.refused = `表三不完整：缺少${result.missingRows
      .slice(0, 6)
      .map((k) => `「${describe(k)}」`)
      .join(
        '',
      )}${result.missingRows.length > 6 ? '等' : ''}共 ${result.missingRows.length} 行，读到「${describe(last.key)}」后中断（文件可能被截断）`
    return result
  }

  // The values of each row: the numbers that follow its label, up to the next row's label.
  const rowTokens = new Map<string, NumToken[]>()
  let prevEnd = from
  anchors.forEach((a, i) => {
    const next = anchors[i + 1]
    const end = next ? next.start : to
    // From the label's start: a layout may have put the values inside the label.
    const tokens = readTokens(st, a.start, end, { untilText: true })
    rowTokens.set(a.key, tokens)
    // The row's label is the text from the previous row's values to the next row's label,
    // values left out: a label wrapped around its values still reads whole.
    const found = letters(st.s, Math.max(prevEnd, a.start - 40), end)
    if (!found.includes(coreLetters(a.key as RequestRowKey))) {
      result.looseLabels.push({ key: a.key, found: letters(st.s, a.start, end).slice(0, 40) })
    }
    prevEnd = tokens.length > 0 ? (tokens[tokens.length - 1] as NumToken).end : a.end
  })

  // Rows whose cells are all there as separate numbers are read as printed.
  const fixed = new Map<string, number[]>()
  const ambiguous: { key: string; candidates: number[][] }[] = []
  for (const a of anchors) {
    const tokens = rowTokens.get(a.key) ?? []
    if (tokens.some((t) => t.text.includes('.'))) {
      result.refused = `表三「${describe(a.key)}」一行有带小数点的数字（${tokens.map((t) => t.text).join(' ')}），件数应为整数`
      return result
    }
    if (tokens.length === 7) {
      fixed.set(a.key, tokens.map(toNumber))
      continue
    }
    if (tokens.length > 7) {
      result.refused = `表三「${describe(a.key)}」一行读到 ${tokens.length} 个数字（${tokens.map((t) => t.text).join(' ')}），应为 7 个`
      return result
    }
    if (tokens.length === 0) {
      result.refused = `表三「${describe(a.key)}」一行没有读到数字`
      return result
    }
    const digits = tokens.reduce((n, t) => n + t.text.length, 0)
    if (digits < 7) {
      result.refused = `表三「${describe(a.key)}」一行只读到 ${tokens.length} 个数（${tokens.map((t) => t.text).join(' ')}），应为 7 个：有单元格缺失`
      return result
    }
    const candidates = splitDigits(
      tokens.map((t) => t.text),
      7,
      rowSumHolds,
    )
    if (candidates.length === 0) {
      result.refused = `表三「${describe(a.key)}」一行的数字「${tokens.map((t) => t.text).join(' ')}」连在一起，没有一种拆成 7 个数的方式满足“六类申请人之和等于总计”，无法确定各单元格的值`
      return result
    }
    if (candidates.length === 1) fixed.set(a.key, candidates[0] as number[])
    else ambiguous.push({ key: a.key, candidates })
    result.splitRows.push(a.key)
  }

  // Split rows are only trusted when the whole table then balances: keep the one combination of
  // splits that satisfies the column identities (T3-BALANCE, T3-OUTCOMES), or refuse.
  if (result.splitRows.length > 0) {
    const solutions = solveColumns(fixed, ambiguous, split)
    if (solutions.length !== 1) {
      const rows = (ambiguous.length > 0 ? ambiguous.map((a) => a.key) : result.splitRows)
        .slice(0, 5)
        .map((k) => `「${describe(k)}」`)
        .join('')
      result.refused =
        solutions.length === 0
          ? `表三${rows}等行的数字连在一起，没有一种拆分能使各列的勾稽关系（收到=办结+结转，办理结果之和=总计）成立（也可能原表本身有误），无法确定各单元格的值`
          : `表三${rows}的数字连在一起，有多种拆分都满足勾稽关系，无法确定各单元格的值`
      return result
    }
    for (const [key, values] of solutions[0] as Map<string, number[]>) fixed.set(key, values)
  }

  const rows: Partial<Record<RequestRowKey, ApplicantCounts>> = {}
  for (const a of anchors) {
    const values = fixed.get(a.key) as number[]
    const tokens = rowTokens.get(a.key) ?? []
    const counts = {} as ApplicantCounts
    const cells = rowCellIndexes('requests', a.key)
    APPLICANT_KEYS.forEach((col, i) => {
      counts[col] = values[i] as number
      const tok = tokens.length === 7 ? tokens[i] : tokens[0]
      const cell = cells?.get(col)
      if (tok && cell !== undefined) result.positions.set(cell, tok.start)
    })
    if (tokens.length === 7) result.blankCells += tokens.filter((t) => t.blank).length
    rows[a.key as RequestRowKey] = counts
  }
  result.values = rows
  return result
}

const MAX_COMBINATIONS = 200_000

function solveColumns(
  fixed: Map<string, number[]>,
  ambiguous: { key: string; candidates: number[][] }[],
  split: boolean,
): Map<string, number[]>[] {
  const outcomes = outcomeRows(split)
  const solutions: Map<string, number[]>[] = []
  const choice = new Map<string, number[]>()
  let tried = 0
  const holds = (): boolean => {
    const get = (k: string) => choice.get(k) ?? fixed.get(k)
    const total = get('total')
    for (let c = 0; c < 7; c++) {
      if (total) {
        let sum = 0
        let complete = true
        for (const k of outcomes) {
          const row = get(k)
          if (!row) complete = false
          else sum += row[c] as number
        }
        if (complete && sum !== total[c]) return false
      }
      const nr = get('newReceived')
      const co = get('carriedOver')
      const cf = get('carriedForward')
      if (
        nr &&
        co &&
        cf &&
        total &&
        (nr[c] as number) + (co[c] as number) !== (total[c] as number) + (cf[c] as number)
      )
        return false
    }
    return true
  }
  const walk = (i: number): void => {
    if (solutions.length > 1 || tried > MAX_COMBINATIONS) return
    const amb = ambiguous[i]
    if (!amb) {
      tried++
      if (holds()) solutions.push(new Map(choice))
      return
    }
    for (const cand of amb.candidates) {
      choice.set(amb.key, cand)
      walk(i + 1)
    }
    choice.delete(amb.key)
  }
  walk(0)
  return tried > MAX_COMBINATIONS ? [] : solutions
}

/** Table 4: fifteen numbers, three blocks of five. */
export function readTable4(
  st: Stream,
  from: number,
  to: number,
): TableResult<Partial<Record<AppealBlockKey, AppealCounts>>> {
  const result: TableResult<Partial<Record<AppealBlockKey, AppealCounts>>> = {
    positions: new Map(),
    blankCells: 0,
    splitRows: [],
    looseLabels: [],
    missingRows: [],
  }
  const tokens = readTokens(st, from, to, { untilText: false })
  if (tokens.length === 0) {
    result.refused = '表四没有读到数字'
    return result
  }
  if (tokens.some((t) => t.text.includes('.'))) {
    result.refused = `表四有带小数点的数字（${tokens.map((t) => t.text).join(' ')}），件数应为整数`
    return result
  }
  let values: number[]
  if (tokens.length === 15) {
    values = tokens.map(toNumber)
    result.blankCells = tokens.filter((t) => t.blank).length
  } else if (tokens.length > 15) {
    result.refused = `表四读到 ${tokens.length} 个数字（${tokens.map((t) => t.text).join(' ')}），应为 15 个`
    return result
  } else {
    const candidates = splitDigits(
      tokens.map((t) => t.text),
      15,
      blockSumsHold,
    )
    if (candidates.length !== 1) {
      const digits = tokens.map((t) => t.text).join(' ')
      result.refused =
        candidates.length === 0
          ? `表四的数字「${digits}」连在一起，没有一种拆成 15 个数的方式满足“维持+纠正+其他+未审结=总计”，无法确定各单元格的值`
          : `表四的数字「${digits}」连在一起，有多种拆分都满足“维持+纠正+其他+未审结=总计”，无法确定各单元格的值`
      return result
    }
    values = candidates[0] as number[]
    result.splitRows.push('appeals')
  }
  const blocks: Partial<Record<AppealBlockKey, AppealCounts>> = {}
  APPEAL_BLOCK_KEYS.forEach((block, b) => {
    const counts = {} as AppealCounts
    const cells = rowCellIndexes('appeals', block)
    APPEAL_MEASURE_KEYS.forEach((m, i) => {
      counts[m] = values[b * 5 + i] as number
      const tok = tokens.length === 15 ? tokens[b * 5 + i] : tokens[0]
      const cell = cells?.get(m)
      if (tok && cell !== undefined) result.positions.set(cell, tok.start)
    })
    blocks[block] = counts
  })
  result.values = blocks
  return result
}
