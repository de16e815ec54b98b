/**
 * `npm run check -- FILE…`: imports like `convert`, then prints one JSON array of findings; the
 * cross-report rules run across all the files given.
 */
import { checkReports } from '@/checks'
import { exitStatus, importPaths, parseArgs } from './files'

const { files, verbose } = parseArgs(process.argv.slice(2))
if (files.length === 0) {
  process.stderr.write('用法：npm run check -- 文件或文件夹…\n')
  process.exitCode = 2
} else {
  const imports = await importPaths(files, { verbose })
  const reports = imports.flatMap((i) => i.result.reports.map((r) => r.report))
  const findings = checkReports(reports).map(
    ({ rule, severity, agency, year, cells, message, key }) => ({
      rule,
      severity,
      agency,
      year,
      cells,
      message,
      key,
    }),
  )
  process.stdout.write(JSON.stringify(findings, null, 2) + '\n')
  process.exitCode = exitStatus(imports)
}
