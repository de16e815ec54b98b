/**
 * What the worker does for one file: read it with the shared importer and check its reports.
 * Also called on the page directly where Workers are not available (tests, old browsers). Never
 * throws: whatever goes wrong is said on the file, so the page's import never waits for an answer
 * that does not come.
 */
import { checkReports, type Finding } from '@/checks'
import { importFile, importText } from '@/import'
import type { FileImport } from '@/import/types'
import type { ImportJob } from './protocol'

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** The file, with nothing read from it and why. */
export function failedImport(name: string, error: string): FileImport {
  return { file: name, format: 'unknown', reports: [], notes: [], error }
}

export async function runImportJob(
  job: ImportJob,
): Promise<{ result: FileImport; findings: Finding[] }> {
  let result: FileImport
  try {
    if (job.text !== undefined) result = importText(job.name, job.text, job.options)
    else if (job.file)
      result = await importFile(job.name, new Uint8Array(await job.file.arrayBuffer()), job.options)
    else result = failedImport(job.name, '没有内容')
  } catch (e) {
    // importFile promises not to throw; this guards the worker against a bug all the same.
    return { result: failedImport(job.name, `读取时出错：${messageOf(e)}`), findings: [] }
  }
  try {
    return { result, findings: checkReports(result.reports.map((r) => r.report)) }
  } catch (e) {
    // Reports the checks cannot take are not offered for import: they would break them again
    // once held, for every report.
    const error = `读出 ${result.reports.length} 份报告，但检查时出错：${messageOf(e)}`
    return { result: { ...result, reports: [], error }, findings: [] }
  }
}
