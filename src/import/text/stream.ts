/**
 * A report's text folded into one compact stream: whitespace between words removed (Chinese
 * labels wrap anywhere, even one character per line), full-width forms folded, page footers
 * dropped, and a single space kept only where it separates two values. Every character keeps the
 * offset it had in the source, so each value can be traced back to its line or cell.
 */

import { unmarkTables } from './markdown'

export const BLANK = '∅'

export interface Stream {
  /** The compact text. */
  s: string
  /** `at[i]` is the source offset of `s[i]`. */
  at: Int32Array
}

export interface SourceLine {
  start: number
  end: number
  text: string
}

/** Splits text into lines, as an editor numbers them (CR, LF or CRLF; a form feed stays inside its line). */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  const re = /\r\n|\r|\n/g
  let start = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) })
    start = m.index + m[0].length
  }
  lines.push({ start, end: text.length, text: text.slice(start) })
  return lines
}

/** Page footers and headers that print a page number: `- 4 -`, `-4-`, `第 3 页 共 9 页`, `3/9`. */
const FOOTER =
  /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页)\s*$/

/** A bare page number at a page break (`\f3`), as pdftotext prints some footers. */
const PAGE_NUMBER_AT_BREAK = /^\s*\f\s*\d{1,3}\s*$|^\s*\d{1,3}\s*\f\s*$/

/** A line holding only a page number, right before the form feed that starts the next page. */
function isPageNumberBeforeBreak(line: string, next: string | undefined): boolean {
  return next !== undefined && /^\s*\f/.test(next) && /^\s*\d{1,3}\s*$/.test(line)
}

export function isFooterLine(line: string): boolean {
  return FOOTER.test(line) || PAGE_NUMBER_AT_BREAK.test(line)
}

/** Cell text that stands for "nothing printed here": read as 0, and counted. */
const PLACEHOLDERS = new Set(['-', '—', '——', '－', '–', '/', '／', '无', '\\', BLANK])

export function isPlaceholder(token: string): boolean {
  return PLACEHOLDERS.has(token)
}

const BLANK_CODE = BLANK.charCodeAt(0)
const PLACEHOLDER_STARTS = new Set([...PLACEHOLDERS].map((p) => p.charCodeAt(0)))

/** A cheap first test: most tokens are digits, and slicing each to look it up costs. */
function mayBePlaceholder(c: number): boolean {
  return PLACEHOLDER_STARTS.has(c)
}

/** Whitespace of any width, zero-width space and BOM included. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0x3000 ||
    c === 0xa0 ||
    c === 0x200b ||
    c === 0xfeff ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a)
  )
}

const folded = new Map<number, number>()

/** Folds a full-width or compatibility character to its plain form, one character for one. */
function fold(c: number): number {
  if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) return c
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0
  let f = folded.get(c)
  if (f === undefined) {
    const n = String.fromCharCode(c).normalize('NFKC')
    f = n.length === 1 ? n.charCodeAt(0) : c
    folded.set(c, f)
  }
  return f
}

/** Characters a value may start with: a space is kept before them (`5 -1 7` is three values). */
function isValueCode(c: number): boolean {
  return (c >= 48 && c <= 57) || c === BLANK_CODE || c === 45 || c === 43
}

/** Whitespace as String.prototype.trim() sees it. */
function isTrimSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

function isBlankCell(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimSpace(text.charCodeAt(i))) return false
  return true
}

const isCellDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)

/** Whether a cell, trimmed, reads `/^[-－]?[0-9０-９][0-9０-９.,，．]*$/`: a printed number. */
function isNumericCell(text: string, from: number, to: number): boolean {
  while (from < to && isTrimSpace(text.charCodeAt(from))) from++
  while (to > from && isTrimSpace(text.charCodeAt(to - 1))) to--
  if (from < to && (text.charCodeAt(from) === 45 || text.charCodeAt(from) === 0xff0d)) from++
  if (from >= to || !isCellDigit(text.charCodeAt(from))) return false
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i)
    // . , ， ．
    if (!isCellDigit(c) && c !== 46 && c !== 44 && c !== 0xff0c && c !== 0xff0e) return false
  }
  return true
}

/**
 * Builds the stream. In a tab-separated line (text copied from a web page, or a markdown table
 * row), an empty cell between two numeric cells is a blank cell, so it becomes a placeholder.
 */
