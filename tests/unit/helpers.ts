import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Report } from '@/domain/report'

export const samplesDir = fileURLToPath(new URL('../fixtures/samples/', import.meta.url))

export function sampleBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(samplesDir + file))
}

export function sampleText(file: string): string {
  return readFileSync(samplesDir + file, 'utf8')
}

/** The values a careful reader took from the published report (the sample's `.json`). */
export function expected(name: string): Report {
  return JSON.parse(sampleText(`${name}.json`)) as Report
}

/** The parts of a report the sample JSON records: what an import must reproduce exactly. */
export function comparable(r: Report) {
  return {
    agency: r.agency,
    region: r.region,
    year: r.year,
    edition: r.edition,
    requests: r.requests,
    appeals: r.appeals,
    active: r.active,
  }
}
