/** A cell's text read as a value: a number as printed, a blank (read as 0), or text. */

export type CellValue =
  | { kind: 'blank' }
  | { kind: 'number'; text: string; value: number; unit?: '元' | '万元' }
  | { kind: 'text' }

/** Cell text that stands for "nothing printed here", as the text reader reads it. */
const PLACEHOLDERS = new Set(['', '-', '—', '——', '－', '–', '/', '／', '无', '\\'])
const NUMBER = /^([+-]?\d+(?:\.\d+)?)(元|万元)?$/
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:元|万元)?$/

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g

/**
 * The cell's text folded as the text reader folds it: full-width forms plain, whitespace gone
 * except between two digits, where `1 0` is two numbers in one cell, not ten.
 */
export function foldCell(text: string): string {
  let t = text
  if (/[^\x20-\x7e\u4e00-\u9fff]/.test(t)) t = t.normalize('NFKC')
  t = t.trim()
  if (!/\s/.test(t)) return t
  return t.replace(SPACES, (run, at: number) =>
    /\d/.test(t[at - 1] ?? '') && /\d/.test(t[at + run.length] ?? '') ? ' ' : '',
  )
}

export function readCellValue(folded: string): CellValue {
  if (PLACEHOLDERS.has(folded)) return { kind: 'blank' }
  const plain = THOUSANDS.test(folded) ? folded.replace(/,/g, '') : folded
  const m = NUMBER.exec(plain)
  if (!m) return { kind: 'text' }
  const text = (m[1] as string).replace(/^\+/, '')
  const unit = m[2] as '元' | '万元' | undefined
  return unit
    ? { kind: 'number', text, value: Number(text), unit }
    : { kind: 'number', text, value: Number(text) }
}
