/** Where a value came from, read back from every form a stored report may hold. */
import { describe, expect, it } from 'vitest'
import { importText, provenanceAt, toSourceMap } from '@/import'
import { toCanonicalJson, toTidyCsv } from '@/export/reports'
import { expected, sampleText } from './helpers'

const copyAsStored = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

describe('source maps', () => {
  it('locate a value of each format, also after the JSON copy the in-memory store makes', () => {
    const report = expected('hongze-2024')
    const csv = importText('a.csv', toTidyCsv([report])).reports[0]!.provenance
    const json = importText('a.json', toCanonicalJson([report])).reports[0]!.provenance
    const text = importText('hongze-2024.txt', sampleText('hongze-2024.txt')).reports[0]!.provenance
    for (const map of [csv, json, text]) {
      const here = provenanceAt(map, 'requests.newReceived.total')
      expect(here).toBeDefined()
      expect(provenanceAt(copyAsStored(map), 'requests.newReceived.total')).toEqual(here)
    }
    expect(provenanceAt(csv, 'requests.newReceived.total')).toEqual({ where: '第8行', line: 8 })
    expect(provenanceAt(json, 'appeals.review.total')).toEqual({ where: 'a.json' })
    expect(provenanceAt(text, 'requests.newReceived.total')!.excerpt).toMatch(/新收/)
  })

  it('reads a map saved before the compact form: a record per cell path', () => {
    const legacy = { 'requests.total.total': { where: '第9行', line: 9 } }
    expect(provenanceAt(toSourceMap(legacy), 'requests.total.total')).toEqual(
      legacy['requests.total.total'],
    )
    expect(provenanceAt(toSourceMap(legacy), 'requests.granted.total')).toBeUndefined()
  })
})
