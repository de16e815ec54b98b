/**
 * Writes tests/fixtures/bad/: the broken and hostile files of issue 6, made from the real samples
 * so that the ones that must read exactly have known values (the samples' .json). Run it again
 * after a sample changes: `npx tsx scripts/make-bad-fixtures.ts`. The 60 MB file is not committed;
 * the tests make it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const samples = fileURLToPath(new URL('../tests/fixtures/samples/', import.meta.url))
const out = fileURLToPath(new URL('../tests/fixtures/bad/', import.meta.url))
const text = (file: string): string => readFileSync(samples + file, 'utf8')

/** Node decodes GBK/GB18030 but cannot encode them: invert the decoder once. */
function gb18030Encoder(): (s: string) => Uint8Array {
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder('gb18030')
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([a, b]))
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b])
    }
  // Four-byte sequences of the BMP start at 81 30 81 30; the first rows cover CJK Extension A.
  for (let a = 0x81; a <= 0x84; a++)
    for (let b = 0x30; b <= 0x39; b++)
      for (let c = 0x81; c <= 0xfe; c++)
        for (let d = 0x30; d <= 0x39; d++) {
          const ch = decoder.decode(new Uint8Array([a, b, c, d]))
          if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b, c, d])
        }
  return (s) => {
    const bytes: number[] = []
    for (const ch of s) {
      const code = ch.codePointAt(0) ?? 0
      if (code < 0x80) bytes.push(code)
      else {
        const seq = table.get(ch)
        if (!seq) throw new Error(`cannot encode ${ch}`)
        bytes.push(...seq)
      }
    }
    return new Uint8Array(bytes)
  }
}

function utf16leWithBom(s: string): Uint8Array {
  const bytes = new Uint8Array(2 + s.length * 2)
  bytes[0] = 0xff
  bytes[1] = 0xfe
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    bytes[2 + i * 2] = c & 0xff
    bytes[3 + i * 2] = c >> 8
  }
  return bytes
}

type Json = Record<string, unknown>
const json = (file: string): Json => JSON.parse(text(file)) as Json
const pretty = (v: unknown): string => JSON.stringify(v, null, 2) + '\n'

/** Tidy CSV (the export's columns) of one sample report, with one edit. */
function tidyCsv(file: string, edit: (rows: string[][]) => void): string {
  const r = json(file)
  const rows: string[][] = [
    ['agency', 'region', 'year', 'edition', 'table', 'row', 'column', 'value'],
  ]
  for (const table of ['requests', 'appeals', 'active'] as const) {
    const t = r[table] as Record<string, Record<string, number>>
    for (const [row, cols] of Object.entries(t))
      for (const [col, value] of Object.entries(cols))
        rows.push([
          String(r.agency),
          String(r.region),
          String(r.year),
          String(r.edition),
          table,
          row,
          col,
          String(value),
        ])
  }
  edit(rows)
  return rows.map((r) => r.join(',')).join('\n') + '\n'
}

mkdirSync(out, { recursive: true })
const write = (name: string, data: string | Uint8Array): void => writeFileSync(out + name, data)
const gb = gb18030Encoder()

// ---- Must read exactly ----
write('gbk-hongze-2024.txt', gb(text('hongze-2024.txt')))
// A character outside GBK (CJK Extension A, four bytes in GB18030) proves the wider decoder.
write(
  'gb18030-huaian-2024.txt',
  gb(text('huaian-2024.txt') + '\n注：本文件以 GB18030 编码保存（㐀䶵）。\n'),
)
write('utf16-bom-pingtan-police-2022.txt', utf16leWithBom(text('pingtan-police-2022.txt')))
write(
  'fullwidth-hualong-gxj-2020.txt',
  text('hualong-gxj-2020.txt').replace(/[0-9]/g, (d) =>
    String.fromCharCode(d.charCodeAt(0) + 0xfee0),
  ),
)
write('crlf-pingtan-2025.txt', text('pingtan-2025.txt').replace(/\n/g, '\r\n'))
// Hostile but a real report: scripts, handlers and markup in the agency name must stay text.
write(
  'hostile-pingtan-2025.html',
  text('pingtan-2025.html')
    .replace(
      /平潭综合实验区2025年度政府信息公开工作年度报告/g,
      '&lt;img src=x onerror=alert(1)&gt;局2025年度政府信息公开工作年度报告',
    )
    .replace('<head>', '<head><script>alert("head")</script><base href="https://example.invalid/">')
    .replace(
      /<body([^>]*)>/,
      '<body$1 onload="alert(\'body\')"><img src=x onerror="alert(\'img\')"><svg onload="alert(\'svg\')"></svg><iframe src="javascript:alert(\'frame\')"></iframe>',
    ),
)
// `__proto__` must never reach a prototype; the report itself is fine (its agency renamed so it
// does not collide with the others of the folder).
write(
  'proto-hongze-2024.json',
  text('hongze-2024.json')
    .replace('"淮安市洪泽区人民政府"', '"原型污染测试局"')
    .replace('"requests": {', '"requests": { "__proto__": { "natural": 1, "polluted": true },')
    .replace('{', '{ "__proto__": { "isAdmin": true },'),
)

