/**
 * Table 3 from the compact stream. Rows are found by their label words in template order; a row's
 * values are the numbers that follow its label. Where that is not all the table says — cells that
 * ran together, cells or rows that printed nothing, numbers set apart from their labels (a PDF
 * converter's markdown) — the values are chosen with the identities (solve.ts), and the table is
 * refused, with its reason, rather than read with a guess.
 */
import { APPLICANT_KEYS, rowSpec, type Edition, type RequestRowKey } from '@/domain/catalog'
import { rowCellIndexes, rowsOfEdition, type ApplicantCounts } from '@/domain/report'
import { brokenIdentities, solveTable3, type RowInput, type Table3Solution } from './solve'
import { cellParts, digitRun } from './split'
import { findFirst, findLabel, labelView, readTokens, type NumToken, type Stream } from './stream'
import { coreLetters, describeRow, letters } from './rowLabels'
import { emptyResult, type TableResult } from './tableResult'

type Rows = Partial<Record<RequestRowKey, ApplicantCounts>>

const SPLIT_WORDS = [...rowSpec('other.noCorrection').match, ...rowSpec('other.noFee').match]

/** Whether table 3 prints the 2021 edition's three （六） sub-rows. */
function printsOtherSplit(st: Stream, from: number, to: number): boolean {
  return findFirst(st, SPLIT_WORDS, from, to) !== undefined
}

interface Anchor {
  key: RequestRowKey
  start: number
  end: number
}

/** The rows each row's numbers may be theirs: one layout of the table. */
type Assignment = Map<RequestRowKey, NumToken[]>

/** Layouts tried beyond the plain one before the table is refused as too uncertain. */
const MAX_LAYOUTS = 16

/**
 * Table 3. `from`/`to` bound the section; `lineOf` gives the source line of a stream position.
 * Returns the rows the report prints; a row the report lacks is listed in `missingRows`, never
 * invented.
 */
export function readTable3(
  st: Stream,
  from: number,
  to: number,
  edition: Edition,
  lineOf: (pos: number) => number = () => 0,
): TableResult<Rows> {
  const result = emptyResult<Rows>()
  const split = edition === '2021' && printsOtherSplit(st, from, to)
  const keys = rowsOfEdition(edition, split)

  // Anchor each row on its label words, in template order.
  const anchors: Anchor[] = []
  const view = labelView(st, from, to)
  let pos = from
  for (const key of keys) {
    const hit = findLabel(view, rowSpec(key).match, pos, to)
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
    const named = result.missingRows
      .slice(0, 6)
      .map((k) => `「${describeRow(k)}」`)
      .join('')
    result.refused = `表三不完整：缺少${named}${result.missingRows.length > 6 ? '等' : ''}共 ${result.missingRows.length} 行，读到「${describeRow(last.key)}」后中断（文件可能被截断）`
    return result
  }

  // The values of each row: the numbers that follow its label, up to the next row's label.
  const plain: Assignment = new Map()
  let prevEnd = from
  anchors.forEach((a, i) => {
    const next = anchors[i + 1]
    const end = next ? next.start : to
    // From the label's start: a layout may have put the values inside the label.
    const tokens = readTokens(st, a.start, end, { untilText: true })
    plain.set(a.key, tokens)
    // The row's label is the text from the previous row's values to the next row's label,
    // values left out: a label wrapped around its values still reads whole.
    const found = letters(st.s, Math.max(prevEnd, a.start - 40), end)
    if (!found.includes(coreLetters(a.key))) {
      result.looseLabels.push({ key: a.key, found: letters(st.s, a.start, end).slice(0, 40) })
    }
    prevEnd = tokens.length > 0 ? (tokens[tokens.length - 1] as NumToken).end : a.end
  })

  for (const a of anchors) {
    const tokens = plain.get(a.key) ?? []
    if (tokens.some((t) => t.text.includes('.'))) {
      result.refused = `表三「${describeRow(a.key)}」一行有带小数点的数字（${tokens.map((t) => t.text).join(' ')}），件数应为整数`
      return result
    }
  }

  const layouts = displacedLayouts(anchors, plain, lineOf)
  if (typeof layouts === 'string') {
    result.refused = layouts
    return result
  }
  const nothing = anchors.filter((a) => (layouts[0]?.get(a.key)?.length ?? 0) === 0)
  if (
    layouts.length === 1 &&
    (nothing.some((a) => a.key === 'newReceived' || a.key === 'total') ||
      nothing.length * 2 > anchors.length)
  ) {
    result.refused = `表三有 ${nothing.length} 行在标签后没有数字（含「${describeRow(nothing[0]!.key)}」），数字可能不在表格中或未能提取，不按 0 计`
    return result
  }

  const chosen =
    layouts.length === 1 && [...plain.values()].every((t) => t.length === 7)
      ? asPrinted(plain)
      : chooseLayout(layouts, split)
  if (typeof chosen === 'string') {
    result.refused = chosen
    return result
  }
  const { layout, solution } = chosen
  if (layout !== plain) {
    // Rows given numbers printed away from their label (not the row that printed them after its
    // own, on its label's line).
    for (const a of anchors) {
      const first = layout.get(a.key)?.[0]
      if (
        first &&
        layout.get(a.key) !== plain.get(a.key) &&
        lineOf(first.start) !== lineOf(a.start)
      )
        result.displaced.push(a.key)
    }
  }
  result.broken = solution.broken

  const rows: Rows = {}
  for (const a of anchors) {
    const tokens = layout.get(a.key) ?? []
    const reading = solution.rows.get(a.key)
    if (!reading) continue
    const whole = tokens.length === 7
    const at = whole
      ? [0, 1, 2, 3, 4, 5, 6]
      : cellParts(
          tokens.map((t) => t.text),
          reading.values,
        )
    if (whole) result.blankCells += tokens.filter((t) => t.blank).length
    else {
      if (tokens.length > 0) result.splitRows.push(a.key)
      if (reading.blanks > 0) {
        result.unprinted.push({ key: a.key, cells: reading.blanks })
        result.blankCells += reading.blanks
      }
    }
    const counts: ApplicantCounts = {}
    const cells = rowCellIndexes('requests', a.key)
    APPLICANT_KEYS.forEach((col, i) => {
      counts[col] = reading.values[i] as number
      const tok = tokens[at[i] ?? -1]
      const cell = cells?.get(col)
      if (cell !== undefined) result.positions.set(cell, tok ? tok.start : a.start)
    })
    rows[a.key] = counts
  }
  result.values = rows
  return result
}

