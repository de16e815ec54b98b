/** CSV in any of the grid layouts, parsed with PapaParse (comma, tab or semicolon detected). */
import Papa from 'papaparse'
import { importGrid } from './grid'
import type { Pending } from './sheetValues'
import {
  importTidy,
  isContractTidyHeader,
  isTidyHeader,
  tidyCellKeys,
  tidyReader,
  TIDY_HEADER,
} from './tidy'
import type { FileImport, ImportOptions } from './types'

/** Blank lines are kept, so that a row's number is the line an editor shows. */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text).data
}

/**
 * Visits every row after the header with its line number. Text without a quote character (what
 * this app's export and most tools write) is split by hand: PapaParse's per-row work cost more than
 * all the rest of a tidy import. A file with any `"` is read by PapaParse.
 */
function eachRow(
  body: string,
  delimiter: string,
  visit: (row: string[], line: number) => void,
): void {
  if (body.includes('"')) {
    let line = 0
    Papa.parse<string[]>(body, {
      delimiter,
      skipEmptyLines: true,
      step: (results) => {
        line++
        if (line > 1) visit(results.data, line)
      },
    })
    return
  }
  forEachDataLine(body, (start, stop, line) =>
    visit(body.slice(start, stop).split(delimiter), line),
  )
}

/**
 * Visits each non-empty line after the header (the first non-empty line) with its bounds and its
 * 1-based number, as an editor numbers lines (LF or CRLF).
 */
function forEachDataLine(
  body: string,
  visit: (start: number, stop: number, line: number) => void,
): void {
  let line = 0
  let header = true
  for (let start = 0; start < body.length;) {
    let end = body.indexOf('\n', start)
    if (end < 0) end = body.length
    line++
    const stop = end > start && body.charCodeAt(end - 1) === 13 ? end - 1 : end
    if (stop > start) {
      if (!header) visit(start, stop, line)
      header = false
    }
    start = end + 1
  }
}

/**
 * The tidy CSV exactly as the contract writes it, without quotes. Most lines repeat the previous
 * line's agency, region, year and edition and name a known cell with a plain count: such a line
 * is stored straight from the text, with no split and one string made (the cell's name). Every
 * other line goes through the row reader, which decides and explains as it always does.
 */
function importContractTidy(name: string, body: string, delimiter: string): FileImport {
  const reader = tidyReader(TIDY_HEADER)
  const cells = tidyCellKeys(delimiter)
  // The previous stored line's first four fields with their delimiters, and its report.
  let prefix = ''
  let report: Pending | undefined
  forEachDataLine(body, (start, stop, line) => {
    if (report && body.startsWith(prefix, start) && storeLine(start + prefix.length, stop, line))
      return
    const fields = body.slice(start, stop).split(delimiter)
    report = reader.visit(fields, line)
    prefix = fields.slice(0, 4).join(delimiter) + delimiter
  })
  return reader.finish(name, 'csv')

  function storeLine(from: number, stop: number, line: number): boolean {
    const cut = body.lastIndexOf(delimiter, stop - 1)
    if (cut <= from || stop - cut - 1 > 15) return false
    let value = 0
    for (let i = cut + 1; i < stop; i++) {
      const digit = body.charCodeAt(i) - 48
      if (digit < 0 || digit > 9) return false
      value = value * 10 + digit
    }
    const parts = cut + 1 < stop ? cells.get(body.slice(from, cut)) : undefined
    if (!parts || !report) return false
    reader.store(report, parts, value, line)
    return true
  }
}

/** A CSV's text, its byte-order mark already dropped (importText does that). */
export function importCsv(name: string, body: string, options: ImportOptions = {}): FileImport {
  // Only the head: PapaParse splits all of its input into lines even for a preview of one row.
  const head = body.slice(0, 65536)
  const first = Papa.parse<string[]>(head, { preview: 1, skipEmptyLines: 'greedy' }).data[0] ?? []
  if (isTidyHeader(first)) {
    // Tidy CSV holds a line per value (190 per report): stream it rather than build a grid, with
    // the delimiter its header shows (guessing it costs a pass over the whole file).
    const headerLine = body.slice(0, body.search(/\r?\n|$/))
    const delimiter = headerLine.includes('\t')
      ? '\t'
      : headerLine.includes(';') && !headerLine.includes(',')
        ? ';'
        : ','
    if (isContractTidyHeader(first) && !body.includes('"'))
      return importContractTidy(name, body, delimiter)
    return importTidy(name, first, (visit) => eachRow(body, delimiter, visit), 'csv')
  }
  return importGrid(name, parseCsv(body), 'csv', undefined, options)
}
