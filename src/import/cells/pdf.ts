/**
 * A PDF's tables rebuilt as rows of cells from where their text is printed. An empty cell prints
 * nothing, so a number's column is told only by its position: columns are the x where the
 * table's numbers and header words start (cells are read left-aligned), kept where numbers stand
 * or a header names a column; rows are the baselines of the numbers, and each label line goes
 * to the row it is nearest. A number that falls in no column, or two in one cell, leave the cell
 * unreadable, and the grid reader refuses the table.
 */
import { matchActiveMeasure, matchAppealBlock, matchAppealMeasure, matchApplicant } from '../labels'
import type { PageLine, Rule } from '../pdf'
import type { Provenance } from '../types'
import { SECTION } from '../text/sections'
import { foldCell, readCellValue } from './values'
import { latticeRows } from './pdfLattice'
import { stripLines, type Run, type StripLine } from './pdfRuns'
import type { GridDoc, GridRow } from './types'

type Kind = 'active' | 'requests' | 'appeals'

const HEADINGS: [keyof typeof SECTION, Kind | undefined][] = [
  ['overview', undefined],
  ['active', 'active'],
  ['requests', 'requests'],
  ['appeals', 'appeals'],
  ['problems', undefined],
  ['otherMatters', undefined],
]

/** Runs starting this close (in em) are one column. */
const SAME_COLUMN = 0.6

function isValueRun(r: Run): boolean {
  return readCellValue(foldCell(r.text)).kind !== 'text'
}

function place(r: Run): Provenance {
  return {
    where: `第${r.page}页第${r.line}行`,
    page: r.page,
    line: r.line,
    excerpt: r.lineText.replace(/\s+/g, ' ').slice(0, 120),
  }
}

function paragraph(l: StripLine): GridRow {
  const p: Provenance = {
    where: `第${l.page}页第${l.line}行`,
    page: l.page,
    line: l.line,
    excerpt: l.text.slice(0, 120),
  }
  return { cells: [{ text: l.text }], where: () => p }
}

/** Whether a column's header words name a column of this table. */
function names(kind: Kind, text: string): boolean {
  if (kind === 'requests') return matchApplicant(text) !== undefined
  if (kind === 'appeals') return matchAppealMeasure(text) !== undefined
  return matchActiveMeasure(text) !== undefined
}

/** Starts of columns: clusters of run starts, left to right. */
function clusters(xs: number[], tolerance: number): number[] {
  const sorted = [...xs].sort((a, b) => a - b)
  const out: number[] = []
  let group: number[] = []
  for (const x of sorted) {
    if (group.length > 0 && x - (group[0] as number) > tolerance) {
      out.push(Math.min(...group))
      group = []
    }
    group.push(x)
  }
  if (group.length > 0) out.push(Math.min(...group))
  return out
}

function columnOf(anchors: number[], x: number, tolerance: number): number {
  let col = -1
  anchors.forEach((a, i) => {
    if (x >= a - tolerance) col = i
  })
  return col
}

interface Built {
  rows: GridRow[]
}

