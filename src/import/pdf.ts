/**
 * Text lines of a PDF, rebuilt from pdf.js's positioned text items much like `pdftotext -layout`:
 * items sharing a baseline make one line, read left to right, and a horizontal gap becomes spaces
 * in proportion to its width, so the cells of a table row stay apart. Lines are trimmed: an
 * indented footer would otherwise look like a long line of text to a reader.
 *
 * Runs unchanged in Node (vitest, tsx) and in a browser page or module Web Worker; the only
 * environment-specific part is where pdf.js finds its worker and its CMap files (`loadPdfJs`).
 */
import { pieceOfItem, verticalGlyphs, type Piece } from './pdfText/glyphs'
import { pageLines, type PageLine } from './pdfText/lines'
import { loadPdfJs } from './pdfText/load'
import { pageRules, type Rule } from './pdfText/rules'
import { SECTION } from './text/sections'

export type { PageLine, Rule }
export type { Piece } from './pdfText/glyphs'

export interface PdfLine {
  page: number
  text: string
}

export interface PdfDocument {
  /** Every page's lines, top to bottom, each with the positioned pieces it was made of. */
  pages: PageLine[][]
  /** The document's own title (its information dictionary), when it has one. */
  title?: string
  /** Every page's ruling lines (cell borders), when asked for. */
  rules?: Rule[][]
}

export async function readPdfPages(data: Uint8Array): Promise<PageLine[][]> {
  return (await readPdf(data)).pages
}

export async function readPdf(
  data: Uint8Array,
  opts: { rules?: boolean } = {},
): Promise<PdfDocument> {
  const { pdfjs, options, newWorker } = await loadPdfJs()
  const own = newWorker?.()
  // pdf.js transfers the buffer to its worker; a copy leaves the caller's bytes usable.
  const task = pdfjs.getDocument({ ...options, data: data.slice(), worker: own?.worker })
  try {
    const doc = await task.promise
    const pages: PageLine[][] = []
    const rules: Rule[][] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale: 1 }).transform
      const content = await page.getTextContent()
      const verticalFonts = new Set(
        Object.entries(content.styles)
          .filter(([, style]) => style.vertical)
          .map(([name]) => name),
      )
      const pieces: Piece[] = []
      const verticalItems: Piece[] = []
      for (const item of content.items) {
        if (!('str' in item)) continue
        const piece = pieceOfItem(item, viewport)
        if (!piece) continue
        if (verticalFonts.has(item.fontName)) verticalItems.push({ ...piece, vertical: true })
        else pieces.push(piece)
      }
      if (verticalItems.length) {
        const glyphs = await verticalGlyphs(page, pdfjs, verticalFonts, viewport).catch(() => [])
        pieces.push(...(glyphs.length ? glyphs : verticalItems))
      }
      pages.push(pageLines(pieces))
      page.cleanup()
    }
    if (opts.rules) {
      // Drawing operators cost as much as the text: only the pages the tables are on.
      const [first, last] = tablePages(pages)
      for (let n = 1; n <= doc.numPages; n++) {
        if (n < first || n > last) {
          rules.push([])
          continue
        }
        const page = await doc.getPage(n)
        const viewport = page.getViewport({ scale: 1 }).transform
        rules.push(await pageRules(page, pdfjs, viewport).catch(() => []))
        page.cleanup()
      }
    }
    // A page printed from a browser carries the page's <title>; its first lines are the site's.
    const info = await doc.getMetadata().catch(() => undefined)
    const title = (info?.info as { Title?: unknown } | undefined)?.Title
    const out: PdfDocument = opts.rules ? { pages, rules } : { pages }
    if (typeof title === 'string' && title.trim()) out.title = title.trim()
    return out
  } finally {
    await task.destroy()
    own?.dispose()
  }
}

/** The pages from table 2's heading to the heading after table 4 (all pages without them). */
function tablePages(pages: PageLine[][]): [number, number] {
  const pageOf = (re: RegExp) =>
    pages.findIndex((lines) => lines.some((l) => re.test(l.text.replace(/\s+/g, ''))))
  const start = pageOf(SECTION.active)
  const end = pageOf(SECTION.problems)
  return [start >= 0 ? start + 1 : 1, end >= 0 ? end + 1 : pages.length]
}

/** The text lines of every page, top to bottom; blank lines are left out. */
export async function pdfToLines(data: Uint8Array): Promise<PdfLine[]> {
  const pages = await readPdfPages(data)
  return pages.flatMap((lines, i) => lines.map((line) => ({ page: i + 1, text: line.text })))
}

/**
 * The whole text, pages separated by a line holding only `\f` as pdftotext does. `lineInfo[i]`
 * locates line `i` of `text` for provenance (第3页第12行); a `\f` line has `lineOnPage` 0 and the
 * number of the page it begins.
 */
export async function pdfToText(data: Uint8Array): Promise<PdfText> {
  return pagesToText(await readPdfPages(data))
}

export interface PdfText {
  text: string
  lineInfo: { page: number; lineOnPage: number }[]
}

export function pagesToText(pages: PageLine[][]): PdfText {
  const out: string[] = []
  const lineInfo: { page: number; lineOnPage: number }[] = []
  pages.forEach((lines, i) => {
    if (i > 0) {
      out.push('\f')
      lineInfo.push({ page: i + 1, lineOnPage: 0 })
    }
    lines.forEach((line, j) => {
      out.push(line.text)
      lineInfo.push({ page: i + 1, lineOnPage: j + 1 })
    })
  })
  return { text: out.join('\n'), lineInfo }
}
