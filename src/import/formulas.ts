/**
 * Spreadsheets run cells that start with `=`, `+`, `-`, `@`, tab or CR as formulas. Exports prefix
 * such text with `'`; imports take the prefix off again, so a round trip gives the text back.
 */
const FORMULA = /^[=+\-@\t\r]/

export function neutralize(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell
}

export function unneutralize(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell
}
