/**
 * Property-based: the real samples, mutated the ways files get damaged, never make an importer
 * throw or hang, and never produce a number that is not in the source without a note saying why.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reportCells, type Report } from '@/domain/report'
import { importFile, importText, type FileImport } from '@/import'
import type { ImportNote } from '@/import/types'
import { unzipSync, zipSync } from 'fflate'
import { sampleBytes, sampleText } from './helpers'

const SAMPLES = [
  'hualong-gxj-2020.txt',
  'hongze-2023.txt',
  'huaian-2024.txt',
  'pingtan-police-2022.txt',
  'pingtan-2025.html',
]

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'digit'; at: number; digit: string }

const piece = fc.oneof(
  fc.stringMatching(/^[0-9 ]{1,12}$/),
  fc.constantFrom(
    '\n',
    '\t',
    '\f',
    '- 3 -\n',
    '总计',
    '本年新收',
    '（七）',
    '无',
    '—',
    '四、政府信息公开行政复议',
    '<td>',
    '&nbsp;',
  ),
  fc.string({ maxLength: 8 }),
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('digit' as const),
    at: fc.nat(),
    digit: fc.constantFrom(...'0123456789'),
  }),
)

function apply(text: string, m: Mutation): string {
  const pos = (n: number) => (text.length === 0 ? 0 : n % text.length)
  switch (m.kind) {
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length)
    case 'insert':
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at))
    case 'truncate':
      return text.slice(0, pos(m.at))
    case 'digit': {
      const digits = [...text.matchAll(/\d/g)]
      const d = digits[m.at % Math.max(1, digits.length)]
      return d?.index === undefined
        ? text
        : text.slice(0, d.index) + m.digit + text.slice(d.index + 1)
    }
    case 'duplicateLine':
    case 'swapLines': {
      const lines = text.split('\n')
      if (lines.length === 0) return text
      if (m.kind === 'duplicateLine') {
        const i = m.line % lines.length
        lines.splice(i, 0, lines[i] as string)
      } else {
        const a = m.a % lines.length
        const b = m.b % lines.length
        ;[lines[a], lines[b]] = [lines[b] as string, lines[a] as string]
      }
      return lines.join('\n')
    }
  }
}

/** A report cell's path is `prefix` or lies under it (`requests.granted` under `requests`). */
const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`)

/**
 * Values that are neither printed in the source nor explained by a note. A value must be a whole
 * number as printed (4200006 is not a 42 nor a 6), with thousands separators and trailing
 * decimal zeros read as a reader reads them; only cells the importer says it split out of digits
 * that ran together may be a part of a printed digit string.
 */
function unexplained(source: string, result: FileImport): string[] {
  const folded = source.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  const numbers = folded.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? []
  const printed = new Set(numbers.map((n) => String(Number(n.replace(/,/g, '')))))
  const digitRuns = folded.match(/\d+/g) ?? []
  const out: string[] = []
  for (const { report, notes } of result.reports) {
    const blanks = notes.some((n) => n.code === 'blank-cells')
    const cellsOf = (code: string) =>
      notes.filter((n) => n.code === code).flatMap((n) => n.cells ?? [])
    const converted = new Set(cellsOf('unit-converted'))
    const split = cellsOf('digits-split')
    for (const cell of reportCells(report)) {
      const path = `${cell.table}.${cell.row}.${cell.column}`
      const value = String(cell.value)
      if (cell.value === 0 && blanks) continue
      if (converted.has(path)) continue
      if (printed.has(value)) continue
      const wasSplit = split.some((prefix) => under(path, prefix))
      if (wasSplit && digitRuns.some((run) => run.includes(value))) continue
      out.push(`${path}=${cell.value}`)
    }
  }
  return out
}

describe('the check for invented numbers', () => {
  // A real report, and a source printing each of its values once, the largest glued to others.
  const report = JSON.parse(sampleText('huaian-2024.json')) as Report
  const cells = [...reportCells(report)]
  const largest = cells.reduce((a, b) => (b.value > a.value ? b : a))
  const source = cells.map((c) => (c === largest ? `${c.value}0077` : String(c.value))).join(' ')
  const result = (notes: ImportNote[]): FileImport => ({
    file: 'a.txt',
    format: 'text',
    notes: [],
    reports: [{ report, notes, provenance: {} }],
  })
  const largestPath = `${largest.table}.${largest.row}.${largest.column}`

  it('finds a value printed only inside a longer number', () => {
    expect(cells.filter((c) => c.value === largest.value)).toHaveLength(1)
    expect(unexplained(source, result([]))).toEqual([`${largestPath}=${largest.value}`])
    expect(
      unexplained(source.replace(`${largest.value}0077`, String(largest.value)), result([])),
    ).toEqual([])
  })

  it('lets it be where the importer says it split digits that ran together there', () => {
    const split: ImportNote = {
      level: 'info',
      code: 'digits-split',
      message: '',
      cells: [`${largest.table}.${largest.row}`],
    }
    expect(unexplained(source, result([split]))).toEqual([])
  })
})

describe('mutated real samples', () => {
  it.each(SAMPLES)('%s: never throws, never hangs, never invents a number', (file) => {
    const original = sampleText(file)
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = mutations.reduce(apply, original)
        const started = performance.now()
        const result = importText(file, text)
        expect(performance.now() - started).toBeLessThan(3000)
        expect(result.reports.length > 0 || typeof result.error === 'string').toBe(true)
        expect(unexplained(text, result)).toEqual([])
      }),
      { numRuns: 150, seed: 20261126 },
    )
  })

  it('pingtan-2025-word.docx, its body mutated: never throws, never invents a number', async () => {
    const body = new TextDecoder().decode(
      unzipSync(sampleBytes('pingtan-2025-word.docx'))['word/document.xml'],
    )
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const xml = mutations.reduce(apply, body)
        const docx = zipSync({ 'word/document.xml': new TextEncoder().encode(xml) })
        const result = await importFile('pingtan-2025-word.docx', docx)
        expect(result.reports.length > 0 || typeof result.error === 'string').toBe(true)
        expect(unexplained(xml, result)).toEqual([])
      }),
      { numRuns: 60, seed: 20261206 },
    )
  })

  it('random bytes never make importFile throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4000 }),
        fc.constantFrom('a.txt', 'a.json', 'a.csv', 'a.html', 'a.pdf', 'a.xlsx', 'a.docx'),
        async (bytes, name) => {
          const result = await importFile(name, bytes)
          expect(result.reports.length > 0 || typeof result.error === 'string').toBe(true)
        },
      ),
      { numRuns: 200, seed: 7 },
    )
  })
})

describe('a 60 MB text file', () => {
  it('is refused at once with its size, not parsed', async () => {
    const line = '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n'
    const bytes = new TextEncoder().encode(line.repeat(Math.ceil(60_000_000 / 60)))
    const started = performance.now()
    const r = await importFile('huge.txt', bytes)
    expect(r.error).toMatch(/^文件过大（\d+\.\d MB）/)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
