/**
 * One entry for every file a person drops: the format is told from the name and the bytes, and
 * the result is reports with their notes, or a Chinese message saying what is wrong. Nothing here
 * throws: one bad file never spoils the others.
 */
import { importCsv } from './csv'
import { decodeText, sniffBinary } from './decode'
import { copiedGrid } from './cells/copied'
import { htmlGrid } from './cells/html'
import { htmlToText } from './html'
import { importJson } from './json'
import { keyRole } from './sheetHeaders'
import { readText } from './text/readText'
import type { FileImport, ImportOptions } from './types'

export type {
  FileImport,
  HeaderMaps,
  HeaderTarget,
  ImportedReport,
  ImportNote,
  ImportOptions,
  Provenance,
  SheetColumn,
  SheetLayout,
  SourceMap,
} from './types'
export { provenanceAt, toSourceMap } from './provenance'

function extension(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name)
  return m ? (m[1] as string).toLowerCase() : ''
}

function failed(name: string, error: string, format: FileImport['format'] = 'unknown'): FileImport {
  return { file: name, format, reports: [], notes: [], error }
}

/** One report's text is well under a megabyte; far larger is not a report (and would be slow). */
const MAX_REPORT_TEXT = 5_000_000
const MAX_PAGE = 30_000_000

function tooLarge(
  name: string,
  chars: number,
  limit: number,
  format: FileImport['format'],
): FileImport | undefined {
  if (chars <= limit) return undefined
  const mb = (chars / 1_000_000).toFixed(1)
  return failed(
    name,
    `文件过大（约 ${mb} M 字符）：一份年度报告的${format === 'html' ? '网页' : '文本'}通常不超过 1 M 字符，这个文件不像单份年度报告。多份报告请用 tidy CSV 或 JSON 导入`,
    format,
  )
}

function importHtml(name: string, html: string): FileImport {
  const big = tooLarge(name, html.length, MAX_PAGE, 'html')
  if (big) return big
  const page = htmlToText(html)
  const read = readText({
    text: page.text,
    name,
    format: 'html',
    locate: page.locate,
    title: page.title,
    grid: htmlGrid(html),
  })
  if (!read.ok) {
    return failed(name, page.tables === 0 ? `网页中没有表格，${read.error}` : read.error, 'html')
  }
  return { file: name, format: 'html', reports: [read.value], notes: [] }
}

function importPlainText(name: string, text: string): FileImport {
  const big = tooLarge(name, text.length, MAX_REPORT_TEXT, 'text')
  if (big) return big
  const read = readText({ text, name, format: 'text', grid: copiedGrid(text) })
  if (!read.ok) return failed(name, read.error, 'text')
  return { file: name, format: 'text', reports: [read.value], notes: [] }
}

/**
 * Rows copied out of a spreadsheet arrive as text with tabs between cells: a sheet when one of its
 * first lines is a header with a key column (单位, 年度…) among its cells.
 */
function pastedSheet(head: string): boolean {
  return head
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5)
    .some((line) => {
      const cells = line.split('\t').filter((c) => c.trim() !== '')
      return cells.length >= 2 && cells.some((c) => keyRole(c) !== undefined)
    })
}

/** Text already decoded (a pasted report, or a file's contents). */
export function importText(name: string, text: string, options: ImportOptions = {}): FileImport {
  const ext = extension(name)
  // The byte-order mark is dropped here, once, for the structured formats; the head is read from
  // the first non-space character without trimming (which would copy all of a large file).
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const first = body.search(/\S/)
  if (first < 0) return failed(name, '内容是空的')
  const head = body.slice(first, first + 200).toLowerCase()
  if (ext === 'json' || head.startsWith('{') || head.startsWith('[')) return importJson(name, body)
  if (ext === 'csv' || ext === 'tsv') return importCsv(name, body, options)
  if ((ext === '' || ext === 'txt') && pastedSheet(body.slice(first, first + 4000)))
    return importCsv(name, body, options)
  if (
    ext === 'html' ||
    ext === 'htm' ||
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /<table[\s>]/i.test(text.slice(0, 200000))
  )
    return importHtml(name, text)
  return importPlainText(name, text)
}

export async function importFile(
  name: string,
  data: Uint8Array,
  options: ImportOptions = {},
): Promise<FileImport> {
  try {
    const ext = extension(name)
    const binary = sniffBinary(data)
    if (binary === 'PDF 文件' || ext === 'pdf') {
      if (binary !== 'PDF 文件') return failed(name, '扩展名是 .pdf，但内容不是 PDF 文件', 'pdf')
      const { importPdf } = await import('./pdfImport')
      return await importPdf(name, data)
    }
    if (ext === 'xlsx' || ext === 'xlsm') {
      if (!binary?.startsWith('ZIP'))
        return failed(name, '扩展名是 .xlsx，但内容不是 Excel 工作簿', 'xlsx')
      const { importXlsx } = await import('./xlsx')
      return await importXlsx(name, data, options)
    }
    if (ext === 'docx' || ext === 'docm') {
      if (!binary?.startsWith('ZIP'))
        return failed(name, `扩展名是 .${ext}，但内容不是 Word 文档`, 'docx')
      const { importDocx } = await import('./docxImport')
      return importDocx(name, data)
    }
    if (ext === 'doc' || ext === 'wps') {
      // The old binary formats have no reader that runs in a browser and reads tables exactly.
      return failed(
        name,
        `不支持 .${ext} 文件（旧版 Word/WPS 格式）：请在 Word 或 WPS 中打开，「另存为」Word 文档（.docx）、网页（.html）或 PDF 后再导入`,
      )
    }
    if (ext === 'xls' || ext === 'et') {
      return failed(
        name,
        `不支持 .${ext} 文件：请在 Office/WPS 中另存为 .xlsx、.csv、网页（.html）或 PDF 后再导入`,
      )
    }
    // A single report's text or page is far smaller: say so by its size on disk, before decoding.
    if (ext !== 'csv' && ext !== 'tsv' && ext !== 'json' && data.length > MAX_PAGE) {
      return failed(
        name,
        `文件过大（${(data.length / 1_000_000).toFixed(1)} MB）：一份年度报告的文本或网页通常不超过 1 MB，这个文件不像单份年度报告。多份报告请用 tidy CSV 或 JSON 导入`,
      )
    }
    const decoded = decodeText(data)
    if (!decoded.ok) return failed(name, decoded.error)
    const result = importText(name, decoded.text, options)
    if (decoded.encoding !== 'utf-8') {
      result.notes.push({
        level: 'info',
        code: 'encoding',
        message: `文件编码为 ${decoded.encoding.toUpperCase()}，已自动识别`,
      })
    }
    return result
  } catch (e) {
    return failed(name, `读取时出错：${e instanceof Error ? e.message : String(e)}`)
  }
}
