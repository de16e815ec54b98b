import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { APPLICANT_COLUMNS, REQUEST_ROWS } from '@/domain/catalog'
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

/**
 * hualong-gxj-2020 as a sheet in the template layout (its title, table 3 with label columns and
 * the seven applicant columns, table 4 as one row), as a report's own tables saved from Excel.
 */
export function hualongTemplateRows(): string[][] {
  const exp = expected('hualong-gxj-2020')
  const rows: string[][] = [
    ['华龙区工业和信息化局2020年政府信息公开工作年度报告'],
    ['三、收到和处理政府信息公开申请情况'],
    ['', '', '申请人情况'],
    ['', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
  ]
  for (const spec of REQUEST_ROWS.filter(
    (r) => r.editions.includes('2019') && !r.key.startsWith('other.'),
  )) {
    const [group, label] = spec.label.includes(' ') ? spec.label.split(' ') : ['', spec.label]
    const values = APPLICANT_COLUMNS.map((c) => String(exp.requests[spec.key]![c.key]))
    rows.push([group ?? '', label ?? '', ...values])
  }
  rows.push(['四、政府信息公开行政复议、行政诉讼情况'])
  rows.push(['行政复议', '', '', '', '', '行政诉讼'])
  rows.push(Array.from({ length: 15 }, () => '0'))
  return rows
}

type Replacement = string | ((match: string, ...groups: string[]) => string)

/**
 * A fixture damaged on purpose: each [search, replacement] applied in turn, as `text.replace`
 * does. Throws where a search matches nothing, so a test whose fixture changed fails instead of
 * passing on the fixture it did not damage.
 */
export function damaged(
  text: string,
  ...edits: [search: string | RegExp, replacement: Replacement][]
): string {
  return edits.reduce((current, [search, replacement]) => {
    const found =
      typeof search === 'string'
        ? current.includes(search)
        : new RegExp(search.source, search.flags.replace('g', '')).test(current)
    if (!found) throw new Error(`the fixture no longer holds ${String(search)}`)
    return typeof replacement === 'string'
      ? current.replace(search, replacement)
      : current.replace(search, replacement)
  }, text)
}
