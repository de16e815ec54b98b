/**
 * The hand-written check that lets valid reports skip zod must agree with the schema: whatever it
 * accepts, the schema accepts with the same result; what it refuses still gets the schema's message.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalReport, parseReport, parseReportWithSchema } from '@/domain/schema'
import { generateCorpus } from '@/generate/corpus'
import { expected } from './helpers'

const SAMPLES = ['hongze-2023', 'hongze-2024', 'huaian-2024', 'pingtan-2025', 'hualong-gxj-2020']

function reportsToMutate(): unknown[] {
  return [...SAMPLES.map(expected), ...generateCorpus(40)].map((r) => JSON.parse(JSON.stringify(r)))
}

/** Every path to a value of a JSON tree, objects and arrays included. */
function paths(v: unknown, at: string[] = []): string[][] {
  if (typeof v !== 'object' || v === null) return [at]
  return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))]
}

function setAt(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value
  const copy = JSON.parse(JSON.stringify(root)) as Record<string, unknown>
  let node = copy
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>
  const last = path[path.length - 1] as string
  if (value === DELETE) delete node[last]
  else node[last] = value
  return copy
}

const DELETE = Symbol('delete')

const replacement = fc.constantFrom<unknown>(
  DELETE,
  -1,
  -0,
  0,
  1.5,
  1e9,
  1e9 + 1,
  2007,
  2101,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' 机关 ',
  '12',
  '2019',
  '2021',
  'gov-disclosure-report/1',
  'json',
  null,
  true,
  [],
  [1],
  {},
  { natural: 1 },
  { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  { natural: 0, commercial: 0, research: 0, social: 0, legal: 0, other: 0, total: 0 },
  { name: 'a', format: 'csv', extra: 1 },
  { __proto__: 'x' },
)

describe('fast report check', () => {
  const reports = reportsToMutate()

  it('accepts every valid report, giving what the schema gives', () => {
    for (const r of reports) {
      const fast = canonicalReport(r)
      const slow = parseReportWithSchema(r)
      expect(fast).toBeDefined()
      expect(slow.ok).toBe(true)
      if (slow.ok) expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.report))
    }
  })

  it('never accepts what the schema refuses, nor differs from it, under mutation', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: reports.length - 1 }),
        fc.array(fc.tuple(fc.nat(), replacement, fc.string({ maxLength: 12 })), {
          minLength: 1,
          maxLength: 3,
        }),
        (which, edits) => {
          let value = reports[which]
          for (const [n, x, key] of edits) {
            const all = paths(value)
            const path = all[n % all.length] as string[]
            // Sometimes a new key beside an existing one.
            const target = n % 5 === 0 && path.length > 0 ? [...path.slice(0, -1), key] : path
            value = setAt(value, target, x)
          }
          const fast = canonicalReport(value)
          const slow = parseReportWithSchema(value)
          if (fast) {
            expect(slow.ok).toBe(true)
            if (slow.ok) expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.report))
          }
          const used = parseReport(value)
          expect(used.ok).toBe(slow.ok)
          if (!used.ok && !slow.ok) expect(used.issues).toEqual(slow.issues)
        },
      ),
      { numRuns: 1500, seed: 20261126 },
    )
  })
})
