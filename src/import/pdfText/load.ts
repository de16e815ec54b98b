/**
 * Loading pdf.js, in Node (vitest, tsx) and in a browser page or module Web Worker: the only
 * environment-specific part of reading a PDF is where pdf.js finds its worker and its CMap files.
 */
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api'

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
export type PdfPage = Awaited<
  ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>
>
type PdfWorker = InstanceType<PdfJs['PDFWorker']>

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

export function loadPdfJs(): Promise<PdfJsSetup> {
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
