/**
 * The template layout: a report's own tables saved from Excel. The grid's rows become
 * tab-separated lines for the text reader, and each value keeps the sheet cell it was read from.
 */
import type { SourceFormat } from '@/domain/report'
import { placeName } from './provenance'
import { readText } from './text/readText'
import type { FileImport } from './types'

export function importTemplate(
  name: string,
  grid: readonly (readonly string[])[],
  format: SourceFormat,
  sheet?: string,
): FileImport {
  const lines = grid.map((row) => row.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t'))
  const text = lines.join('\n')
  const read = readText({
    text,
    name,
    format,
    locate: (offset) => {
      let line = 0
      let at = 0
      while (line < lines.length - 1 && at + (lines[line] as string).length + 1 <= offset) {
        at += (lines[line] as string).length + 1
        line++
      }
      const cells = (lines[line] ?? '').split('\t')
      let col = 0
      let pos = at
      for (let i = 0; i < cells.length; i++) {
        if (pos + (cells[i] as string).length >= offset) {
          col = i
          break
        }
        pos += (cells[i] as string).length + 1
      }
      return {
        where: placeName(sheet, line + 1, col + 1),
        row: line + 1,
        column: col + 1,
        excerpt: cells.filter(Boolean).join(' | ').slice(0, 120),
      }
    },
  })
  if (!read.ok) return { file: name, format, reports: [], notes: [], error: read.error }
  return { file: name, format, reports: [read.value], notes: [] }
}
