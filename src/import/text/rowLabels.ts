/** Comparing a row's printed label with the template's, letters only. */
import { rowSpec, type RequestRowKey } from '@/domain/catalog'

const LETTER = /\p{L}/u
const isLetterCache = new Map<number, boolean>()

/** Whether a UTF-16 unit is a letter. A character outside the BMP is not: no template label has one. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c >= 0x4e00 && c <= 0x9fff) return true
  let hit = isLetterCache.get(c)
  if (hit === undefined) {
    hit = LETTER.test(String.fromCharCode(c))
    isLetterCache.set(c, hit)
  }
  return hit
}

/** Letters only: labels compared without numbering, punctuation and stray digits. */
export function letters(text: string, from = 0, to = text.length): string {
  let out = ''
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (isLetter(c)) out += text[i]
  }
  return out
}

const specLetters = new Map<string, string>()

/** The letters of a row's core label, computed once per row. */
export function coreLetters(key: RequestRowKey): string {
  let l = specLetters.get(key)
  if (l === undefined) {
    const spec = rowSpec(key)
    l = letters(spec.core ?? spec.short)
    specLetters.set(key, l)
  }
  return l
}

export function describeRow(key: string): string {
  return rowSpec(key as RequestRowKey).label
}
