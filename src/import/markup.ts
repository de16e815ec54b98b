/**
 * A hand tokenizer for HTML and XML markup (a saved web page, a Word document's XML). No DOM is
 * needed, so it runs in a Web Worker, where DOMParser does not exist, and in Node.
 */

const NAMED: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  yen: '¥',
  deg: '°',
  plusmn: '±',
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ''
    }
    return NAMED[name.toLowerCase()] ?? all
  })
}

/** A piece of markup: text, a tag (name lower-cased), or something skipped (comment, doctype). */
export interface Token {
  text?: string
  tag?: string
  closing?: boolean
  selfClosing?: boolean
  /** Where the tag's attributes lie in the markup (`markup.slice(attrFrom, attrTo)`). */
  attrFrom?: number
  attrTo?: number
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isNameChar = (c: number) =>
  isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 58 || c === 45 /* : - */

/**
 * The markup's pieces, as the regex
 * `<!--…-->|<![CDATA[…]]>|<!DOCTYPE…>|<\/?name(attributes with quoted values)>|[^<]+|<`
 * would cut them, scanned by hand: the regex spent most of an import on long style attributes.
 * Anything that does not close (a comment, a tag with an open quote) is a `<` of text.
 */
export function forEachToken(html: string, visit: (token: Token) => void): void {
  const n = html.length
  let i = 0
  while (i < n) {
    if (html.charCodeAt(i) !== 60 /* < */) {
      let end = html.indexOf('<', i)
      if (end < 0) end = n
      visit({ text: html.slice(i, end) })
      i = end
      continue
    }
    if (html.charCodeAt(i + 1) === 33 /* ! */) {
      const skipped = skipDeclaration(html, i)
      if (skipped > 0) {
        visit({})
        i = skipped
        continue
      }
    }
    const tag = readTag(html, i)
    if (tag) {
      visit(tag.token)
      i = tag.end
      continue
    }
    visit({ text: '<' })
    i++
  }
}

/** The end of a comment, CDATA section or doctype starting at `at`; -1 if none closes. */
function skipDeclaration(html: string, at: number): number {
  for (const [open, close] of DECLARATIONS) {
    if (!html.startsWith(open, at)) continue
    const end = html.indexOf(close, at + open.length)
    return end < 0 ? -1 : end + close.length
  }
  return -1
}

const DECLARATIONS = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<!DOCTYPE', '>'],
] as const

function readTag(html: string, at: number): { token: Token; end: number } | undefined {
  let j = at + 1
  const closing = html.charCodeAt(j) === 47 /* / */
  if (closing) j++
  if (!isAsciiLetter(html.charCodeAt(j))) return undefined
  const nameStart = j
  let upper = false
  for (let c = html.charCodeAt(j); j < html.length && isNameChar(c); c = html.charCodeAt(++j)) {
    if (c >= 65 && c <= 90) upper = true
  }
  const name = html.slice(nameStart, j)
  const nameEnd = j
  for (; j < html.length; j++) {
    const c = html.charCodeAt(j)
    if (c === 62 /* > */) {
      const tag = upper ? name.toLowerCase() : name
      const selfClosing = html.charCodeAt(j - 1) === 47
      return {
        token: { tag, closing, selfClosing, attrFrom: nameEnd, attrTo: selfClosing ? j - 1 : j },
        end: j + 1,
      }
    }
    if (c === 34 || c === 39 /* " ' */) {
      const close = html.indexOf(c === 34 ? '"' : "'", j + 1)
      if (close < 0) return undefined
      j = close
    }
  }
  return undefined
}

const attributePatterns = new Map<string, RegExp>()

/** The value of attribute `name` in a tag's attribute text (`colspan="2"`, `w:val='restart'`). */
export function attribute(attrs: string, name: string): string | undefined {
  let re = attributePatterns.get(name)
  if (!re) {
    const escaped = name.replace(/[.:]/g, (c) => `\\${c}`)
    re = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'i')
    attributePatterns.set(name, re)
  }
  const m = re.exec(attrs)
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined
}