// Markup in every free-text field: it must show as text in tables, charts, title and exports.
{
  const r = json('hongze-2023.json')
  r.agency = '<img src=x onerror=alert(1)>局'
  r.region = '<script>alert(2)</script>区'
  r.text = {
    overview: '<b onmouseover=alert(3)>总体情况</b><iframe srcdoc="<script>alert(4)</script>">',
    problems: '=HYPERLINK("http://example.invalid","点击")',
  }
  write('markup-agency-hongze-2023.json', pretty(r))
}

// ---- Must be refused with a clear reason ----
write('empty.txt', '')
write(
  'image-renamed.txt',
  // A 1×1 PNG.
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
)
{
  const lines = text('hongze-2024.txt').split('\n')
  const at = lines.findIndex((l) => l.includes('（三）不予公开'))
  write('cut-in-table3-hongze-2024.txt', lines.slice(0, at > 0 ? at + 2 : 110).join('\n'))
}
{
  const lines = text('hongze-2024.txt').split('\n')
  const tables = lines.findIndex((l) => l.includes('二、主动公开政府信息情况'))
  const end = lines.findIndex((l) => l.includes('五、存在的主要问题及改进情况'))
  write(
    'narrative-only-hongze-2024.txt',
    [...lines.slice(0, tables), ...lines.slice(end)].join('\n'),
  )
}
{
  const r = json('hongze-2024.json')
  ;(r.requests as Record<string, Record<string, unknown>>).newReceived!.natural = '95'
  write('wrong-types.json', pretty(r))
}
{
  const r = json('huaian-2024.json')
  delete r.year
  write('missing-fields.json', pretty(r))
}
{
  const r = json('huaian-2024.json')
  delete r.requests
  write('missing-requests.json', pretty(r))
}
{
  const r = json('huaian-2024.json')
  // Renamed so that it does not collide with gb18030-huaian-2024.txt in one batch.
  r.agency = '缺表测试局'
  delete r.appeals
  write('missing-appeals.json', pretty(r))
}
{
  const t = text('pingtan-2025.json')
  write('truncated.json', t.slice(0, Math.floor(t.length * 0.6)))
}
write('deep.json', '['.repeat(5000) + ']'.repeat(5000))
write(
  'constructor.json',
  text('hualong-gxj-2020.json').replace(
    '"requests": {',
    '"requests": { "constructor": { "x": 1 },',
  ),
)
write(
  'unknown-headers.csv',
  tidyCsv('hongze-2023.json', (rows) => {
    rows[0] = ['机构', 'region', 'year', 'edition', 'table', 'row', 'column', 'amount']
  }),
)
write(
  'negative.csv',
  tidyCsv('hongze-2023.json', (rows) => {
    rows[1]![7] = '-3'
  }),
)
write(
  'fractional.csv',
  tidyCsv('hongze-2023.json', (rows) => {
    rows[2]![7] = '2.5'
  }),
)
write(
  'scripts-no-report.html',
  `<!doctype html><html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;</title>
<script>alert('inline')</script><script src="https://example.invalid/x.js"></script></head>
<body onload="alert('load')"><h1>通知</h1><img src=x onerror="alert('img')">
<p>这不是年度报告。<a href="javascript:alert('link')">点此</a></p></body></html>
`,
)
