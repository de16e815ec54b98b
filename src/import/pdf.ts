/**
 * Text lines of a PDF, rebuilt from pdf.js's positioned text items much like `pdftotext -layout`:
 * items sharing a baseline make one line, read left to right, and a horizontal gap becomes spaces
 * in proportion to its width, so the cells of a table row stay apart. Lines are trimmed: an
 * indented footer would otherwise look like a long line of text to a reader.
 *
 * Runs unchanged in Node (vitest, tsx) and in a browser page or module Web Worker; the only
 * environment-specific part is where pdf.js finds its worker and its CMap files (`loadPdfJs`).
 */
import type { DocumentInitParameters, TextItem } from 'pdfjs-dist/types/src/display/api'

export interface PdfLine {
  page: number
  text: string
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>
type PdfWorker = InstanceType<PdfJs['PDFWorker']>
type Matrix = [number, number, number, number, number, number]

/** A run of text placed on the page, in viewport space (y grows downward, y is the baseline). */
interface Piece {
  x: number
  y: number
  /** Horizontal extent. */
  w: number
  /** Font size on the page. */
  size: number
  str: string
  /** Top-to-bottom text: it spans table rows, so it never joins a horizontal line. */
  vertical?: boolean
}

/** Baselines closer than this fraction of the font size share a line. Cells of one table row are
 * vertically centred, so a label and its numbers may sit ~0.3 em apart; two text lines of a
 * wrapped cell are more than 0.5 em apart. */
const SAME_LINE = 0.4
/** A gap wider than this fraction of the font size separates words. pdftotext and pdf.js use
 * about 0.1; a little more keeps kerned or tracked digits of one number together. */
const WORD_GAP = 0.15
/** Between two CJK characters a gap separates words or cells only when wider than this. WPS
 * spreads the characters of `商业企业` 0.3 em apart; the cells of a cramped table header can
 * be 0.5 em apart. */
const CJK_GAP = 0.4
/** Copies of one string this close together are a fake-bold overprint, not repeated text. */
const OVERPRINT = 0.3

const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2026'
const CJK_FIRST = new RegExp(`^[${CJK}]`, 'u')
const CJK_LAST = new RegExp(`[${CJK}]$`, 'u')
const CJK_SPACES = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'gu')

// ---------------------------------------------------------------------------------------------
// Loading pdf.js

interface NodeProcess {
  versions?: { node?: string }
  getBuiltinModule?: (id: string) => unknown
}

/** Same test as pdf.js's own `isNodeJS`, so both agree on which code path runs (jsdom included). */
function nodeProcess(): NodeProcess | undefined {
  const proc = (globalThis as { process?: NodeProcess }).process
  return typeof proc === 'object' && proc !== null && proc.versions?.node ? proc : undefined
}

/** The `pdfjs-dist` directory with a trailing separator, found through Node's resolver. */
function nodePdfJsDir(proc: NodeProcess): string | undefined {
  try {
    const mod = proc.getBuiltinModule?.('module') as
      { createRequire(from: string): { resolve(id: string): string } } | undefined
    const pkg = mod?.createRequire(import.meta.url).resolve('pdfjs-dist/package.json')
    return pkg?.slice(0, -'package.json'.length)
  } catch {
    return undefined
  }
}

/** Serves pdf.js's CMaps (needed by CJK fonts that rely on predefined encodings such as
 * UniGB-UCS2-H) from files Vite emits; other kinds are optional for text and simply fail. */
class BundledBinaryData {
  constructor(private readonly urls: Record<string, string>) {}
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? this.urls[filename] : undefined
    if (!url) throw new Error(`no bundled ${kind} file ${filename}`)
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    return new Uint8Array(await response.arrayBuffer())
  }
}

interface PdfJsSetup {
  pdfjs: PdfJs
  options: DocumentInitParameters
  /** A pdf.js worker of its own for one document, where pdf.js cannot start one itself. */
  newWorker?: () => { worker: PdfWorker; dispose(): void }
}

let pdfjsLoading: Promise<PdfJsSetup> | undefined

