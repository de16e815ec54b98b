/**
 * A contract tidy CSV is read line by line straight from the text; every line it does not
 * recognise goes through the row reader. Whatever the damage, the result must be exactly the row
 * reader's own: same reports, values, lines, notes and messages.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateCorpus } from '@/generate/corpus'
import { importText, provenanceAt } from '@/import'
import { importTidy } from '@/import/tidy'
import { toTidyCsv } from '@/export/reports'
import { expected } from './helpers'

const base = toTidyCsv([expected('hongze-2023'), expected('huaian-2024'), ...generateCorpus(6)])
const baseLines = base.split('\n')

/** The row reader alone, lines numbered as in the file. */
function byRowReader(text: string) {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''))
  const at = lines.findIndex((l) => l !== '')
  return importTidy(
    't.csv',
    (lines[at] as string).split(','),
    (visit) => {
      lines.forEach((l, i) => {
        if (i > at && l !== '') visit(l.split(','), i + 1)
      })
    },
    'csv',
  )
}

const token = fc.constantFrom(
  '',
  ' 3',
  '-1',
  '1.5',
  '1,234',
  '—',
  'x',
  '007',
  '9999999999999999',
  '12',
  '0',
)

type Edit =
  | { kind: 'value'; line: number; text: string }
  | { kind: 'cell'; line: number; text: string }
  | { kind: 'agency'; line: number }
  | { kind: 'delete' | 'duplicate' | 'toEnd' | 'blank' | 'spaces'; line: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), line: fc.nat(), text: token }),
  fc.record({
    kind: fc.constant('cell' as const),
    line: fc.nat(),
    text: fc.constantFrom('requests,foo,natural', 'requests, granted,natural', 'appeals,review'),
  }),
  fc.record({ kind: fc.constant('agency' as const), line: fc.nat() }),
  fc.record({
    kind: fc.constantFrom('delete', 'duplicate', 'toEnd', 'blank', 'spaces') as fc.Arbitrary<
      'delete' | 'duplicate' | 'toEnd' | 'blank' | 'spaces'
    >,
    line: fc.nat(),
  }),
)

function apply(lines: string[], e: Edit): string[] {
  const out = [...lines]
  const i = 1 + (e.line % (out.length - 1))
  const fields = (out[i] as string).split(',')
  switch (e.kind) {
    case 'value':
      fields[7] = e.text
      out[i] = fields.join(',')
      break
    case 'cell':
      out[i] = [...fields.slice(0, 4), e.text, fields[7]].join(',')
      break
    case 'agency':
      fields[0] = `${fields[0]}二`
      out[i] = fields.join(',')
      break
    case 'delete':
      out.splice(i, 1)
      break
    case 'duplicate':
      out.splice(i, 0, out[i] as string)
      break
    case 'toEnd':
      out.push(...out.splice(i, 1))
      break
    case 'blank':
      out.splice(i, 0, '')
      break
    case 'spaces':
      out[i] = ` ${out[i]} `
      break
  }
  return out
}

function summary(r: ReturnType<typeof importText>) {
  return {
    error: r.error,
    notes: r.notes,
    reports: r.reports.map((x) => ({
      report: x.report,
      notes: x.notes,
      lines: Array.from(x.provenance.lines ?? []),
    })),
  }
}

describe('contract tidy CSV read straight from the text', () => {
  it('gives every value with its line', () => {
    const r = importText('t.csv', base)
    expect(r.reports).toHaveLength(8)
    expect(summary(r)).toEqual(summary(byRowReader(base)))
    const line = baseLines.findIndex((l) => l.includes('huaian') || l.includes('淮安市人民政府'))
    expect(provenanceAt(r.reports[1]!.provenance, 'requests.newReceived.natural')).toEqual({
      where: `第${line + 1}行`,
      line: line + 1,
    })
  })

  it('agrees with the row reader on damaged files', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (edits, crlf) => {
        const text = edits.reduce(apply, baseLines).join(crlf ? '\r\n' : '\n')
        expect(summary(importText('t.csv', text))).toEqual(summary(byRowReader(text)))
      }),
      { numRuns: 300, seed: 20261126 },
    )
  })
})
