/**
 * pdf.js's text items and glyphs as pieces of text placed on the page: CJK letter spacing undone,
 * compatibility ideographs folded, and vertical (top-to-bottom) text read glyph by glyph.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import type { PdfJs, PdfPage } from './load'

export type Matrix = [number, number, number, number, number, number]

/** A run of text placed on the page, in viewport space (y grows downward, y is the baseline). */
export interface Piece {
  x: number
  y: number
  /** Horizontal extent. */
  w: number
  /** Font size on the page. */
  size: number
  str: string
  /** Top-to-bottom text: it spans table rows, so it never joins a horizontal line. */
  vertical?: boolean
}

/** Between two CJK characters a gap separates words or cells only when wider than this. WPS
 * spreads the characters of `商业企业` 0.3 em apart; the cells of a cramped table header can
 * be 0.5 em apart. */
export const CJK_GAP = 0.4

const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2026'
export const CJK_FIRST = new RegExp(`^[${CJK}]`, 'u')
export const CJK_LAST = new RegExp(`[${CJK}]$`, 'u')
const CJK_SPACES = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'gu')

// ---------------------------------------------------------------------------------------------
// Geometry

/** `b` then `a`, as pdf.js's `Util.transform(a, b)`. */
export function compose(a: readonly number[], b: readonly number[]): Matrix {
  const [a0 = 1, a1 = 0, a2 = 0, a3 = 1, a4 = 0, a5 = 0] = a
  const [b0 = 1, b1 = 0, b2 = 0, b3 = 1, b4 = 0, b5 = 0] = b
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ]
}

