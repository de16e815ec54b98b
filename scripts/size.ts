/**
 * `npm run size`: builds the app (vite build, with a manifest) and prints every emitted JS and CSS
 * file with its raw and gzip size, then what the first view loads: the entry chunk, everything it
 * imports statically, and the overview route's chunk with its static imports (the route the app
 * opens on). The budget: the first view's JavaScript ≤ 300 KB gzip; over it, the command fails
 * (exit 1), so CI (.ci/run) fails too.
 *
 *   npm run size               build, then report
 *   npm run size -- --no-build report on the dist/ already built
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Manifest } from 'vite'

const OUT = 'dist'
const FIRST_VIEW_ROUTE = 'src/views/OverviewView.vue'
const GOAL_KB = 300

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, d.name)
    if (d.isDirectory()) out.push(...(await filesUnder(p)))
    else out.push(p)
  }
  return out
}

interface Sized {
  file: string
  raw: number
  gzip: number
}

async function sizeOf(path: string): Promise<Sized> {
  const bytes = await readFile(path)
  return {
    file: relative(OUT, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  }
}

const kb = (n: number): string => (n / 1024).toFixed(1)

/** The chunk and every chunk it imports statically (not its dynamic imports). */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen)
  return seen
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    await build({ logLevel: 'warn', build: { manifest: true, outDir: OUT, emptyOutDir: true } })
  }
  const manifest = JSON.parse(
    await readFile(join(OUT, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest

  const emitted = (await filesUnder(OUT)).filter((f) => /\.(m?js|css)$/.test(f))
  const sized = await Promise.all(emitted.map(sizeOf))
  sized.sort((a, b) => a.gzip - b.gzip)
  const byFile = new Map(sized.map((s) => [s.file, s]))

  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry)
  if (!entryKey) throw new Error('no entry chunk in the manifest')
  if (!manifest[FIRST_VIEW_ROUTE]) throw new Error(`${FIRST_VIEW_ROUTE} is not a chunk`)
  const keys = new Set([
    ...staticClosure(manifest, entryKey),
    ...staticClosure(manifest, FIRST_VIEW_ROUTE),
  ])
  const firstJs = new Set<string>()
  const firstCss = new Set<string>()
  for (const k of keys) {
    const chunk = manifest[k]
    if (!chunk) continue
    firstJs.add(chunk.file)
    for (const c of chunk.css ?? []) firstCss.add(c)
  }

  const rows = sized.map((s) => {
    const first = firstJs.has(s.file) || firstCss.has(s.file) ? '*' : ''
    return `${first.padEnd(2)}${s.file.padEnd(72)} ${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(9)}`
  })
  console.log(`${'  file'.padEnd(74)} ${'raw KB'.padStart(9)} ${'gzip KB'.padStart(9)}`)
  console.log(rows.join('\n'))

  const total = (set: Set<string>) =>
    [...set].reduce(
      (acc, f) => {
        const s = byFile.get(f)
        return s ? { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip } : acc
      },
      { raw: 0, gzip: 0 },
    )
  const js = total(firstJs)
  const css = total(firstCss)
  const withinBudget = js.gzip <= GOAL_KB * 1024
  const allJs = sized.filter((s) => /\.m?js$/.test(s.file)).reduce((n, s) => n + s.gzip, 0)
  console.log('\n* = loaded by the first view (entry + static imports + overview route chunks)')
  console.log(
    `first view JS : ${firstJs.size} files, ${kb(js.raw)} KB raw, ${kb(js.gzip)} KB gzip ` +
      `(budget ≤ ${GOAL_KB} KB gzip: ${withinBudget ? 'met' : 'OVER'})`,
  )
  console.log(
    `first view CSS: ${firstCss.size} files, ${kb(css.raw)} KB raw, ${kb(css.gzip)} KB gzip`,
  )
  console.log(`all JS emitted: ${kb(allJs)} KB gzip (workers, pdf.js, ExcelJS included)`)
  const entryFile = manifest[entryKey]?.file ?? ''
  const entrySize = byFile.get(entryFile)
  if (entrySize) console.log(`entry chunk   : ${entryFile} ${kb(entrySize.gzip)} KB gzip`)
  if (!withinBudget) {
    console.error(`the first view's JavaScript is over its budget of ${GOAL_KB} KB gzip`)
    process.exitCode = 1
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
