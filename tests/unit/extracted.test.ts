/**
 * Text that other tools took out of the sample PDFs (poppler's pdftotext, in its default reading
 * order and with -layout): what the reader cannot place for certain is refused, and every value
 * it does give is the one printed. In the default order a PDF's table comes out column by column,
 * header words between the numbers.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportCells, type Report } from '@/domain/report'
import { importText } from '@/import'
import { PINGTAN_PAGE_TABLE2, expected } from './helpers'

const dir = join(process.cwd(), 'tests/fixtures/extracted')
const read = (file: string) => importText(file, readFileSync(join(dir, file), 'utf8'))

/** Every value the import gives, compared with the value printed: none may differ. */
function wrongValues(got: Report, truth: Report): string[] {
  const printed = new Map(
    [...reportCells(truth)].map((c) => [`${c.table}.${c.row}.${c.column}`, c.value]),
  )
  return [...reportCells(got)]
    .filter((c) => printed.get(`${c.table}.${c.row}.${c.column}`) !== c.value)
    .map((c) => `${c.table}.${c.row}.${c.column}=${c.value}`)
}

describe('text extracted from PDFs by other tools', () => {
  it('refuses table 4 when its numbers stand between header words and do not add up', () => {
    const r = read('huaian-2024.pdftotext-plain.txt')
    // Read in that order, 72 64 178 37 12 would be 行政复议's five cells: 72+64+178+37 ≠ 12.
    // Table 3 comes out as scattered as table 4: nothing is read, and the file says why.
    expect(r.reports).toEqual([])
    expect(r.error).toMatch(/未读取表四.*交错排列/)
  })

  it('reads a row whose numbering stands on its numbers’ line (`1.   0   0 …`) as numbering', () => {
    // pdftotext -layout of the printed page: 属于国家秘密 above, `1.` and its seven 0s below.
    const r = read('pingtan-2025-printed.pdftotext-layout.txt')
    const report = r.reports[0]?.report
    expect(report?.unread).toBeUndefined()
    expect(report?.requests).toEqual(expected('pingtan-2025-printed').requests)
    expect(report?.appeals).toEqual(expected('pingtan-2025-printed').appeals)
  })

  it('gives no wrong value from the other extractions either', () => {
    for (const [file, truth] of [
      ['hongze-2023.pdftotext-plain.txt', 'hongze-2023'],
      ['pingtan-2025-printed.pdftotext-layout.txt', 'pingtan-2025-printed'],
    ] as const) {
      const r = read(file)
      // The pingtan samples' .json leave table 2 out; the page prints it.
      const t = expected(truth)
      if (truth.startsWith('pingtan')) t.active = PINGTAN_PAGE_TABLE2
      for (const { report } of r.reports) expect(wrongValues(report, t), file).toEqual([])
    }
  })
})
