/** Reading the files named on the command line (folders are walked) through the shared importer. */
import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { importFile, type FileImport } from '@/import'

/** Every file under `path`, in name order, one at a time: a province's folder is never listed whole. */
async function* walk(path: string): AsyncGenerator<string> {
  const s = await stat(path)
  if (!s.isDirectory()) {
    yield path
    return
  }
  const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort()
  for (const e of entries) yield* walk(join(path, e))
}

export interface CliImport {
  path: string
  result: FileImport
}

function unreadable(path: string): CliImport {
  return {
    path,
    result: {
      file: path,
      format: 'unknown',
      reports: [],
      notes: [],
      error: '文件不存在或无法读取',
    },
  }
}

/**
 * Imports the files one at a time, each handed to the caller before the next is read, so memory
 * stays flat over thousands of files. Problems go to standard error as `FILE: message`.
 */
export async function* eachImport(
  paths: readonly string[],
  opts: { verbose: boolean },
): AsyncGenerator<CliImport> {
  for (const arg of paths) {
    const files = walk(arg)
    for (;;) {
      let next: IteratorResult<string>
      try {
        next = await files.next()
      } catch {
        process.stderr.write(`${arg}: 文件不存在或无法读取\n`)
        yield unreadable(arg)
        break
      }
      if (next.done) break
      const path = next.value
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
      yield { path, result }
    }
  }
}

/** Every file's import, kept: for commands that need all reports at once (the cross-report checks). */
export async function importPaths(
  paths: readonly string[],
  opts: { verbose: boolean },
): Promise<CliImport[]> {
  const out: CliImport[] = []
  for await (const i of eachImport(paths, opts)) out.push(i)
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
export function exitStatus(imports: readonly Pick<CliImport, 'result'>[]): number {
  return imports.length > 0 && imports.every((i) => i.result.reports.length > 0) ? 0 : 1
}