function translate(m: readonly number[], x: number, y: number): Matrix {
  return compose(m, [1, 0, 0, 1, x, y])
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** Some PDF fonts map CJK characters to Kangxi radicals or compatibility ideographs (⽂ for 文);
 * only those are folded, everything else stays as printed. */
function foldCompatibilityIdeographs(s: string): string {
  return s.replace(/[\u2F00-\u2FDF\uF900-\uFAFF]/g, (c) => c.normalize('NFKC'))
}

// ---------------------------------------------------------------------------------------------
// Text items

/**
 * Drops the spaces pdf.js put between two CJK characters of one text item when they stand for
 * letter spacing rather than a gap between words. pdf.js writes any gap of 0.1–0.6 em inside an
 * item as one space and keeps no positions, so the gap is estimated from the item's width,
 * counting a CJK character as 1 em and any other as 0.5 em.
 */
function joinCjk(str: string, width: number, size: number): string {
  const spaces = str.match(/ /g)?.length ?? 0
  if (spaces === 0 || size <= 0 || !str.match(CJK_SPACES)) return str
  let ems = 0
  for (const c of str) if (c !== ' ') ems += CJK_FIRST.test(c) ? 1 : 0.5
  const gap = (width / size - ems) / spaces
  return gap < CJK_GAP ? str.replace(CJK_SPACES, '$1') : str
}

export function pieceOfItem(item: TextItem, viewport: readonly number[]): Piece | undefined {
  if (!item.str.trim()) return undefined
  const m = compose(viewport, item.transform)
  const size = Math.hypot(m[2], m[3])
  const run = Math.hypot(m[0], m[1])
  // `width` is in page units along the text direction; only its horizontal part spans columns.
  const w = run > 0 ? (item.width * Math.abs(m[0])) / run : item.width
  return { x: m[4], y: m[5], w, size, str: joinCjk(foldCompatibilityIdeographs(item.str), w, size) }
}
// ---------------------------------------------------------------------------------------------
// Vertical text

interface GlyphLike {
  unicode: string
  width: number
  vmetric?: number[]
  isSpace?: boolean
}

function isGlyph(g: unknown): g is GlyphLike {
  return (
    typeof g === 'object' &&
    g !== null &&
    typeof (g as GlyphLike).unicode === 'string' &&
    typeof (g as GlyphLike).width === 'number'
  )
}

export function nums(args: unknown): number[] {
  if (!args || typeof args !== 'object') return []
  return Array.from(args as ArrayLike<unknown>, (v) => (typeof v === 'number' ? v : 0))
}

interface TextGraphicsState {
  ctm: Matrix
  font: string
  fontSize: number
  charSpacing: number
  wordSpacing: number
  leading: number
  rise: number
}

/**
 * The glyphs of vertical (top-to-bottom) fonts, one piece per character, read from the page's
 * operators. pdf.js's text content cannot be used for them: it compares the glyph's position on
 * the page with its advance in text-space units, so under a scaled text matrix (WPS writes
 * `0.05 0 0 -0.05 … Tm` with a 199-point font) every vertical glyph lower than 199 pt from the
 * page bottom is silently dropped — `三、本年度办理结果` comes out as `三、本年`.
 */
export async function verticalGlyphs(
  page: PdfPage,
  pdfjs: PdfJs,
  verticalFonts: ReadonlySet<string>,
  viewport: readonly number[],
): Promise<Piece[]> {
  const { OPS } = pdfjs
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })
  const pieces: Piece[] = []
  let gs: TextGraphicsState = {
    ctm: IDENTITY,
    font: '',
    fontSize: 0,
    charSpacing: 0,
    wordSpacing: 0,
    leading: 0,
    rise: 0,
  }
  const stack: TextGraphicsState[] = []
  let tm: Matrix = IDENTITY
  let tlm: Matrix = IDENTITY
  const moveText = (x: number, y: number) => {
    tlm = translate(tlm, x, y)
    tm = tlm
  }
  list.fnArray.forEach((fn, i) => {
    const args: unknown = list.argsArray[i]
    const a = nums(args)
    switch (fn) {
      case OPS.save:
        stack.push({ ...gs })
        break
      case OPS.restore:
        gs = stack.pop() ?? gs
        break
      case OPS.transform: {
        const m = a.length === 6 ? a : Array.isArray(args) ? nums(args[0]) : []
        if (m.length === 6) gs.ctm = compose(gs.ctm, m)
        break
      }
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...gs })
        const matrix = Array.isArray(args) ? nums(args[0]) : []
        if (matrix.length === 6) gs.ctm = compose(gs.ctm, matrix)
        break
      }
      case OPS.paintFormXObjectEnd:
        gs = stack.pop() ?? gs
        break
      case OPS.beginText:
        tm = tlm = IDENTITY
        break
      case OPS.setFont:
        if (Array.isArray(args)) {
          gs.font = String(args[0])
          gs.fontSize = typeof args[1] === 'number' ? args[1] : 0
        }
        break
      case OPS.setCharSpacing:
        gs.charSpacing = a[0] ?? 0
        break
      case OPS.setWordSpacing:
        gs.wordSpacing = a[0] ?? 0
        break
      case OPS.setLeading:
        gs.leading = a[0] ?? 0
        break
      case OPS.setTextRise:
        gs.rise = a[0] ?? 0
        break
      case OPS.moveText:
        moveText(a[0] ?? 0, a[1] ?? 0)
        break
      case OPS.setLeadingMoveText:
        gs.leading = -(a[1] ?? 0)
        moveText(a[0] ?? 0, a[1] ?? 0)
        break
      case OPS.setTextMatrix: {
        // pdf.js passes the six numbers either inline or as one Float32Array.
        const m = a.length === 6 ? a : Array.isArray(args) ? nums(args[0]) : []
        if (m.length === 6) tm = tlm = compose(IDENTITY, m)
        break
      }
      case OPS.nextLine:
        moveText(0, -gs.leading)
        break
      case OPS.showText: {
        if (!verticalFonts.has(gs.font) || !Array.isArray(args) || !Array.isArray(args[0])) break
        const size = gs.fontSize
        const scale = size / 1000
        for (const g of args[0] as unknown[]) {
          if (typeof g === 'number') {
            tm = translate(tm, 0, -g * scale)
            continue
          }
          if (!isGlyph(g)) continue
          const [w1y, vx, vy] = g.vmetric ?? [-g.width, g.width / 2, 880]
          const str = foldCompatibilityIdeographs(g.unicode)
          if (str.trim()) {
            // Place the glyph by its horizontal origin (vertical origin minus the position
            // vector), so its baseline can line up with the horizontal text beside it.
            const m = compose(viewport, compose(gs.ctm, tm))
            const at = compose(m, [1, 0, 0, 1, -(vx ?? 0) * scale, gs.rise - (vy ?? 0) * scale])
            pieces.push({
              x: at[4],
              y: at[5],
              w: Math.abs(g.width * scale * m[0]),
              size: Math.abs(size) * Math.hypot(m[2], m[3]),
              str,
              vertical: true,
            })
          }
          const advance =
            (w1y ?? -g.width) * scale + gs.charSpacing + (g.isSpace ? gs.wordSpacing : 0)
          tm = translate(tm, 0, advance)
        }
        break
      }
    }
  })
  return verticalRuns(pieces)
}

/**
 * Joins the glyphs of one column of vertical text, top to bottom, into one piece placed at its
 * first glyph, as pdftotext does: `三、本年度办理结果` is one cell spanning many table rows, and
 * read a character per line between those rows it would get mixed into their labels.
 */
function verticalRuns(glyphs: Piece[]): Piece[] {
  const runs: Piece[] = []
  let run: Piece | undefined
  let last: Piece | undefined
  for (const g of glyphs) {
    const continues =
      run &&
      last &&
      Math.abs(g.x - last.x) < 0.25 * g.size &&
      g.y > last.y &&
      g.y - last.y < 2 * g.size
    if (run && continues) run.str += g.str
    else runs.push((run = { ...g }))
    last = g
  }
  return runs
}
