/**
 * What the worker does for one file: read it with the shared importer and check its reports.
 * Also called on the page directly where Workers are not available (tests, old browsers).
 */
import { checkReports, type Finding } from '@/checks'
import { importFile, importText } from '@/import'
import type { FileImport } from '@/import/types'
import type { ImportJob } from './protocol'

export async function runImportJob(
  job: ImportJob,
): Promise<{ result: FileImport; findings: Finding[] }> {
  let result: FileImport
  try {
    if (job.text !== undefined) result = importText(job.name, job.text, job.options)
    else if (job.file)
      result = await importFile(job.name, new Uint8Array(await job.file.arrayBuffer()), job.options)
    else result = { file: job.name, format: 'unknown', reports: [], notes: [], error: '没有内容' }
  } catch (e) {
    // importFile promises not to throw; this guards the worker against a bug all the same.
    const message = e instanceof Error ? e.message : String(e)
    result = {
      file: job.name,
      format: 'unknown',
      reports: [],
      notes: [],
      error: `读取时出错：${message}`,
    }
  }
  const findings = checkReports(result.reports.map((r) => r.report))
  return { result, findings }
}
