/**
 * Property-based: the real samples, mutated the ways files get damaged, never make an importer
 * throw or hang, and never produce a number that is not in the source without a note saying why.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reportCells } from '@/domain/report'
import { importFile, importText, type FileImport } from '@/import'
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

/** Values that are neither printed in the source nor explained by a note. */
function unexplained(source: string, result: FileImport): string[] {
  const folded = source.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  const digits = folded.match(/\d+(?:\.\d+)?/g)?.join(' ') ?? ''
  const out: string[] = []
  for (const { report, notes } of result.reports) {
    const blanks = notes.some((n) => n.code === 'blank-cells')
    const converted = new Set(
      notes.filter((n) => n.code === 'unit-converted').flatMap((n) => n.cells ?? []),
    )
    for (const cell of reportCells(report)) {
      const path = `${cell.table}.${cell.row}.${cell.column}`
      if (cell.value === 0 && blanks) continue
      if (converted.has(path)) continue
      if (!digits.includes(String(cell.value))) out.push(`${path}=${cell.value}`)
    }
  }
  return out
}

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
