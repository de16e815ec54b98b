/** CSV in any of the grid layouts, parsed with PapaParse (comma, tab or semicolon detected). */
import Papa from 'papaparse'
import { importGrid, importTidy, isTidyHeader } from './grid'
import type { FileImport } from './types'

export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' })
  return parsed.data
}

export function importCsv(name: string, text: string): FileImport {
  const body = text.replace(/^\ufeff/, '')
  const first = Papa.parse<string[]>(body, { preview: 1, skipEmptyLines: 'greedy' }).data[0] ?? []
  if (isTidyHeader(first)) {
    // Tidy CSV holds a line per value (190 per report): stream it rather than build a grid, with
    // the delimiter its header shows (guessing it costs a pass over the whole file).
    const headerLine = body.slice(0, body.search(/\r?\n|$/))
    const delimiter = headerLine.includes('\t')
      ? '\t'
      : headerLine.includes(';') && !headerLine.includes(',')
        ? ';'
        : ','
    return importTidy(
      name,
      first,
      (visit) => {
        let line = 0
        Papa.parse<string[]>(body, {
          delimiter,
          skipEmptyLines: true,
          step: (results) => {
            line++
            if (line > 1) visit(results.data, line)
          },
        })
      },
      'csv',
    )
  }
  return importGrid(name, parseCsv(body), 'csv')
}