function loadPdfJs(): Promise<PdfJsSetup> {
  pdfjsLoading ??= (async (): Promise<PdfJsSetup> => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    // Nothing here renders: no font faces (they need a DOM), no eval (CSP), errors only.
    const options: DocumentInitParameters = {
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }
    const proc = nodeProcess()
    if (proc) {
      // pdf.js runs its "worker" in this thread from the default `./pdf.worker.mjs`, and reads
      // these directories with fs.readFile, so plain paths are what it needs.
      const dir = nodePdfJsDir(proc)
      if (dir) {
        options.cMapUrl = `${dir}cmaps/`
        options.standardFontDataUrl = `${dir}standard_fonts/`
        options.wasmUrl = `${dir}wasm/`
      }
      return { pdfjs, options }
    }
    const workerSrc = (await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')).default
    pdfjs.GlobalWorkerOptions.workerSrc = workerSrc
    const found = import.meta.glob('/node_modules/pdfjs-dist/cmaps/*.bcmap', {
      query: '?url&no-inline',
      import: 'default',
      eager: true,
      exhaustive: true,
    })
    const urls: Record<string, string> = {}
    for (const [path, url] of Object.entries(found)) {
      if (typeof url === 'string') urls[path.slice(path.lastIndexOf('/') + 1)] = url
    }
    // pdf.js's default factory reaches for `document`, which a Web Worker lacks.
    options.BinaryDataFactory = class extends BundledBinaryData {
      constructor() {
        super(urls)
      }
    }
    options.useWorkerFetch = false
    if (typeof Worker === 'undefined') return { pdfjs, options }
    // pdf.js starts its worker by reading `window.location`; in a Web Worker that fails and it
    // falls back to loading its worker code into this thread, where that code takes over
    // `self`'s messages. Starting the worker here avoids both.
    const newWorker = () => {
      const port = new Worker(workerSrc, { type: 'module' })
      const worker = pdfjs.PDFWorker.create({ port, verbosity: options.verbosity })
      return {
        worker,
        dispose: () => {
          worker.destroy()
          port.terminate()
        },
      }
    }
    return { pdfjs, options, newWorker }
  })()
  return pdfjsLoading
}

// ---------------------------------------------------------------------------------------------
// Geometry

/** `b` then `a`, as pdf.js's `Util.transform(a, b)`. */
function compose(a: readonly number[], b: readonly number[]): Matrix {
  const [a0 = 1, a1 = 0, a2 = 0, a3 = 1, a4 = 0, a5 = 0] = a
  const [b0 = 1, b1 = 0, b2 = 0, b3 = 1, b4 = 0, b5 = 0] = b
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ]
}

