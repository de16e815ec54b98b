/**
 * Lines of a page rebuilt from its pieces much like `pdftotext -layout`: pieces sharing a
 * baseline make one line, read left to right, and a horizontal gap becomes spaces in proportion
 * to its width, so the cells of a table row stay apart. Lines are trimmed: an indented footer
 * would otherwise look like a long line of text to a reader.
 */
import { CJK_FIRST, CJK_GAP, CJK_LAST, type Piece } from './glyphs'

/** Baselines closer than this fraction of the font size share a line. Cells of one table row are
 * vertically centred, so a label and its numbers may sit ~0.3 em apart; two text lines of a
 * wrapped cell are more than 0.5 em apart. */
const SAME_LINE = 0.4
/** A gap wider than this fraction of the font size separates words. pdftotext and pdf.js use
 * about 0.1; a little more keeps kerned or tracked digits of one number together. */
const WORD_GAP = 0.15
/** Copies of one string this close together are a fake-bold overprint, not repeated text. */
const OVERPRINT = 0.3

/** Drops the extra copies of fake-bold text (the same string printed again a hair away). */
export function withoutOverprints(pieces: Piece[]): Piece[] {
  const byText = new Map<string, Piece[]>()
  const kept: Piece[] = []
  for (const p of pieces) {
    const same = byText.get(p.str) ?? []
    const near = OVERPRINT * p.size
    if (same.some((k) => Math.abs(k.x - p.x) < near && Math.abs(k.y - p.y) < near)) continue
    same.push(p)
    byText.set(p.str, same)
    kept.push(p)
  }
  return kept
}

/**
 * Groups pieces into lines by linking each piece to its nearest left neighbour on (nearly) the
 * same baseline, so every line is a chain read left to right.
 *
 * Comparing every piece with one reference baseline does not work for tables: a row's numbers
 * sit ~0.3 em off their label's baseline, and a group label in the first column (`（四）无`)
 * can sit even closer to those numbers while pdftotext, and a reader, keep it on its own line.
 * Linking to the nearest piece on the left puts the numbers after their own row label.
 */
export function groupLines(pieces: Piece[]): Piece[][] {
  const byY = [...pieces].sort((p, q) => p.y - q.y)
  const byX = [...pieces].sort((p, q) => p.x - q.x || p.y - q.y)
  const left = new Map<Piece, Piece>()
  const claimed = new Set<Piece>()
  for (const p of byX) {
    const reach = SAME_LINE * p.size
    // First index of byY with y >= p.y - reach.
    let lo = 0
    let hi = byY.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((byY[mid] as Piece).y < p.y - reach) lo = mid + 1
      else hi = mid
    }
    let best: Piece | undefined
    for (let i = lo; i < byY.length; i++) {
      const q = byY[i] as Piece
      if (q.y > p.y + reach) break
      if (q === p || claimed.has(q) || q.x >= p.x || q.vertical || p.vertical) continue
      if (Math.abs(q.y - p.y) > SAME_LINE * Math.min(p.size, q.size)) continue
      // A little overlap is tolerated: glyph widths and positions are not exact.
      if (q.x + q.w > p.x + 0.5 * Math.max(p.size, q.size)) continue
      const better =
        !best ||
        q.x + q.w > best.x + best.w + 0.5 ||
        (q.x + q.w > best.x + best.w - 0.5 && Math.abs(q.y - p.y) < Math.abs(best.y - p.y))
      if (better) best = q
    }
    if (best) {
      left.set(p, best)
      claimed.add(best)
    }
  }
  const lines: Piece[][] = []
  // A piece that is nobody's left neighbour ends a line; walk leftwards from it.
  for (const p of byX) {
    if (claimed.has(p)) continue
    const chain: Piece[] = []
    for (let q: Piece | undefined = p; q; q = left.get(q)) chain.push(q)
    lines.push(chain.reverse())
  }
  const meanY = (line: Piece[]) => line.reduce((sum, p) => sum + p.y, 0) / line.length
  const keyed = lines.map((line) => ({ line, y: meanY(line), x: line[0]?.x ?? 0 }))
  keyed.sort((a, b) => a.y - b.y || a.x - b.x)
  return keyed.map((k) => k.line)
}

/** The narrowest gap between two neighbouring pieces that still separates words or cells. */
function wordGap(before: Piece | undefined, after: Piece): number {
  const size = Math.max(after.size, before?.size ?? after.size)
  const cjk = before && CJK_LAST.test(before.str) && CJK_FIRST.test(after.str)
  return (cjk ? CJK_GAP : WORD_GAP) * size
}

/** A line of a page: its text, and the pieces it was made of (where a table reader finds cells). */
export interface PageLine {
  text: string
  pieces: Piece[]
}

export function pageLines(all: Piece[]): PageLine[] {
  const pieces = withoutOverprints(all)
  if (pieces.length === 0) return []
  // One column of the layout is half the page's dominant font size: a CJK character is two
  // columns, a digit one, as in pdftotext's output.
  const weight = new Map<number, number>()
  for (const p of pieces) {
    const key = Math.round(p.size * 10) / 10
    weight.set(key, (weight.get(key) ?? 0) + p.str.length)
  }
  let dominant = 10
  let best = -1
  for (const [size, count] of weight) {
    if (count > best) {
      best = count
      dominant = size
    }
  }
  const column = Math.max(dominant / 2, 1)

  const lines: PageLine[] = []
  for (const line of groupLines(pieces)) {
    let text = ''
    let end = line[0]?.x ?? 0
    line.forEach((p, i) => {
      const gap = p.x - end
      if (i > 0 && gap > wordGap(line[i - 1], p)) {
        text += ' '.repeat(Math.max(1, Math.round(gap / column)))
      }
      text += p.str
      end = Math.max(end, p.x + p.w)
    })
    text = text.trim()
    if (text) lines.push({ text, pieces: line })
  }
  return lines
}
