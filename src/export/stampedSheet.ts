/**
 * A table as it leaves the app with what a reader of the file needs to read it right: the rate
 * definitions (口径) in use, the date of the data, the filter — printed under the table, since a
 * file has no tooltip. One shape for CSV and .xlsx, so both say the same.
 */
export type SheetValue = string | number | null

export interface StampedSheet {
  /** The worksheet's name. */
  name: string
  header: string[]
  rows: SheetValue[][]
  /** Excel number format per column (e.g. '0.0%'), where it has one. */
  formats?: (string | undefined)[]
  /** Column widths in characters, where set. */
  widths?: number[]
  /** Lines under the table: 口径, data date, filter, what a blank cell means. */
  notes: string[]
}

/** The sheet as rows for a spreadsheet: the table, a blank row, then each note on a row. */
export function sheetMatrix(sheet: StampedSheet): SheetValue[][] {
  return [sheet.header, ...sheet.rows, [], ...sheet.notes.map((n) => [n])]
}
