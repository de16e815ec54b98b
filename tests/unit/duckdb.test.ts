/**
 * The README's DuckDB query over the tidy CSV gives the overview's headline figures exactly as
 * the dashboard's own aggregates do, for a corpus with unread tables and partial reports: the
 * path past one machine stays value for value with the page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { describe, expect, it } from 'vitest'
import { summarize } from '@/analysis/figures'
import type { Report } from '@/domain/report'
import { generateCorpus } from '@/generate/corpus'
import { importText } from '@/import'
import { toTidyCsv } from '@/export/reports'

/** The first ```sql block of the README: the query a person copies is the one tested. */
function readmeQuery(csvPath: string): string {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8')
  const m = /```sql\n([\s\S]*?)```/.exec(readme)
  if (!m) throw new Error('README.md has no ```sql block')
  const sql = m[1] as string
  expect(sql).toContain("read_csv('reports.csv'")
  return sql.replace("read_csv('reports.csv'", `read_csv('${csvPath}'`)
}

/** Generated reports, some with a table not read and some as an office's summary sheet. */
function corpus(): Report[] {
  return generateCorpus(420).map((r, i): Report => {
    if (i % 7 === 3)
      return { ...r, requests: {}, unread: [{ table: 'requests', reason: '无法唯一拆分' }] }
    if (i % 11 === 5)
      return { ...r, appeals: {}, unread: [{ table: 'appeals', reason: '无法唯一拆分' }] }
    if (i % 13 === 2) {
      const q = r.requests
      return {
        ...r,
        requests: {
          newReceived: { total: q.newReceived?.total },
          granted: { total: q.granted?.total },
          partial: { total: q.partial?.total },
          ...(i % 2 === 0 ? { total: { total: q.total?.total } } : {}),
        },
        appeals: { review: { total: r.appeals.review?.total } },
        active: undefined,
      }
    }
    return r
  })
}

describe('the README’s DuckDB query over the tidy CSV', () => {
  it('gives the overview’s headline figures, value for value', async () => {
    const csv = toTidyCsv(corpus())
    // What the page holds is what it read back from the same file.
    const read = importText('reports.csv', csv)
    expect(read.error).toBeUndefined()
    const reports = read.reports.map((r) => r.report)
    const t = summarize(reports, () => true).totals
    // The corpus really has gaps: otherwise this test could not tell 0 from missing.
    expect(t.received.n).toBeLessThan(t.reports)
    expect(t.review.total.n).toBeLessThan(t.reports)
    expect(t.handled.n).toBeLessThan(t.received.n)

    const dir = mkdtempSync(join(tmpdir(), 'duckdb-'))
    const path = join(dir, 'reports.csv')
    writeFileSync(path, csv)
    const db = await DuckDBInstance.create(':memory:')
    const connection = await db.connect()
    const result = await connection.runAndReadAll(readmeQuery(path))
    const [row] = result.getRowObjectsJson() as Record<string, string | number | null>[]
    const n = (key: string) => Number(row?.[key])
    connection.closeSync()

    expect(n('reports')).toBe(t.reports)
    expect(n('agencies')).toBe(new Set(reports.map((r) => r.agency)).size)
    expect([n('received'), n('received_reports')]).toEqual([t.received.value, t.received.n])
    expect([n('handled'), n('handled_reports')]).toEqual([t.handled.value, t.handled.n])
    const d = t.rates.disclosure.grantedPartial
    expect([n('disclosed'), n('disclosed_of')]).toEqual([d.numerator, d.denominator])
    expect([n('review'), n('review_reports')]).toEqual([t.review.total.value, t.review.total.n])
    const c = t.rates.reviewCorrection.decided
    expect([n('corrected'), n('decided')]).toEqual([c.numerator, c.denominator])
  })
})
