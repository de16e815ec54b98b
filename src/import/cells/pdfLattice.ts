/**
 * A PDF table read from its ruling lines: the horizontal lines give the row bands and the
 * vertical ones the column bands; two neighbouring slots with no line between them are one
 * merged cell. Each piece of text goes to the slot its middle falls in, so an empty cell is
 * known to be empty and a number's column is certain.
 */
import type { Rule } from '../pdf'
import type { Provenance } from '../types'
import { letterEdges, type Run, type StripLine } from './pdfRuns'
import type { GridRow } from './types'

/** Lines closer than this (points) are one line of the grid. */
const SAME_LINE = 1.5

interface Line {
  at: number
  page: number
}

function clusterLines(lines: Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.page - b.page || a.at - b.at)
  const out: Line[] = []
  for (const l of sorted) {
    const last = out[out.length - 1]
    if (last && last.page === l.page && l.at - last.at <= SAME_LINE) continue
    out.push(l)
  }
  return out
}

/**
 * A piece cut where a vertical line crosses it: pdf.js joins the text of neighbouring cells into
 * one item when the gap is small (`数量本年增/减`, `行政事业性收费38.92`). Letters are placed by
 * their share of the width (a CJK letter 1 em, any other half), and a cut between a letter and a
 * digit near the line is preferred to the nearest cut, where those estimates are least sure.
 */
function cut(r: Run, lines: readonly number[]): Run[] {
  const inside = lines.find((x) => x > r.x + 0.3 * r.size && x < r.end - 0.3 * r.size)
  const chars = [...r.text]
  if (inside === undefined || chars.length < 2) return [r]
  const at = letterEdges(r.text, r.x, r.end)
  const digit = (c: string | undefined) => c !== undefined && /[\d.]/.test(c)
  let best = 1
  let score = Infinity
  for (let i = 1; i < chars.length; i++) {
    const change = digit(chars[i - 1]) !== digit(chars[i])
    const d = Math.abs((at[i] as number) - inside) - (change ? r.size : 0)
    if (d < score) {
      score = d
      best = i
    }
  }
  const split = at[best] as number
  return [
    ...cut({ ...r, text: chars.slice(0, best).join(''), end: split }, lines),
    ...cut({ ...r, text: chars.slice(best).join(''), x: split }, lines),
  ]
}

function place(r: Run): Provenance {
  return {
    where: `第${r.page}页第${r.line}行`,
    page: r.page,
    line: r.line,
    excerpt: r.lineText.replace(/\s+/g, ' ').slice(0, 120),
  }
}

/**
 * The rows of the table(s) between strip y `top` and `bottom`, or undefined where the region
 * has too few ruling lines to be a lattice. Text outside every cell is a paragraph row.
 */
