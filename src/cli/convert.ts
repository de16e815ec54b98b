/**
 * `npm run convert -- FILE…`: every report in the files as one JSON array of canonical reports
 * (or `--format csv`: tidy CSV) on standard output; per-file problems on standard error.
 */
import { toCanonicalJson, toTidyCsv } from '@/export/reports'
import { exitStatus, importPaths, parseArgs } from './files'

const { files, format, verbose } = parseArgs(process.argv.slice(2))
if (files.length === 0) {
  process.stderr.write('用法：npm run convert -- [--format json|csv] 文件或文件夹…\n')
  process.exitCode = 2
} else if (format !== 'json' && format !== 'csv') {
  process.stderr.write(`未知的输出格式「${format}」：应为 json 或 csv\n`)
  process.exitCode = 2
} else {
  const imports = await importPaths(files, { verbose })
  const reports = imports.flatMap((i) => i.result.reports.map((r) => r.report))
  process.stdout.write(format === 'csv' ? toTidyCsv(reports) : toCanonicalJson(reports) + '\n')
  // exitCode, not exit(): a large output to a pipe must be written whole first.
  process.exitCode = exitStatus(imports)
}
