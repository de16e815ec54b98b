/** CSV in any of the grid layouts, parsed with PapaParse (comma, tab or semicolon detected). */
import Papa from 'papaparse'
import { importGrid } from './grid'
import type { FileImport } from './types'

export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' })
  return parsed.data.map((row) => row.map((c) => unneutralize(c ?? '')))
}

/** Our exports prefix formula-like cells with `'` so spreadsheets do not run them; undo that. */
export function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}

export function importCsv(name: string, text: string): FileImport {
  const grid = parseCsv(text)
  return importGrid(name, grid, 'csv')
}