function translate(m: readonly number[], x: number, y: number): Matrix {
  return compose(m, [1, 0, 0, 1, x, y])
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** Some PDF fonts map CJK characters to Kangxi radicals or compatibility ideographs (⽂ for 文);
 * only those are folded, everything else stays as printed. */
function foldCompatibilityIdeographs(s: string): string {
  return s.replace(/[\u2F00-\u2FDF\uF900-\uFAFF]/g, (c) => c.normalize('NFKC'))
}

// ---------------------------------------------------------------------------------------------
// Text items

/**
 * Drops the spaces pdf.js put between two CJK characters of one text item when they stand for
 * letter spacing rather than a gap between words. pdf.js writes any gap of 0.1–0.6 em inside an
 * item as one space and keeps no positions, so the gap is estimated from the item's width,
 * counting a CJK character as 1 em and any other as 0.5 em.
 */
function joinCjk(str: string, width: number, size: number): string {
  const spaces = str.match(/ /g)?.length ?? 0
  if (spaces === 0 || size <= 0 || !str.match(CJK_SPACES)) return str
  let ems = 0
  for (const c of str) if (c !== ' ') ems += CJK_FIRST.test(c) ? 1 : 0.5
  const gap = (width / size - ems) / spaces
  return gap < CJK_GAP ? str.replace(CJK_SPACES, '$1') : str
}

function pieceOfItem(item: TextItem, viewport: readonly number[]): Piece | undefined {
  if (!item.str.trim()) return undefined
  const m = compose(viewport, item.transform)
  const size = Math.hypot(m[2], m[3])
  const run = Math.hypot(m[0], m[1])
  // `width` is in page units along the text direction; only its horizontal part spans columns.
  const w = run > 0 ? (item.width * Math.abs(m[0])) / run : item.width
  return { x: m[4], y: m[5], w, size, str: joinCjk(foldCompatibilityIdeographs(item.str), w, size) }
}

// ---------------------------------------------------------------------------------------------
// Vertical text

interface GlyphLike {
  unicode: string
  width: number
  vmetric?: number[]
  isSpace?: boolean
}

function isGlyph(g: unknown): g is GlyphLike {
  return (
    typeof g === 'object' &&
    g !== null &&
    typeof (g as GlyphLike).unicode === 'string' &&
    typeof (g as GlyphLike).width === 'number'
  )
}

function nums(args: unknown): number[] {
  if (!args || typeof args !== 'object') return []
  return Array.from(args as ArrayLike<unknown>, (v) => (typeof v === 'number' ? v : 0))
}

interface TextGraphicsState {
  ctm: Matrix
  font: string
  fontSize: number
  charSpacing: number
  wordSpacing: number
  leading: number
  rise: number
}

/**
 * The glyphs of vertical (top-to-bottom) fonts, one piece per character, read from the page's
 * operators. pdf.js's text content cannot be used for them: it compares the glyph's position on
 * the page with its advance in text-space units, so under a scaled text matrix (WPS writes
 * `0.05 0 0 -0.05 … Tm` with a 199-point font) every vertical glyph lower than 199 pt from the
 * page bottom is silently dropped — `三、本年度办理结果` comes out as `三、本年`.
 */
async function verticalGlyphs(
  page: PdfPage,
  pdfjs: PdfJs,
  verticalFonts: ReadonlySet<string>,
  viewport: readonly number[],
): Promise<Piece[]> {
  const { OPS } = pdfjs
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })
  const pieces: Piece[] = []
  let gs: TextGraphicsState = {
    ctm: IDENTITY,
    font: '',
    fontSize: 0,
    charSpacing: 0,
    wordSpacing: 0,
    leading: 0,
    rise: 0,
  }
  const stack: TextGraphicsState[] = []
  let tm: Matrix = IDENTITY
  let tlm: Matrix = IDENTITY
  const moveText = (x: number, y: number) => {
    tlm = translate(tlm, x, y)
    tm = tlm
  }
  list.fnArray.forEach((fn, i) => {
    const args: unknown = list.argsArray[i]
    const a = nums(args)
    switch (fn) {
      case OPS.save:
        stack.push({ ...gs })
        break
      case OPS.restore:
        gs = stack.pop() ?? gs
        break
      case OPS.transform: {
        const m = a.length === 6 ? a : Array.isArray(args) ? nums(args[0]) : []
        if (m.length === 6) gs.ctm = compose(gs.ctm, m)
        break
      }
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...gs })
        const matrix = Array.isArray(args) ? nums(args[0]) : []
        if (matrix.length === 6) gs.ctm = compose(gs.ctm, matrix)
        break
      }
      case OPS.paintFormXObjectEnd:
        gs = stack.pop() ?? gs
        break
      case OPS.beginText:
        tm = tlm = IDENTITY
        break
      case OPS.setFont:
        if (Array.isArray(args)) {
          gs.font = String(args[0])
          gs.fontSize = typeof args[1] === 'number' ? args[1] : 0
        }
        break
      case OPS.setCharSpacing:
        gs.charSpacing = a[0] ?? 0
        break
      case OPS.setWordSpacing:
        gs.wordSpacing = a[0] ?? 0
        break
      case OPS.setLeading:
        gs.leading = a[0] ?? 0
        break
      case OPS.setTextRise:
        gs.rise = a[0] ?? 0
        break
      case OPS.moveText:
        moveText(a[0] ?? 0, a[1] ?? 0)
        break
      case OPS.setLeadingMoveText:
        gs.leading = -(a[1] ?? 0)
        moveText(a[0] ?? 0, a[1] ?? 0)
        break
      case OPS.setTextMatrix: {
        // pdf.js passes the six numbers either inline or as one Float32Array.
        const m = a.length === 6 ? a : Array.isArray(args) ? nums(args[0]) : []
        if (m.length === 6) tm = tlm = compose(IDENTITY, m)
        break
      }
      case OPS.nextLine:
        moveText(0, -gs.leading)
        break
      case OPS.showText: {
        if (!verticalFonts.has(gs.font) || !Array.isArray(args) || !Array.isArray(args[0])) break
        const size = gs.fontSize
        const scale = size / 1000
        for (const g of args[0] as unknown[]) {
          if (typeof g === 'number') {
            tm = translate(tm, 0, -g * scale)
            continue
          }
          if (!isGlyph(g)) continue
          const [w1y, vx, vy] = g.vmetric ?? [-g.width, g.width / 2, 880]
          const str = foldCompatibilityIdeographs(g.unicode)
          if (str.trim()) {
            // Place the glyph by its horizontal origin (vertical origin minus the position
            // vector), so its baseline can line up with the horizontal text beside it.
            const m = compose(viewport, compose(gs.ctm, tm))
            const at = compose(m, [1, 0, 0, 1, -(vx ?? 0) * scale, gs.rise - (vy ?? 0) * scale])
            pieces.push({
              x: at[4],
              y: at[5],
              w: Math.abs(g.width * scale * m[0]),
              size: Math.abs(size) * Math.hypot(m[2], m[3]),
              str,
              vertical: true,
            })
          }
          const advance =
            (w1y ?? -g.width) * scale + gs.charSpacing + (g.isSpace ? gs.wordSpacing : 0)
          tm = translate(tm, 0, advance)
        }
        break
      }
    }
  })
  return verticalRuns(pieces)
}