function buildTable(kind: Kind, lines: StripLine[], table: number): Built {
  const runs = lines.flatMap((l) => l.runs)
  if (runs.length === 0) return { rows: [] }
  const size = runs.map((r) => r.size).sort((a, b) => a - b)[runs.length >> 1] as number
  const tol = SAME_COLUMN * size
  const values = runs.filter(isValueRun)
  // Rows: the baselines of the numbers.
  const rowYs = clusters(
    values.map((r) => r.y),
    0.5 * size,
  )
  const rowOf = (y: number) => {
    let best = -1
    let dist = Infinity
    rowYs.forEach((ry, i) => {
      const d = Math.abs(y - ry)
      if (d < dist) {
        dist = d
        best = i
      }
    })
    return { row: best, dist }
  }
  const firstY = rowYs[0] ?? Infinity
  const headerRuns = runs.filter((r) => !isValueRun(r) && r.y < firstY - 1.5 * size)

  // Columns: where numbers or header words start; a column is kept where it holds numbers or
  // its header words name one of the table's columns.
  let anchors = clusters(
    [...values, ...headerRuns].map((r) => r.x),
    tol,
  )
  const textOf = (col: number, from: Run[]) =>
    from
      .filter((r) => columnOf(anchors, r.x, tol) === col)
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((r) => r.text)
      .join('')
  for (let pass = 0; pass < 2; pass++) {
    anchors = anchors.filter((_, col) => {
      const holds = values.some((r) => columnOf(anchors, r.x, tol) === col)
      return holds || names(kind, textOf(col, headerRuns))
    })
  }
  const first = anchors[0] ?? Infinity

  const out: GridRow[] = []
  const headerText = anchors.map((_, col) => textOf(col, headerRuns))
  if (kind === 'appeals') {
    // A block's name spans its five columns: it names each column up to the next block's.
    let block = ''
    const starts = new Map<number, string>()
    for (const r of headerRuns) {
      const b = matchAppealBlock(r.text.replace(/\s+/g, ''))
      if (b) starts.set(columnOf(anchors, r.x, tol), r.text)
    }
    headerText.forEach((t, col) => {
      block = starts.get(col) ?? block
      headerText[col] = block + t
    })
  }
  if (kind !== 'active') {
    const at = headerRuns[0]
    const where: Provenance = at ? place(at) : { where: '' }
    out.push({
      cells: [{ text: '' }, ...headerText.map((text) => ({ text }))],
      table,
      where: () => where,
    })
  }

  // Every other line: its label-area runs go to the nearest row of numbers; in table 2 a line of
  // header words stands between two parts and keeps its own row.
  const labels: Run[][] = rowYs.map(() => [])
  const cells: Run[][][] = rowYs.map(() => anchors.map(() => []))
  const headerRows: { y: number; row: GridRow }[] = []
  for (const line of lines) {
    const inColumns = line.runs.filter((r) => r.x >= first - tol)
    const isHeader = kind === 'active' && inColumns.length > 0 && !inColumns.some(isValueRun)
    if (isHeader) {
      const texts = anchors.map(() => '')
      for (const r of inColumns) {
        const col = columnOf(anchors, r.x, tol)
        texts[col] = (texts[col] ?? '') + r.text
      }
      const label = line.runs
        .filter((r) => r.x < first - tol)
        .map((r) => r.text)
        .join('')
      const p = place(line.runs[0] as Run)
      headerRows.push({
        y: line.y,
        row: {
          cells: [{ text: label }, ...texts.map((text) => ({ text }))],
          table,
          where: () => p,
        },
      })
      continue
    }
    for (const r of line.runs) {
      if (kind !== 'active' && !isValueRun(r) && r.y < firstY - 1.5 * size) continue
      const { row } = rowOf(r.y)
      if (row < 0) continue
      if (isValueRun(r) && r.x >= first - tol) {
        const col = columnOf(anchors, r.x, tol)
        cells[row]?.[col]?.push(r)
      } else labels[row]?.push(r)
    }
  }
  // A label's runs read column by column (a group label left of the row's own words), each
  // column top to bottom.
  const labelColumns = clusters(
    labels.flat().map((r) => r.x),
    tol,
  )
  const dataRows = rowYs.map((y, i) => {
    const own = (labels[i] ?? []).sort(
      (a, b) =>
        columnOf(labelColumns, a.x, tol) - columnOf(labelColumns, b.x, tol) ||
        a.y - b.y ||
        a.x - b.x,
    )
    const rowCells = cells[i] ?? []
    const anyRun = own[0] ?? rowCells.flat()[0]
    const labelPlace = anyRun ? place(anyRun) : { where: '' }
    const row: GridRow = {
      cells: [
        { text: own.map((r) => r.text).join('') },
        ...rowCells.map((rs) => ({ text: rs.map((r) => r.text).join(' ') })),
      ],
      table,
      where: (col) => {
        const r = col > 0 ? rowCells[col - 1]?.[0] : undefined
        return r ? place(r) : labelPlace
      },
    }
    return { y, row }
  })
  const all = [...headerRows, ...dataRows].sort((a, b) => a.y - b.y)
  return { rows: [...out, ...all.map((r) => r.row)] }
}

export function pdfGrid(pages: PageLine[][], rules?: Rule[][]): GridDoc {
  const { lines, offsets } = stripLines(pages)
  const rows: GridRow[] = []
  let kind: Kind | undefined
  let region: StripLine[] = []
  let top = 0
  let table = 0
  let next = 0
  const close = (bottom: number) => {
    if (kind && region.length > 0) {
      table++
      const lattice = latticeRows(region, rules, offsets, top, bottom, table)
      rows.push(...(lattice ?? buildTable(kind, region, table).rows))
    }
    region = []
  }
  for (const line of lines) {
    const folded = line.text.replace(/\s+/g, '')
    const heading = HEADINGS.findIndex(([key], i) => i >= next && SECTION[key].test(folded))
    if (heading >= 0 && folded.length < 60) {
      close(line.y)
      kind = HEADINGS[heading]?.[1]
      top = line.y
      next = heading + 1
      rows.push(paragraph(line))
      continue
    }
    if (kind) region.push(line)
    else rows.push(paragraph(line))
  }
  close(Infinity)
  return { rows, aligned: true }
}