export function buildStream(source: string): Stream {
  // Same length as the source: offsets into it are offsets into the source.
  const text = unmarkTables(source)
  // Output never exceeds two characters per input character (a blank cell between two tabs).
  const out = new Uint16Array(text.length * 2 + 2)
  const at = new Int32Array(text.length * 2 + 2)
  let n = 0
  let pendingSep = false

  const emit = (c: number, offset: number) => {
    if (pendingSep && n > 0 && isValueCode(out[n - 1] as number) && isValueCode(c)) {
      out[n] = 32
      at[n++] = offset
    }
    pendingSep = false
    out[n] = c
    at[n++] = offset
  }

  /** Emits `text[start, end)` token by token; a placeholder token becomes one blank. */
  const emitRange = (start: number, end: number) => {
    let i = start
    while (i < end) {
      while (i < end && isSpace(text.charCodeAt(i))) i++
      if (i >= end) break
      const t = i
      while (i < end && !isSpace(text.charCodeAt(i))) i++
      if (i - t <= 2 && mayBePlaceholder(text.charCodeAt(t)) && isPlaceholder(text.slice(t, i)))
        emit(BLANK_CODE, t)
      else for (let k = t; k < i; k++) emit(fold(text.charCodeAt(k)), k)
      pendingSep = true
    }
    pendingSep = true
  }

  const bounds: number[] = []
  const lines = splitLines(text)
  lines.forEach((line, li) => {
    // Footers are short once their indentation is gone (`-layout` centres them).
    const short = line.text.length < 40 || line.text.trim().length < 40
    if (
      short &&
      (isFooterLine(line.text) || isPageNumberBeforeBreak(line.text, lines[li + 1]?.text))
    ) {
      pendingSep = true
      return
    }
    if (line.text.includes('\t')) {
      // Cell bounds found in place: splitting every line of a table cost more than reading it.
      bounds.length = 0
      let firstNum = -1
      let lastNum = -1
      for (let a = line.start, k = 0; ; k++) {
        let b = a
        while (b < line.end && text.charCodeAt(b) !== 9) b++
        bounds.push(a, b)
        if (isNumericCell(text, a, b)) {
          if (firstNum < 0) firstNum = k
          lastNum = k
        }
        if (b === line.end) break
        a = b + 1
      }
      for (let k = 0; k < bounds.length / 2; k++) {
        const from = bounds[2 * k] as number
        const to = bounds[2 * k + 1] as number
        if (firstNum >= 0 && k > firstNum && k < lastNum && isBlankCell(text, from, to)) {
          emit(BLANK_CODE, from)
          pendingSep = true
        } else emitRange(from, to)
      }
    } else emitRange(line.start, line.end)
    pendingSep = true
  })

  return { s: fromCodes(out, n), at: at.subarray(0, n) }
}

const THOUSANDS = /^(?:,\d{3})+(?![\d,])/

export interface NumToken {
  /** The digits as printed (ASCII), with a leading `-` for a negative value. */
  text: string
  blank: boolean
  /** Stream positions. */
  start: number
  end: number
  /** The unit printed right after the number, when it is one. */
  unit?: '元' | '万元'
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}

/** Characters that may stand between two values of one row. */
function isSeparator(c: string | undefined): boolean {
  return c === ' ' || c === ',' || c === ';'
}

/**
 * Reads value tokens from `start` on. With `untilText`, stops at the first character that is not
 * a value or a separator once a value has been read: the values of one row come together.
 * A digit run directly followed by `.`/`、` and then a non-digit is a sub-row number (`2.重复申请`)
 * whose digit may be glued to the previous row's values (`00000002.其他法律`): that digit is
 * dropped.
 */
/**
 * Whether the point at stream position `j` stood between two digits with nothing between them in
 * the source: a decimal point. A row's numbering printed on its numbers' line (`1.   0   0`) folds
 * to `1.00` in the stream, and is no decimal.
 */
function tight(st: Stream, j: number): boolean {
  const at = st.at
  const dot = at[j]
  return dot !== undefined && at[j - 1] === dot - 1 && at[j + 1] === dot + 1
}

