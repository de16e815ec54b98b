/**
 * `npm run generate -- --reports N --format text|html|csv|json [--layout tsv|layout|glued|markdown] [--out DIR]`:
 * deterministic realistic reports for benchmarks and demos. json and csv go to standard output (or
 * one file in DIR); text and html write one file per report into DIR.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateCorpus } from '@/generate/corpus'
import { render, renderHtml, type RenderLayout } from '@/generate/render'
import { toCanonicalJson, toTidyCsv } from '@/export/reports'

function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2)
  const i = argv.indexOf(`--${name}`)
  const eq = argv.find((a) => a.startsWith(`--${name}=`))
  return eq ? eq.slice(name.length + 3) : i >= 0 ? (argv[i + 1] ?? fallback) : fallback
}

const count = Number(arg('reports', '1000'))
const format = arg('format', 'json')
const layout = arg('layout', 'tsv') as RenderLayout
const out = arg('out', '')
const seed = Number(arg('seed', '1'))

if (!Number.isInteger(count) || count < 1 || !['text', 'html', 'csv', 'json'].includes(format)) {
  process.stderr.write(
    '用法：npm run generate -- --reports N --format text|html|csv|json [--layout tsv|layout|glued|markdown] [--out 目录] [--seed N]\n',
  )
  process.exitCode = 2
} else {
  const reports = generateCorpus(count, seed)
  if (format === 'json' || format === 'csv') {
    const body = format === 'json' ? toCanonicalJson(reports) + '\n' : toTidyCsv(reports)
    if (out) {
      await mkdir(out, { recursive: true })
      await writeFile(join(out, `reports.${format}`), body)
    } else process.stdout.write(body)
  } else {
    const dir = out || 'generated'
    await mkdir(dir, { recursive: true })
    let i = 0
    for (const r of reports) {
      const name = `${String(++i).padStart(5, '0')}-${r.agency}-${r.year}.${format === 'html' ? 'html' : 'txt'}`
      await writeFile(join(dir, name), format === 'html' ? renderHtml(r) : render(r, layout))
    }
    process.stderr.write(`已生成 ${reports.length} 份报告：${dir}\n`)
  }
}
