/**
 * A Word `.docx` file: its body's tables read cell by cell and its text by the text reader,
 * each table kept where the two readings agree. Loaded only when such a file is dropped.
 */
import { unzipSync } from 'fflate'
import { docxGrid } from './cells/docx'
import { rowsText } from './cells/rowsText'
import { readText } from './text/readText'
import type { FileImport } from './types'

const BODY = 'word/document.xml'
/** A report's body is well under 10 MB of XML; a zip bomb would be far more. */
const MAX_BODY = 50_000_000

export function importDocx(name: string, data: Uint8Array): FileImport {
  const failed = (error: string): FileImport => ({
    file: name,
    format: 'docx',
    reports: [],
    notes: [],
    error,
  })
  let body: Uint8Array | undefined
  try {
    body = unzipSync(data, {
      filter: (f) => f.name === BODY && f.originalSize <= MAX_BODY,
    })[BODY]
  } catch {
    return failed('无法打开 .docx 文件：文件已损坏，或不是 Word 2007 及以后的格式')
  }
  if (!body) return failed('.docx 文件中没有正文（word/document.xml），或正文过大')
  const doc = docxGrid(new TextDecoder().decode(body))
  const { text, locate } = rowsText(doc)
  const read = readText({ text, name, format: 'docx', locate, grid: doc })
  if (!read.ok) return failed(read.error)
  return { file: name, format: 'docx', reports: [read.value], notes: [] }
}