/**
 * Joins the glyphs of one column of vertical text, top to bottom, into one piece placed at its
 * first glyph, as pdftotext does: `三、本年度办理结果` is one cell spanning many table rows, and
 * read a character per line between those rows it would get mixed into their labels.
 */
function verticalRuns(glyphs: Piece[]): Piece[] {
  const runs: Piece[] = []
  let run: Piece | undefined
  let last: Piece | undefined
  for (const g of glyphs) {
    const continues =
      run &&
      last &&
      Math.abs(g.x - last.x) < 0.25 * g.size &&
      g.y > last.y &&
      g.y - last.y < 2 * g.size
    if (run && continues) run.str += g.str
    else runs.push((run = { ...g }))
    last = g
  }
  return runs
}

// ---------------------------------------------------------------------------------------------
// Lines

/** Drops the extra copies of fake-bold text (the same string printed again a hair away). */
function withoutOverprints(pieces: Piece[]): Piece[] {
  const byText = new Map<string, Piece[]>()
  const kept: Piece[] = []
  for (const p of pieces) {
    const same = byText.get(p.str) ?? []
    const near = OVERPRINT * p.size
    if (same.some((k) => Math.abs(k.x - p.x) < near && Math.abs(k.y - p.y) < near)) continue
    same.push(p)
    byText.set(p.str, same)
    kept.push(p)
  }
  return kept
}

/**
 * Groups pieces into lines by linking each piece to its nearest left neighbour on (nearly) the
 * same baseline, so every line is a chain read left to right.
 *
 * Comparing every piece with one reference baseline does not work for tables: a row's numbers
 * sit ~0.3 em off their label's baseline, and a group label in the first column (`（四）无`)
 * can sit even closer to those numbers while pdftotext, and a reader, keep it on its own line.
 * Linking to the nearest piece on the left puts the numbers after their own row label.
 */
function groupLines(pieces: Piece[]): Piece[][] {
  const byY = [...pieces].sort((p, q) => p.y - q.y)
  const byX = [...pieces].sort((p, q) => p.x - q.x || p.y - q.y)
  const left = new Map<Piece, Piece>()
  const claimed = new Set<Piece>()
  for (const p of byX) {
    const reach = SAME_LINE * p.size
    // First index of byY with y >= p.y - reach.
    let lo = 0
    let hi = byY.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((byY[mid] as Piece).y < p.y - reach) lo = mid + 1
      else hi = mid
    }
    let best: Piece | undefined
    for (let i = lo; i < byY.length; i++) {
      const q = byY[i] as Piece
      if (q.y > p.y + reach) break
      if (q === p || claimed.has(q) || q.x >= p.x || q.vertical || p.vertical) continue
      if (Math.abs(q.y - p.y) > SAME_LINE * Math.min(p.size, q.size)) continue
      // A little overlap is tolerated: glyph widths and positions are not exact.
      if (q.x + q.w > p.x + 0.5 * Math.max(p.size, q.size)) continue
      const better =
        !best ||
        q.x + q.w > best.x + best.w + 0.5 ||
        (q.x + q.w > best.x + best.w - 0.5 && Math.abs(q.y - p.y) < Math.abs(best.y - p.y))
      if (better) best = q
    }
    if (best) {
      left.set(p, best)
      claimed.add(best)
    }
  }
  const lines: Piece[][] = []
  // A piece that is nobody's left neighbour ends a line; walk leftwards from it.
  for (const p of byX) {
    if (claimed.has(p)) continue
    const chain: Piece[] = []
    for (let q: Piece | undefined = p; q; q = left.get(q)) chain.push(q)
    lines.push(chain.reverse())
  }
  const meanY = (line: Piece[]) => line.reduce((sum, p) => sum + p.y, 0) / line.length
  const keyed = lines.map((line) => ({ line, y: meanY(line), x: line[0]?.x ?? 0 }))
  keyed.sort((a, b) => a.y - b.y || a.x - b.x)
  return keyed.map((k) => k.line)
}

