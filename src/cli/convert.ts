/**
 * `npm run convert -- FILE…`: every report in the files as one JSON array of canonical reports
 * (or `--format csv`: tidy CSV) on standard output; per-file problems on standard error.
 *
 * Written as it is read, one file at a time, waiting for the pipe to drain: a folder of 100,000
 * reports converts in flat memory, and the output is what `toCanonicalJson`/`toTidyCsv` of all
 * the reports would print.
 */
import { once } from 'node:events'
import { canonicalJsonItem, tidyCsvHeader, tidyCsvLines } from '@/export/reports'
import { eachImport, parseArgs } from './files'

async function write(text: string): Promise<void> {
  if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain')
}

const { files, format, verbose } = parseArgs(process.argv.slice(2))
if (files.length === 0) {
  process.stderr.write('用法：npm run convert -- [--format json|csv] 文件或文件夹…\n')
  process.exitCode = 2
} else if (format !== 'json' && format !== 'csv') {
  process.stderr.write(`未知的输出格式「${format}」：应为 json 或 csv\n`)
  process.exitCode = 2
} else {
  let seen = 0
  let allGaveReports = true
  let written = 0
  if (format === 'csv') await write(tidyCsvHeader())
  else await write('[')
  for await (const { result } of eachImport(files, { verbose })) {
    seen++
    if (result.reports.length === 0) allGaveReports = false
    for (const { report } of result.reports) {
      if (format === 'csv') await write(tidyCsvLines(report))
      else await write((written > 0 ? ',\n' : '\n') + canonicalJsonItem(report))
      written++
    }
  }
  if (format === 'json') await write(written > 0 ? '\n]\n' : ']\n')
  // exitCode, not exit(): a large output to a pipe must be written whole first.
  process.exitCode = seen > 0 && allGaveReports ? 0 : 1
}
