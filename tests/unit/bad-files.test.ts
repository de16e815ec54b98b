/**
 * Issue 6, file side: every broken or hostile file of tests/fixtures/bad/ (plus a 60 MB text file
 * made here) through `importFile` and through `npm run convert`. The encodings that are not errors
 * give exactly their sample's values; each bad file gives a Chinese `FILE: message` naming what is
 * wrong; the batch exits 1; nothing reaches Object.prototype.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '@/domain/report'
import { importFile } from '@/import'
import {
  BAD,
  BIG,
  GOOD,
  KNOWN_CORE_GAPS,
  NEEDS,
  WARNED,
  badDir,
  badFiles,
  isClearChinese,
  writeBigFile,
} from './badFiles'
import { comparable } from './helpers'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bytes = (file: string) => new Uint8Array(readFileSync(join(badDir, file)))

describe('tests/fixtures/bad', () => {
  it('holds every kind of file of damaged file, and each is either good or bad', () => {
    const listed = new Set([
      ...Object.keys(GOOD),
      ...Object.keys(BAD),
      ...Object.keys(WARNED),
      ...Object.keys(NEEDS),
    ])
    expect(badFiles().filter((f) => !listed.has(f))).toEqual([])
    expect([...listed].filter((f) => f !== BIG && !badFiles().includes(f))).toEqual([])
  })
})

describe('importFile on each file', () => {
  it.each(Object.keys(GOOD))('%s reads exactly', async (file) => {
    const r = await importFile(file, bytes(file))
    expect(r.error).toBeUndefined()
    expect(r.reports.map((x) => comparable(x.report))).toEqual([GOOD[file]?.()])
  })

  it.each(Object.keys(WARNED))('%s reads what is there and warns of what is not', async (file) => {
    const r = await importFile(file, bytes(file))
    expect(r.error).toBeUndefined()
    expect(r.reports.map((x) => comparable(x.report))).toEqual([WARNED[file]?.values()])
    const notes = r.reports.flatMap((x) => x.notes).map((n) => n.message)
    expect(notes).toContainEqual(expect.stringMatching(WARNED[file]?.warning as RegExp))
  })

  it.each(Object.keys(NEEDS))('%s reads its tables and asks for what it lacks', async (file) => {
    const r = await importFile(file, bytes(file))
    expect(r.error).toBeUndefined()
    expect(r.reports.map((x) => comparable(x.report))).toEqual([NEEDS[file]?.values()])
    expect(r.reports[0]?.needs).toEqual(NEEDS[file]?.needs)
  })

  const bad = Object.keys(BAD).filter((f) => f !== BIG)
  for (const file of bad) {
    const test = KNOWN_CORE_GAPS.has(file) ? it.fails : it
    test(`${file} is refused with a clear Chinese reason`, async () => {
      const r = await importFile(file, bytes(file))
      expect(r.reports).toEqual([])
      expect(r.error).toMatch(BAD[file] as RegExp)
      expect(isClearChinese(r.error ?? '')).toBe(true)
    })
  }

  it('never lets __proto__ reach a prototype', async () => {
    const r = await importFile('proto-hongze-2024.json', bytes('proto-hongze-2024.json'))
    const report = r.reports[0]?.report
    expect(report && Object.getPrototypeOf(report)).toBe(Object.prototype)
    expect(report && Object.getPrototypeOf(report.requests)).toBe(Object.prototype)
    const probe = {} as Record<string, unknown>
    expect(probe.polluted).toBeUndefined()
    expect(probe.isAdmin).toBeUndefined()
  })
})

function convert(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'src/cli/convert.ts'), ...args],
      { cwd: root, maxBuffer: 64 << 20 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    )
  })
}

describe('npm run convert on the whole folder and a 60 MB file', () => {
  let dir = ''
  let big = ''
  let run: { code: number; stdout: string; stderr: string }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bad-files-'))
    big = writeBigFile(dir)
    run = await convert([badDir, big])
  }, 120_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('exits 1', () => {
    expect(run.code).toBe(1)
  })

  it('prints exactly the good reports, and the partial one', () => {
    const printed = (JSON.parse(run.stdout) as Report[]).map(comparable)
    const wanted = [
      ...Object.values(GOOD).map((f) => f()),
      ...Object.values(WARNED).map((w) => w.values()),
    ]
    for (const want of wanted) expect(printed).toContainEqual(want)
    expect(printed).toHaveLength(wanted.length)
  })

  it('warns of what a partial report lacks', () => {
    for (const [file, { warning }] of Object.entries(WARNED)) {
      const path = join(badDir, file)
      const line = run.stderr.split('\n').find((l) => l.startsWith(`${path}: 警告：`))
      expect(line, run.stderr).toMatch(warning)
    }
  })

  /** The stderr line of each file: `PATH: message`, one line. */
  function lineOf(path: string): string | undefined {
    return run.stderr
      .split('\n')
      .find((l) => l.startsWith(`${path}: `) && !l.startsWith(`${path}: 警告`))
  }

  for (const [file, { error }] of Object.entries(NEEDS)) {
    it(`${file}: no report printed, FILE: why on standard error`, () => {
      const path = join(badDir, file)
      const printed = JSON.parse(run.stdout) as Report[]
      expect(printed.map((r) => r.source?.name)).not.toContain(path)
      expect((lineOf(path) ?? '').slice(path.length + 2)).toMatch(error)
    })
  }

  for (const file of Object.keys(BAD)) {
    const test = KNOWN_CORE_GAPS.has(file) ? it.fails : it
    test(`${file}: FILE: message in Chinese`, () => {
      const path = file === BIG ? big : join(badDir, file)
      const line = lineOf(path)
      expect(line, run.stderr).toBeDefined()
      const message = (line ?? '').slice(path.length + 2)
      expect(message).toMatch(BAD[file] as RegExp)
      expect(isClearChinese(message)).toBe(true)
    })
  }

  it('gives no error line for a good file', () => {
    for (const file of Object.keys(GOOD)) expect(lineOf(join(badDir, file)), file).toBeUndefined()
  })
})