/** The narrowest gap between two neighbouring pieces that still separates words or cells. */
function wordGap(before: Piece | undefined, after: Piece): number {
  const size = Math.max(after.size, before?.size ?? after.size)
  const cjk = before && CJK_LAST.test(before.str) && CJK_FIRST.test(after.str)
  return (cjk ? CJK_GAP : WORD_GAP) * size
}

function pageLines(all: Piece[]): string[] {
  const pieces = withoutOverprints(all)
  if (pieces.length === 0) return []
  // One column of the layout is half the page's dominant font size: a CJK character is two
  // columns, a digit one, as in pdftotext's output.
  const weight = new Map<number, number>()
  for (const p of pieces) {
    const key = Math.round(p.size * 10) / 10
    weight.set(key, (weight.get(key) ?? 0) + p.str.length)
  }
  let dominant = 10
  let best = -1
  for (const [size, count] of weight) {
    if (count > best) {
      best = count
      dominant = size
    }
  }
  const column = Math.max(dominant / 2, 1)

  const lines: string[] = []
  for (const line of groupLines(pieces)) {
    let text = ''
    let end = line[0]?.x ?? 0
    line.forEach((p, i) => {
      const gap = p.x - end
      if (i > 0 && gap > wordGap(line[i - 1], p)) {
        text += ' '.repeat(Math.max(1, Math.round(gap / column)))
      }
      text += p.str
      end = Math.max(end, p.x + p.w)
    })
    text = text.trim()
    if (text) lines.push(text)
  }
  return lines
}

async function readPages(data: Uint8Array): Promise<string[][]> {
  const { pdfjs, options, newWorker } = await loadPdfJs()
  const own = newWorker?.()
  // pdf.js transfers the buffer to its worker; a copy leaves the caller's bytes usable.
  const task = pdfjs.getDocument({ ...options, data: data.slice(), worker: own?.worker })
  try {
    const doc = await task.promise
    const pages: string[][] = []
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
    return pages
  } finally {
    await task.destroy()
    own?.dispose()
  }
}

/** The text lines of every page, top to bottom; blank lines are left out. */
export async function pdfToLines(data: Uint8Array): Promise<PdfLine[]> {
  const pages = await readPages(data)
  return pages.flatMap((lines, i) => lines.map((text) => ({ page: i + 1, text })))
}

/**
 * The whole text, pages separated by a line holding only `\f` as pdftotext does. `lineInfo[i]`
 * locates line `i` of `text` for provenance (第3页第12行); a `\f` line has `lineOnPage` 0 and the
 * number of the page it begins.
 */
export async function pdfToText(
  data: Uint8Array,
): Promise<{ text: string; lineInfo: { page: number; lineOnPage: number }[] }> {
  const pages = await readPages(data)
  const out: string[] = []
  const lineInfo: { page: number; lineOnPage: number }[] = []
  pages.forEach((lines, i) => {
    if (i > 0) {
      out.push('\f')
      lineInfo.push({ page: i + 1, lineOnPage: 0 })
    }
    lines.forEach((line, j) => {
      out.push(line)
      lineInfo.push({ page: i + 1, lineOnPage: j + 1 })
    })
  })
  return { text: out.join('\n'), lineInfo }
}