export function readTokens(
  st: Stream,
  start: number,
  end: number,
  opts: { untilText: boolean; signed?: boolean },
): NumToken[] {
  const s = st.s
  const tokens: NumToken[] = []
  let i = start
  while (i < end) {
    const c = s[i]
    if (c === BLANK) {
      tokens.push({ text: '0', blank: true, start: i, end: i + 1 })
      i++
      continue
    }
    // 本年增/减 is printed signed: +2 is 2.
    if (opts.signed && c === '+' && isDigit(s[i + 1])) {
      i++
      continue
    }
    const negative = opts.signed && c === '-' && isDigit(s[i + 1]) && !isDigit(s[i - 1])
    if (isDigit(c) || negative) {
      let j = negative ? i + 1 : i
      while (j < end && (isDigit(s[j]) || (s[j] === '.' && isDigit(s[j + 1]) && tight(st, j)))) j++
      let text = s.slice(i, j)
      // Thousands separators (3,985,758): groups of exactly three digits after a short head.
      if (s[j] === ',' && /^-?\d{1,3}$/.test(text) && THOUSANDS.test(s.slice(j, j + 12))) {
        const m = THOUSANDS.exec(s.slice(j, j + 40)) as RegExpExecArray
        text += m[0].replace(/,/g, '')
        j += m[0].length
      }
      const next = s[j]
      // A row's numbering (`3.`, `2、`), also where the row's numbers follow it on its line.
      const numbering =
        (next === '.' || next === '、') &&
        j + 1 <= end &&
        (!isDigit(s[j + 1]) || (next === '.' && !tight(st, j)))
      if (numbering) {
        text = text.slice(0, -1)
        if (text === '' || text === '-') {
          i = j + 1
          if (opts.untilText && tokens.length > 0) break
          continue
        }
      }
      const token: NumToken = { text, blank: false, start: i, end: i + text.length }
      if (s.startsWith('万元', j)) token.unit = '万元'
      else if (s[j] === '元') token.unit = '元'
      tokens.push(token)
      i = j
      continue
    }
    if (isSeparator(c)) {
      i++
      continue
    }
    if (opts.untilText && tokens.length > 0) break
    i++
  }
  return tokens
}

/** Finds the earliest of several words in the stream from `from` on (before `to`). */
export function findFirst(
  st: Stream,
  words: readonly string[],
  from: number,
  to = st.s.length,
): { start: number; end: number; word: string } | undefined {
  let best: { start: number; end: number; word: string } | undefined
  for (const word of words) {
    const i = st.s.indexOf(word, from)
    if (i >= 0 && i + word.length <= to && (!best || i < best.start)) {
      best = { start: i, end: i + word.length, word }
    }
  }
  return best
}

/** Finds a pattern in the stream from `from` on. The pattern must not be global. */
export function findPattern(
  st: Stream,
  re: RegExp,
  from: number,
  to = st.s.length,
): { start: number; end: number } | undefined {
  const m = re.exec(st.s.slice(from, to))
  if (!m) return undefined
  return { start: from + m.index, end: from + m.index + m[0].length }
}

/**
 * The stream's letters with the values taken out, so that a label still matches when a layout put
 * its values in the middle of it (`（一）予以` / `2 1 0 0 0 0 3` / `公开`).
 */
export interface LabelView {
  s: string
  /** `pos[i]` is the stream position of `s[i]`. */
  pos: Int32Array
}

export function labelView(st: Stream, from: number, to: number): LabelView {
  const codes = new Uint16Array(Math.max(0, to - from))
  const pos = new Int32Array(codes.length)
  const s = st.s
  let n = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c === 32 || c === BLANK_CODE || (c >= 48 && c <= 57)) continue
    codes[n] = c
    pos[n++] = i
  }
  return { s: fromCodes(codes, n), pos: pos.subarray(0, n) }
}

const utf16 = new TextDecoder('utf-16le')

/** The first `n` UTF-16 units as a string (the platform's typed arrays are little-endian). */
function fromCodes(codes: Uint16Array, n: number): string {
  return utf16.decode(codes.subarray(0, n))
}

/** Like `findFirst`, on a label view; positions in and out are stream positions. */
export function findLabel(
  view: LabelView,
  words: readonly string[],
  from: number,
  to: number,
): { start: number; end: number; word: string } | undefined {
  let lo = 0
  let hi = view.pos.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((view.pos[mid] as number) < from) lo = mid + 1
    else hi = mid
  }
  let best: { start: number; end: number; word: string } | undefined
  for (const word of words) {
    const i = view.s.indexOf(word, lo)
    if (i < 0) continue
    const start = view.pos[i] as number
    const end = (view.pos[i + word.length - 1] as number) + 1
    if (end <= to && (!best || start < best.start)) best = { start, end, word }
  }
  return best
}
