/** Reading the files named on the command line (folders are walked) through the shared importer. */
import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { importFile, type FileImport } from '@/import'

async function expand(path: string): Promise<string[]> {
  const s = await stat(path)
  if (!s.isDirectory()) return [path]
  const entries = (await readdir(path)).sort()
  const nested = await Promise.all(
    entries.filter((e) => !e.startsWith('.')).map((e) => expand(join(path, e))),
  )
  return nested.flat()
}

export interface CliImport {
  path: string
  result: FileImport
}

/** Imports every file; problems go to standard error as `FILE: message`. */
export async function importPaths(
  paths: string[],
  opts: { verbose: boolean },
): Promise<CliImport[]> {
  const out: CliImport[] = []
  for (const arg of paths) {
    let files: string[]
    try {
      files = await expand(arg)
    } catch {
      process.stderr.write(`${arg}: 文件不存在或无法读取\n`)
      out.push({
        path: arg,
        result: {
          file: arg,
          format: 'unknown',
          reports: [],
          notes: [],
          error: '文件不存在或无法读取',
        },
      })
      continue
    }
    for (const path of files) {
      const data = new Uint8Array(await readFile(path))
      const result = withoutUnidentified(await importFile(path, data))
      if (result.error) process.stderr.write(`${path}: ${result.error.replace(/\n/g, '；')}\n`)
      const notes = [...result.notes, ...result.reports.flatMap((r) => r.notes)]
      for (const n of notes) {
        if (n.level === 'warning' || opts.verbose)
          process.stderr.write(
            `${path}: ${n.level === 'warning' ? '警告' : '说明'}：${n.message}\n`,
          )
      }
      out.push({ path, result })
    }
  }
  return out
}

/**
 * A report whose agency or year could not be read waits for a person in the import preview; the
 * command line has no one to ask, so it prints no report for it and says why as the file's error.
 */
function withoutUnidentified(result: FileImport): FileImport {
  const unidentified = result.reports.filter((r) => r.needs && r.needs.length > 0)
  if (unidentified.length === 0) return result
  const why = unidentified
    .flatMap((r) => r.notes.filter((n) => n.code === 'needs-input').map((n) => n.message))
    .join('；')
  return {
    ...result,
    reports: result.reports.filter((r) => !r.needs || r.needs.length === 0),
    // Its other notes (tables refused and the like) are not the person's concern any more.
    error: [result.error, why || '无法确定报告机构或年度'].filter(Boolean).join('；'),
  }
}

export function parseArgs(argv: string[]): { files: string[]; format: string; verbose: boolean } {
  const files: string[] = []
  let format = 'json'
  let verbose = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--format') format = argv[++i] ?? 'json'
    else if (a.startsWith('--format=')) format = a.slice('--format='.length)
    else if (a === '--verbose' || a === '-v') verbose = true
    else files.push(a)
  }
  return { files, format, verbose }
}

/** 0 when every file gave at least one report, 1 otherwise (the contract). */
export function exitStatus(imports: CliImport[]): number {
  return imports.length > 0 && imports.every((i) => i.result.reports.length > 0) ? 0 : 1
}