export function latticeRows(
  lines: StripLine[],
  rules: Rule[][] | undefined,
  offsets: number[],
  top: number,
  bottom: number,
  table: number,
): GridRow[] | undefined {
  if (!rules) return undefined
  const horizontal: (Rule & { page: number })[] = []
  const vertical: (Rule & { page: number })[] = []
  rules.forEach((page, p) => {
    const off = offsets[p]
    if (off === undefined) return
    for (const r of page) {
      const moved = r.horizontal
        ? { ...r, at: r.at + off, page: p + 1 }
        : { ...r, from: r.from + off, to: r.to + off, page: p + 1 }
      const y = moved.horizontal ? moved.at : (moved.from + moved.to) / 2
      if (y < top || y > bottom) continue
      ;(moved.horizontal ? horizontal : vertical).push(moved)
    }
  })
  // A table broken across pages has no border where the page cuts it (the row above owns it):
  // the top and bottom of its vertical lines on each page stand for them.
  const pagesOf = new Set(vertical.map((r) => r.page))
  for (const page of pagesOf) {
    const own = vertical.filter((r) => r.page === page)
    const edges = [Math.min(...own.map((r) => r.from)), Math.max(...own.map((r) => r.to))]
    for (const at of edges) {
      if (!horizontal.some((r) => r.page === page && Math.abs(r.at - at) <= SAME_LINE))
        horizontal.push({ horizontal: true, at, from: -Infinity, to: Infinity, page })
    }
  }
  const hs = clusterLines(horizontal.map((r) => ({ at: r.at, page: r.page }))).sort(
    (a, b) => a.page - b.page || a.at - b.at,
  )
  // Columns are the same on every page.
  const vs = clusterLines(vertical.map((r) => ({ at: r.at, page: 0 })))
  if (hs.length < 3 || vs.length < 3) return undefined

  // Bands: between neighbouring lines of one page (a page break is no row).
  const rowBands: { y0: number; y1: number; page: number }[] = []
  hs.forEach((h, i) => {
    const next = hs[i + 1]
    if (next && next.page === h.page && next.at - h.at > 2)
      rowBands.push({ y0: h.at, y1: next.at, page: h.page })
  })
  const colBands: { x0: number; x1: number }[] = []
  vs.forEach((v, i) => {
    const next = vs[i + 1]
    if (next && next.at - v.at > 2) colBands.push({ x0: v.at, x1: next.at })
  })
  if (rowBands.length === 0 || colBands.length === 0) return undefined
  const vLine = (x: number, y: number, page: number) =>
    vertical.some(
      (r) => r.page === page && Math.abs(r.at - x) <= SAME_LINE && r.from - 1 < y && r.to + 1 > y,
    )
  const hLine = (y: number, x: number, page: number) =>
    horizontal.some(
      (r) => r.page === page && Math.abs(r.at - y) <= SAME_LINE && r.from - 1 < x && r.to + 1 > x,
    )

  // Slots joined into cells where no line parts them (union-find over row-major slots).
  const width = colBands.length
  const parent = rowBands.flatMap((_, i) => colBands.map((_, j) => i * width + j))
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] as number] as number
    return k
  }
  const join = (a: number, b: number) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  rowBands.forEach((rb, i) => {
    const midY = (rb.y0 + rb.y1) / 2
    colBands.forEach((cb, j) => {
      if (j + 1 < width && !vLine(cb.x1, midY, rb.page)) join(i * width + j, i * width + j + 1)
      const below = rowBands[i + 1]
      if (
        below &&
        below.page === rb.page &&
        Math.abs(below.y0 - rb.y1) <= SAME_LINE &&
        !hLine(rb.y1, (cb.x0 + cb.x1) / 2, rb.page)
      )
        join(i * width + j, (i + 1) * width + j)
    })
  })

  // Each run to the slot its middle falls in; runs in no slot are text around the table.
  const texts = new Map<number, Run[]>()
  const outside: Run[] = []
  const cuts = vs.map((v) => v.at)
  for (const run of lines.flatMap((l) => l.parts.flatMap((p) => cut(p, cuts)))) {
    const mid = (run.x + run.end) / 2
    const i = rowBands.findIndex((b) => b.page === run.page && run.y > b.y0 && run.y < b.y1)
    const j = colBands.findIndex((b) => mid > b.x0 && mid < b.x1)
    if (i < 0 || j < 0) {
      outside.push(run)
      continue
    }
    const cell = find(i * width + j)
    const list = texts.get(cell) ?? []
    list.push(run)
    texts.set(cell, list)
  }
  // A cell's pieces line by line, left to right: touching pieces are one word, a gap or a new
  // line a space (which the grid reader drops between letters and keeps between digits).
  const textOf = (cell: number) => {
    const parts = (texts.get(cell) ?? []).sort((a, b) =>
      Math.abs(a.y - b.y) < 0.5 * a.size ? a.x - b.x : a.y - b.y,
    )
    let out = ''
    parts.forEach((r, k) => {
      const prev = parts[k - 1]
      const touching =
        prev && Math.abs(prev.y - r.y) < 0.5 * r.size && r.x - prev.end <= 0.12 * r.size
      out += (k === 0 || touching ? '' : ' ') + r.text
    })
    return out
  }

  const rows: { y: number; row: GridRow }[] = rowBands.map((rb, i) => {
    const slots = colBands.map((_, j) => i * width + j)
    const cells = slots.map((k) => {
      const cell = find(k)
      return cell === k ? { text: textOf(cell) } : { text: textOf(cell), copy: true }
    })
    const runs = slots.map((k) => texts.get(find(k))?.[0])
    const first = runs.find((r) => r !== undefined)
    const fallback: Provenance = first ? place(first) : { where: '' }
    return {
      y: rb.y0,
      row: {
        cells,
        table,
        where: (col: number) => {
          const r = runs[col]
          return r ? place(r) : fallback
        },
      },
    }
  })
  // Text around the table keeps its own lines, in order with the table's rows.
  const byLine = new Map<string, Run[]>()
  for (const r of outside) {
    const key = `${r.page}:${r.line}`
    byLine.set(key, [...(byLine.get(key) ?? []), r])
  }
  for (const runs of byLine.values()) {
    const r = runs[0] as Run
    const p = place(r)
    rows.push({
      y: r.y,
      row: { cells: [{ text: runs.map((x) => x.text).join(' ') }], where: () => p },
    })
  }
  return rows.sort((a, b) => a.y - b.y).map((r) => r.row)
}
