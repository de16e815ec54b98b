/**
 * The ruling lines of a page — a table's cell borders — from its drawing operators: a Word or
 * LibreOffice PDF strokes them as lines, a browser fills them as thin rectangles. With them a
 * table's cells are known exactly, empty ones included.
 */
import { IDENTITY, compose, nums, type Matrix } from './glyphs'
import type { PdfJs, PdfPage } from './load'

/** An axis-aligned line on the page, in viewport space (y grows downward). */
export interface Rule {
  /** Horizontal: y is fixed and x runs from `from` to `to`; vertical: the other way round. */
  horizontal: boolean
  at: number
  from: number
  to: number
}

/** Thicker than this (in points) a filled rectangle is a shaded cell, not a border. */
const THIN = 3
/** Shorter than this a line is a tick or a glyph's stroke, not a border. */
const MIN_LENGTH = 4

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

function ruleOf(x0: number, y0: number, x1: number, y1: number): Rule | undefined {
  const w = Math.abs(x1 - x0)
  const h = Math.abs(y1 - y0)
  if (h <= THIN && w >= MIN_LENGTH && w > 2 * h)
    return { horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) }
  if (w <= THIN && h >= MIN_LENGTH && h > 2 * w)
    return { horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) }
  return undefined
}

/** The rules a path draws: each straight segment when stroked, each thin box when filled. */
function pathRules(data: ArrayLike<number>, m: Matrix, stroked: boolean, out: Rule[]): void {
  let i = 0
  let box: [number, number][] = []
  let at: [number, number] = [0, 0]
  let start: [number, number] = [0, 0]
  const flushBox = () => {
    if (!stroked && box.length >= 4) {
      const xs = box.map((p) => p[0])
      const ys = box.map((p) => p[1])
      const r = ruleOf(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys))
      if (r) out.push(r)
    }
    box = []
  }
  while (i < data.length) {
    const op = data[i++]
    if (op === 0) {
      flushBox()
      at = apply(m, data[i] ?? 0, data[i + 1] ?? 0)
      start = at
      box.push(at)
      i += 2
    } else if (op === 1) {
      const next = apply(m, data[i] ?? 0, data[i + 1] ?? 0)
      if (stroked) {
        const r = ruleOf(at[0], at[1], next[0], next[1])
        if (r) out.push(r)
      }
      box.push(next)
      at = next
      i += 2
    } else if (op === 2) i += 6
    else if (op === 3) i += 4
    else if (op === 4) {
      if (stroked) {
        const r = ruleOf(at[0], at[1], start[0], start[1])
        if (r) out.push(r)
      }
      flushBox()
    } else break
  }
  flushBox()
}

export async function pageRules(
  page: PdfPage,
  pdfjs: PdfJs,
  viewport: readonly number[],
): Promise<Rule[]> {
  const { OPS } = pdfjs
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })
  const stroking = new Set<number>([OPS.stroke, OPS.closeStroke])
  const filling = new Set<number>([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ])
  const rules: Rule[] = []
  let ctm: Matrix = IDENTITY
  const stack: Matrix[] = []
  list.fnArray.forEach((fn, i) => {
    const args: unknown = list.argsArray[i]
    switch (fn) {
      case OPS.save:
        stack.push(ctm)
        break
      case OPS.restore:
        ctm = stack.pop() ?? ctm
        break
      case OPS.transform: {
        const a = nums(args)
        const m = a.length === 6 ? a : Array.isArray(args) ? nums(args[0]) : []
        if (m.length === 6) ctm = compose(ctm, m)
        break
      }
      case OPS.paintFormXObjectBegin: {
        stack.push(ctm)
        const matrix = Array.isArray(args) ? nums(args[0]) : []
        if (matrix.length === 6) ctm = compose(ctm, matrix)
        break
      }
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm
        break
      case OPS.constructPath: {
        if (!Array.isArray(args)) break
        const op = args[0] as number
        const data = (args[1] as unknown[] | undefined)?.[0]
        if (!data || typeof data !== 'object' || !('length' in data)) break
        if (!stroking.has(op) && !filling.has(op)) break
        pathRules(data as ArrayLike<number>, compose(viewport, ctm), stroking.has(op), rules)
        break
      }
    }
  })
  return rules
}
