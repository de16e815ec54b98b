import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { comparable, expected, samplesDir } from './helpers'
import type { Report } from '@/domain/report'
import { importFile } from '@/import'
import { toCanonicalJson, toTidyCsv } from '@/export/reports'

const root = fileURLToPath(new URL('../../', import.meta.url))
const tsx = join(root, 'node_modules/.bin/tsx')

function run(
  script: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      [join(root, 'src/cli', script), ...args],
      { cwd: root, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
      },
    )
  })
}

describe('npm run convert', () => {
  it('prints the reports of the good file and `FILE: message` for the bad one, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-'))
    const bad = join(dir, 'empty.txt')
    writeFileSync(bad, '')
    const good = join(samplesDir, 'hongze-2024.txt')
    const r = await run('convert.ts', [good, bad])
    expect(r.code).toBe(1)
    const reports = JSON.parse(r.stdout) as Report[]
    expect(reports.map(comparable)).toEqual([comparable(expected('hongze-2024'))])
    expect(r.stderr).toBe(`${bad}: 文件是空的（0 字节）\n`)
  })

  it('exits 0 when every file gives a report, and prints tidy CSV with --format csv', async () => {
    const r = await run('convert.ts', ['--format', 'csv', join(samplesDir, 'hualong-gxj-2020.txt')])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines[0]).toBe('agency,region,year,edition,table,row,column,value')
    expect(lines[1]).toBe('华龙区工业和信息化局,华龙区,2020,2019,requests,newReceived,natural,0')
  })
})

describe('npm run convert over a folder, written as it reads', () => {
  it('prints exactly what the whole-array exports print, in JSON and in tidy CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-folder-'))
    const names = ['hongze-2023.txt', 'hongze-2024.txt', 'pingtan-police-2022.txt']
    for (const n of names) writeFileSync(join(dir, n), readFileSync(join(samplesDir, n)))
    const reports: Report[] = []
    for (const n of names) {
      const r = await importFile(n, new Uint8Array(readFileSync(join(dir, n))))
      reports.push(
        ...r.reports.map((x) => ({
          ...x.report,
          source: { ...x.report.source!, name: join(dir, n) },
        })),
      )
    }
    const json = await run('convert.ts', [dir])
    expect(json.code).toBe(0)
    expect(json.stdout).toBe(toCanonicalJson(reports) + '\n')
    const csv = await run('convert.ts', ['--format', 'csv', dir])
    expect(csv.stdout).toBe(toTidyCsv(reports))
  })

  it('prints an empty array when no file gives a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-empty-'))
    writeFileSync(join(dir, 'empty.txt'), '')
    const r = await run('convert.ts', [dir])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toEqual([])
  })
})

describe('npm run check', () => {
  it('prints the findings as JSON across all files given', async () => {
    const r = await run('check.ts', [
      join(samplesDir, 'hongze-2023.txt'),
      join(samplesDir, 'hongze-2024.txt'),
    ])
    expect(r.code).toBe(0)
    const findings = JSON.parse(r.stdout) as { rule: string; cells: string[]; message: string }[]
    // The published T4-SUM breaks of 2023; 2024's narrative says 17 requests where table 3 has 95,
    // which is also a 4.4-fold jump from 2023's 21.
    expect(findings.map((f) => f.rule)).toEqual([
      'T4-SUM',
      'T4-SUM',
      'RATE-RISK',
      'NARRATIVE',
      'YOY-JUMP',
    ])
    for (const f of findings)
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['rule', 'severity', 'agency', 'year', 'cells', 'message']),
      )
  })
})