/**
 * The plain layout, and where a row holds the numbers of several (a PDF converter that put the
 * labels in one table and the numbers in the next), the layouts that give each of its lines of
 * numbers, in order, to the rows that printed none just before it or just after it. A string
 * says why the table cannot be read.
 */
function displacedLayouts(
  anchors: Anchor[],
  plain: Assignment,
  lineOf: (pos: number) => number,
): Assignment[] | string {
  let layouts: Assignment[] = [plain]
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Anchor
    const tokens = plain.get(a.key) ?? []
    if (tokens.length <= 7) continue
    const printed = tokens.map((t) => t.text).join(' ')
    const chunks = chunksOf(tokens, lineOf)
    if (!chunks) {
      return `表三「${describeRow(a.key)}」一行读到 ${tokens.length} 个数字（${printed}），应为 7 个`
    }
    const empty = (j: number) => (plain.get((anchors[j] as Anchor).key)?.length ?? 0) === 0
    const spread = chunks.length - 1
    const options: RequestRowKey[][] = []
    const before = anchors.slice(Math.max(0, i - spread), i)
    if (before.length === spread && before.every((_, k) => empty(i - spread + k)))
      options.push([...before.map((b) => b.key), a.key])
    const after = anchors.slice(i + 1, i + 1 + spread)
    if (after.length === spread && after.every((_, k) => empty(i + 1 + k)))
      options.push([a.key, ...after.map((b) => b.key)])
    if (options.length === 0) {
      return `表三「${describeRow(a.key)}」一行读到 ${tokens.length} 个数字（${printed}），应为 7 个；前后也没有 ${spread} 个未印数字的行可以按顺序对应`
    }
    const next: Assignment[] = []
    for (const layout of layouts) {
      for (const keys of options) {
        // A row another displaced group already gave numbers to cannot take these too.
        if (keys.some((k) => k !== a.key && layout.get(k) !== plain.get(k))) continue
        const copy = new Map(layout)
        keys.forEach((k, j) => copy.set(k, chunks[j] as NumToken[]))
        next.push(copy)
      }
    }
    if (next.length > MAX_LAYOUTS) {
      return '表三的数字与行标签分开排列，可能的对应方式过多，无法确定'
    }
    layouts = next
  }
  return layouts
}

/** A row's numbers cut into the rows they were printed as: by source line, else by sevens. */
function chunksOf(tokens: NumToken[], lineOf: (pos: number) => number): NumToken[][] | undefined {
  const byLine: NumToken[][] = []
  let line = Number.NaN
  for (const t of tokens) {
    const l = lineOf(t.start)
    if (l !== line) byLine.push([])
    byLine[byLine.length - 1]!.push(t)
    line = l
  }
  if (byLine.length > 1 && byLine.every((c) => c.length <= 7)) return byLine
  if (tokens.length % 7 !== 0) return undefined
  const sevens: NumToken[][] = []
  for (let i = 0; i < tokens.length; i += 7) sevens.push(tokens.slice(i, i + 7))
  return sevens
}

type Solved = Extract<Table3Solution, { kind: 'read' }>

