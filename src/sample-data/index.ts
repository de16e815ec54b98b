/**
 * The built-in 示例数据: the real published samples (read through the same importer as any file)
 * and the generated demo district. Loaded on first open only, on demand (dynamic import).
 */
import { generateDemoReports } from '@/generate/demo'
import { importText } from '@/import'
import type { IncomingReport } from '@/domain/entry'

const files = import.meta.glob<string>('./*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export function realSampleReports(): IncomingReport[] {
  return Object.entries(files).flatMap(([path, text]) => {
    const name = path.replace(/^\.\//, '')
    return importText(name, text).reports.map((r) => ({
      report: r.report,
      notes: r.notes,
      provenance: r.provenance,
      sourceName: `示例数据 · ${name}`,
      sample: true,
    }))
  })
}

export function sampleReports(): IncomingReport[] {
  const demo = generateDemoReports().map((report) => ({
    report,
    sourceName: report.source?.name ?? '示例数据',
    sample: true,
  }))
  return [...realSampleReports(), ...demo]
}
