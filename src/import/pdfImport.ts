/**
 * A PDF as published: lines rebuilt from positioned text and read like any report text, and its
 * tables rebuilt as cells from where their text is printed and read cell by cell.
 */
import { pdfGrid } from './cells/pdf'
import { pagesToText, readPdf, type PdfDocument } from './pdf'
import { splitLines } from './text/stream'
import { readText } from './text/readText'
import type { FileImport, Provenance } from './types'
import { lineAt } from './text/locate'

export async function importPdf(name: string, data: Uint8Array): Promise<FileImport> {
  let pdf: PdfDocument
  try {
    pdf = await readPdf(data, { rules: true })
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const reason = /password/i.test(msg) ? 'PDF 有密码保护' : 'PDF 文件已损坏或无法解析'
    return {
      file: name,
      format: 'pdf',
      reports: [],
      notes: [],
      error: `${reason}（${msg.slice(0, 80)}）`,
    }
  }
  const { pages, title, rules } = pdf
  const { text, lineInfo } = pagesToText(pages)
  if (text.replace(/\s/g, '').length < 20) {
    return {
      file: name,
      format: 'pdf',
      reports: [],
      notes: [],
      error: 'PDF 中没有可提取的文字：可能是扫描图片，需要先做文字识别（OCR）',
    }
  }
  const lines = splitLines(text)
  const starts = lines.map((l) => l.start)
  const locate = (offset: number): Provenance => {
    const lo = lineAt(starts, offset)
    const info = lineInfo[lo]
    const excerpt = (lines[lo]?.text ?? '').trim().replace(/\s+/g, ' ').slice(0, 120)
    return info
      ? {
          where: `第${info.page}页第${info.lineOnPage}行`,
          page: info.page,
          line: info.lineOnPage,
          excerpt,
        }
      : { where: `第${lo + 1}行`, line: lo + 1, excerpt }
  }
  const read = readText({
    text,
    name,
    format: 'pdf',
    locate,
    lastTitle: title,
    grid: pdfGrid(pages, rules),
  })
  if (!read.ok) return { file: name, format: 'pdf', reports: [], notes: [], error: read.error }
  return { file: name, format: 'pdf', reports: [read.value], notes: [] }
}
