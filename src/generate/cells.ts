/**
 * A report as the formats with cells give it: text copied from a page (`innerText`: a cell per
 * line, a tab line between cells, blank lines between rows) and a Word `.docx` with merged
 * cells (`w:gridSpan`, `w:vMerge`).
 */
import { zipSync } from 'fflate'
import type { Report } from '@/domain/report'
import { reportBlocks, type GridRenderOptions, type TableCell } from './tables'

export type { GridRenderOptions }

/** What a browser's `document.body.innerText` gives for the report's page. */
export function renderCopied(r: Report, opts: GridRenderOptions = {}): string {
  const parts: string[] = []
  for (const block of reportBlocks(r, opts)) {
    if ('paragraph' in block) parts.push(block.paragraph)
    else
      parts.push(
        block.table.map((row) => row.map((c) => c.text).join('\n\n\t\n\n')).join('\n\n\n\n\n'),
      )
  }
  return parts.join('\n\n') + '\n'
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function paragraphXml(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
}

/** A table's rows as `w:tr`s: a cell a row span covers is a `w:vMerge` continuation. */
function tableXml(rows: TableCell[][]): string {
  const width = Math.max(...rows.map((row) => row.reduce((n, c) => n + (c.colspan ?? 1), 0)))
  const below = new Map<number, { span: number; rows: number }>()
  const trs = rows.map((row) => {
    const tcs: string[] = []
    let col = 0
    const covered = () => {
      for (let held = below.get(col); held; held = below.get(col)) {
        tcs.push(
          `<w:tc><w:tcPr>${held.span > 1 ? `<w:gridSpan w:val="${held.span}"/>` : ''}<w:vMerge/></w:tcPr><w:p/></w:tc>`,
        )
        if (--held.rows === 0) below.delete(col)
        col += held.span
      }
    }
    for (const cell of row) {
      covered()
      const span = cell.colspan ?? 1
      const props = `${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${(cell.rowspan ?? 1) > 1 ? '<w:vMerge w:val="restart"/>' : ''}`
      tcs.push(`<w:tc><w:tcPr>${props}</w:tcPr>${paragraphXml(cell.text)}</w:tc>`)
      if ((cell.rowspan ?? 1) > 1) below.set(col, { span, rows: (cell.rowspan ?? 1) - 1 })
      col += span
    }
    covered()
    return `<w:tr>${tcs.join('')}</w:tr>`
  })
  const grid = `<w:tblGrid>${'<w:gridCol w:w="600"/>'.repeat(width)}</w:tblGrid>`
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${trs.join('')}</w:tbl>`
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export function renderDocxXml(r: Report, opts: GridRenderOptions = {}): string {
  const body = reportBlocks(r, opts)
    .map((b) => ('paragraph' in b ? paragraphXml(b.paragraph) : tableXml(b.table)))
    .join('')
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

/** A `.docx` file Word opens: the content types, the package relationship and the body. */
export function renderDocx(r: Report, opts: GridRenderOptions = {}): Uint8Array {
  const enc = new TextEncoder()
  return zipSync({
    '[Content_Types].xml': enc.encode(CONTENT_TYPES),
    '_rels/.rels': enc.encode(RELS),
    'word/document.xml': enc.encode(renderDocxXml(r, opts)),
  })
}
