import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '@/domain/report'

// From the project root, where Vitest runs: under jsdom `import.meta.url` is not a file URL.
export const samplesDir = join(process.cwd(), 'tests/fixtures/samples/')

export function sampleBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(samplesDir + file))
}

export function sampleText(file: string): string {
  return readFileSync(samplesDir + file, 'utf8')
}

/** The real samples published as text, each with the `.json` a careful reader made of it. */
export const SAMPLE_NAMES = [
  'hualong-gxj-2020',
  'hongze-2023',
  'hongze-2024',
  'huaian-2024',
  'pingtan-2025',
  'pingtan-police-2022',
] as const

/**
 * The same report (pingtan-2025) in the other layouts people get it in, each with its own `.json`:
 * text copied from the page, the page printed to PDF, and the article saved as Word `.docx` and
 * exported to PDF.
 */
export const LAYOUT_SAMPLES = [
  'pingtan-2025-copied.txt',
  'pingtan-2025-printed.pdf',
  'pingtan-2025-word.docx',
  'pingtan-2025-word.pdf',
] as const

/** The title the copied page prints after the site's navigation. */
export const PINGTAN_TITLE = '平潭综合实验区2025年度政府信息公开工作年度报告'

/** The values a careful reader took from the published report (the sample's `.json`). */
export function expected(name: string): Report {
  return JSON.parse(sampleText(`${name}.json`)) as Report
}

/**
 * pingtan-2025.html's table 2 as printed in the page's cells. The sample JSON leaves table 2 out:
 * the crawler's text of the same report has its cells glued together.
 */
export const PINGTAN_PAGE_TABLE2: NonNullable<Report['active']> = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocs: { issued: 58, repealed: 45, inForce: 546 },
  licensing: { decisions: 2418 },
  penalty: { decisions: 644 },
  coercion: { decisions: 64 },
  fees: { amount: 4166.241619 },
}

/** Every sample's values, straight from its `.json` (no importer involved). */
export function allSamples(): Report[] {
  return SAMPLE_NAMES.map(expected)
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
