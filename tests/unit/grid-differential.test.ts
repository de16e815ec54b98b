/**
 * Differential: the grid reader and the text reader each run on many generated reports rendered
 * in the layouts with cells (saved page, copied text, Word), blank cells included. Each reader
 * gives every table exactly or refuses it — never a wrong value — and together, combined as the
 * importer combines them, they give every table exactly.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDemoReports } from '@/generate/demo'
import type { Edition } from '@/domain/catalog'
import { TABLE_KEYS, type Report } from '@/domain/report'
import { renderCopied, renderDocxXml } from '@/generate/cells'
import { renderHtml } from '@/generate/render'
import { copiedGrid } from '@/import/cells/copied'
import { docxGrid } from '@/import/cells/docx'
import { htmlGrid } from '@/import/cells/html'
import { readGrid } from '@/import/cells/read'
import { rowsText } from '@/import/cells/rowsText'
import type { GridDoc } from '@/import/cells/types'
import { htmlToText } from '@/import/html'
import { readText, type TextSource } from '@/import/text/readText'
import type { Provenance } from '@/import/types'

const reports = generateDemoReports()

type Layout = 'html' | 'copied' | 'docx'
interface Options {
  blankZeros: boolean
  blankTotals: boolean
  trailingRow: boolean
}

function rendered(
  r: Report,
  layout: Layout,
  opts: Options,
): { grid: GridDoc; text: string; locate?: (offset: number) => Provenance } {
  if (layout === 'html') {
    const html = renderHtml(r, opts)
    const page = htmlToText(html)
    return { grid: htmlGrid(html), text: page.text, locate: page.locate }
  }
  if (layout === 'copied') {
    const text = renderCopied(r, opts)
    return { grid: copiedGrid(text) as GridDoc, text }
  }
  const grid = docxGrid(renderDocxXml(r, opts))
  return { grid, ...rowsText(grid) }
}

function truth(r: Report, opts: Options): Report {
  if (!opts.blankTotals) return r
  const requests = Object.fromEntries(
    Object.entries(r.requests).map(([k, row]) => [k, { ...row, total: 0 }]),
  )
  return { ...r, requests }
}

const options = fc.record({
  blankZeros: fc.boolean(),
  blankTotals: fc.boolean(),
  trailingRow: fc.boolean(),
})

describe('grid reader against text reader, on generated reports', () => {
  it('each reads every table exactly or refuses it; combined they read every table', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: reports.length - 1 }),
        fc.constantFrom<Layout>('html', 'copied', 'docx'),
        options,
        (i, layout, opts) => {
          const r = reports[i] as Report
          const want = truth(r, opts)
          const { grid, text, locate } = rendered(r, layout, opts)

          const byCells = readGrid(grid, r.edition as Edition)
          for (const table of TABLE_KEYS) {
            // The grid reader is the one made for cells: it reads all of them.
            expect(byCells[table].refused, `${layout} ${table}`).toBeUndefined()
            if (want[table])
              expect(byCells[table].values, `${layout} ${table}`).toEqual(want[table])
          }

          const source: TextSource = { text, name: 'r', format: 'text', locate }
          const byText = readText(source)
          if (byText.ok) {
            const got = byText.value.report
            for (const table of TABLE_KEYS) {
              const values = got[table]
              const read = values !== undefined && Object.keys(values).length > 0
              if (read) expect(values, `text reader, ${layout} ${table}`).toEqual(want[table])
            }
          }

          const both = readText({ ...source, grid })
          expect(both.ok).toBe(true)
          if (!both.ok) return
          expect(both.value.report.unread).toBeUndefined()
          for (const table of TABLE_KEYS)
            if (want[table]) expect(both.value.report[table]).toEqual(want[table])
        },
      ),
      { numRuns: 300, seed: 20261206 },
    )
  })
})
