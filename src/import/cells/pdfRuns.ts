/**
 * A PDF's text as runs placed on one tall strip: pieces that touch on a line make one run (a
 * cell's text, a number), and pages follow one another so a table broken across pages reads on.
 */
import type { PageLine, Piece } from '../pdf'
import { isFooterLine } from '../text/stream'

export interface Run {
  text: string
  x: number
  end: number
  /** The baseline on the strip: pages stacked, each page's text right below the last's. */
  y: number
  size: number
  page: number
  /** The line's number on its page, as the text reader's provenance counts it. */
  line: number
  lineText: string
}

export interface StripLine {
  runs: Run[]
  /** The line's pieces (vertical text left out), each split at its spaces, on the strip. */
  parts: Run[]
  text: string
  y: number
  page: number
  line: number
}

/** Pieces closer than this fraction of the font size are one run: the letters of one cell. */
const TOUCH = 0.12

export function runsOf(
  pieces: Piece[],
  y: number,
  page: number,
  line: number,
  lineText: string,
): Run[] {
  const runs: Run[] = []
  let run: Run | undefined
  for (const p of pieces) {
    if (run && p.x - run.end <= TOUCH * p.size && p.x >= run.x) {
      run.text += p.str
      run.end = Math.max(run.end, p.x + p.w)
      continue
    }
    run = { text: p.str, x: p.x, end: p.x + p.w, y, size: p.size, page, line, lineText }
    runs.push(run)
  }
  // A piece holding several numbers (`0 0 0`) is split at its spaces, each part placed by its
  // share of the piece's width.
  return runs.flatMap((r) => {
    const parts = r.text.trim().split(/\s+/)
    if (parts.length < 2) return [{ ...r, text: r.text.trim() }]
    const at = letterEdges(r.text, r.x, r.end)
    const out: Run[] = []
    let from = 0
    for (const part of parts) {
      const i = r.text.indexOf(part, from)
      out.push({ ...r, text: part, x: at[i] as number, end: at[i + part.length] as number })
      from = i + part.length
    }
    return out
  })
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/

/**
 * Where each letter of a piece starts (and, last, where the piece ends), by its share of the
 * piece's width: a CJK letter 1 em, any other half. pdf.js gives an item's width only.
 */
export function letterEdges(text: string, x0: number, x1: number): number[] {
  const weights = [...text].map((c) => (WIDE.test(c) ? 2 : 1))
  const unit =
    (x1 - x0) /
    Math.max(
      1,
      weights.reduce((a, b) => a + b, 0),
    )
  const at = [x0]
  for (const w of weights) at.push((at[at.length - 1] as number) + w * unit)
  return at
}

export interface Strip {
  lines: StripLine[]
  /** What to add to a y on page `i + 1` to place it on the strip. */
  offsets: number[]
}

export function stripLines(pages: PageLine[][]): Strip {
  const out: StripLine[] = []
  const offsets: number[] = []
  let offset = 0
  let lastY: number | undefined
  pages.forEach((lines, p) => {
    const ys = lines.map((l) => mean(l.pieces.map((q) => q.y)))
    const sizes = lines.flatMap((l) => l.pieces.map((q) => q.size))
    const gap = 1.5 * (median(sizes) || 12)
    const first = ys.length > 0 ? Math.min(...ys) : 0
    if (lastY !== undefined) offset = lastY + gap - first
    offsets.push(offset)
    lines.forEach((l, i) => {
      if (isFooterLine(l.text)) return
      const y = (ys[i] as number) + offset
      const pieces = l.pieces.filter((q) => !q.vertical)
      out.push({
        runs: runsOf(pieces, y, p + 1, i + 1, l.text),
        // Each piece on its own baseline: a cell's lines are placed by their own y.
        parts: pieces.flatMap((q) => runsOf([q], q.y + offset, p + 1, i + 1, l.text)),
        text: l.text,
        y,
        page: p + 1,
        line: i + 1,
      })
      lastY = Math.max(lastY ?? y, y)
    })
  })
  return { lines: out, offsets }
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1] as number
}