/**
 * Solves each layout and keeps the one whose reading breaks the fewest identities, refusing when
 * another layout (or another reading) breaks as few with other values, or when a layout could
 * not be searched through (its fewest is unknown).
 */
function chooseLayout(
  layouts: Assignment[],
  split: boolean,
): { layout: Assignment; solution: Solved } | string {
  const read: { layout: Assignment; solution: Solved; cost: number }[] = []
  const unsure: { cost: number; why: string }[] = []
  let none: string | undefined
  for (const layout of layouts) {
    const solution = solveLayout(layout, split)
    if (solution.kind === 'read') read.push({ layout, solution, cost: solution.broken.length })
    else if (solution.kind === 'ambiguous')
      unsure.push({ cost: solution.broken, why: ambiguity(solution) })
    else if (solution.kind === 'too-many')
      unsure.push({ cost: -1, why: unsolved(solution, layout) })
    else none ??= unsolved(solution, layout)
  }
  const min = Math.min(...read.map((r) => r.cost))
  const best = read.filter((r) => r.cost === min)
  const doubt = unsure.find((u) => u.cost < 0 || u.cost <= min)
  if (doubt) return doubt.why
  if (best.length === 0) return none ?? '表三无法读取'
  if (best.length > 1 && best.some((b) => !sameValues(b.solution, best[0]!.solution))) {
    return '表三的数字与行标签分开排列，按行的顺序有两种对应方式同样符合勾稽关系，无法确定'
  }
  return best[0] as (typeof best)[0]
}

/** Every row printed whole, nothing to choose: the values as printed, whatever they break. */
function asPrinted(layout: Assignment): { layout: Assignment; solution: Solved } {
  const rows = new Map<RequestRowKey, { values: number[]; blanks: number; only: boolean }>()
  for (const [key, tokens] of layout) {
    rows.set(key, { values: tokens.map((t) => Number(t.text)), blanks: 0, only: true })
  }
  // The checks name what such a table breaks; no reading was chosen that the notes must explain.
  return { layout, solution: { kind: 'read', rows, broken: [] } }
}

function sameValues(a: Solved, b: Solved): boolean {
  for (const [k, r] of a.rows) if (b.rows.get(k)?.values.join() !== r.values.join()) return false
  return true
}

function solveLayout(layout: Assignment, split: boolean): Table3Solution {
  const inputs: RowInput[] = []
  for (const [key, tokens] of layout) {
    if (tokens.length === 7) inputs.push({ key, fixed: tokens.map((t) => Number(t.text)) })
    else if (tokens.length > 7) return { kind: 'none', row: key }
    else inputs.push({ key, run: digitRun(tokens.map((t) => t.text)) })
  }
  // Every row printed whole: read as printed, whatever it breaks.
  if (inputs.every((i) => i.fixed)) {
    const rows = new Map(
      inputs.map((i) => [i.key, { values: [...(i.fixed ?? [])], blanks: 0, only: true }]),
    )
    return { kind: 'read', rows, broken: brokenIdentities(rows, split) }
  }
  return solveTable3(inputs, split)
}

function ambiguity(s: Extract<Table3Solution, { kind: 'ambiguous' }>): string {
  const rows = s.rows
    .slice(0, 4)
    .map((r) => `「${rowSpec(r.key).short}」读作 ${r.a.join('/')} 或 ${r.b.join('/')}`)
    .join('；')
  const fit = s.broken === 0 ? '都满足勾稽关系' : `同样只有 ${s.broken} 处勾稽关系不成立`
  return `表三的数字连在一起（或有单元格未印数字），有两种读法${fit}：${rows}，无法确定各单元格的值`
}

function unsolved(s: Table3Solution, layout: Assignment): string {
  if (s.kind === 'too-many') {
    return s.why === 'breaks'
      ? '表三的数字连在一起（或有单元格未印数字），任何读法都有多处勾稽关系不成立（或未印数字的单元格按 0 计后勾稽关系不成立），无法可靠地确定各单元格的值'
      : '表三的数字连在一起，可能的拆分过多，无法在合理的时间内确定各单元格的值'
  }
  if (s.kind === 'doubt') {
    const printed = (layout.get(s.row) ?? []).map((t) => t.text).join(' ')
    return `表三「${describeRow(s.row)}」一行的数字「${printed}」逐格拆开时六类申请人之和都不等于总计，而假定有单元格未印数字时相等，无法确定是原表有误还是单元格空白`
  }
  if (s.kind === 'none') {
    const printed = (layout.get(s.row) ?? []).map((t) => t.text).join(' ')
    return `表三「${describeRow(s.row)}」一行的数字「${printed || '（无）'}」无法读成 7 个单元格（拆不开，或未印数字的单元格按 0 计后本行之和不成立）`
  }
  return '表三无法读取'
}
