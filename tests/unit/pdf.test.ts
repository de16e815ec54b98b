import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { pdfToLines, pdfToText } from '@/import/pdf'

const samples = fileURLToPath(new URL('../fixtures/samples/', import.meta.url))

type Cells = Record<string, number>
interface SampleJson {
  agency: string
  year: number
  requests: Record<string, Cells>
  appeals: Record<'review' | 'suitDirect' | 'suitAfterReview', Cells>
}

const APPLICANTS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total']
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total']

/**
 * A piece of each table-3 row label that fits on one printed line in all three PDFs. `near`: the
 * label wraps and its numbers sit on one of the next two lines, between or after its parts.
 */
const ROWS: Record<string, { label: string; near?: true }> = {
  newReceived: { label: '本年新收政府信息公开申请数量' },
  carriedOver: { label: '上年结转政府信息公开申请数量' },
  granted: { label: '（一）予以公开' },
  partial: { label: '（二）部分公开', near: true },
  'denied.stateSecret': { label: '属于国家秘密' },
  'denied.lawForbidden': { label: '2.其他法律行政' },
  'denied.safetyStability': { label: '危及“三安全一稳定”' },
  'denied.thirdParty': { label: '保护第三方合法权益' },
  'denied.internalAffairs': { label: '属于三类内部事务信息' },
  'denied.processInfo': { label: '属于四类过程性信息' },
  'denied.enforcementFile': { label: '属于行政执法案卷' },
  'denied.inquiry': { label: '属于行政查询事项' },
  'unavailable.notHeld': { label: '本机关不掌握相关政府信息' },
  'unavailable.needsCreation': { label: '没有现成信息需要另行制作' },
  'unavailable.unclear': { label: '补正后申请内容仍不明确' },
  'rejected.complaint': { label: '信访举报投诉类申请' },
  'rejected.duplicate': { label: '重复申请' },
  'rejected.publication': { label: '要求提供公开出版物' },
  'rejected.excessive': { label: '无正当理由大量反复' },
  'rejected.confirmation': { label: '要求行政机关确认或重', near: true },
  other: { label: '（六）其他处理' },
  'other.noCorrection': { label: '申请人无正当理由逾期不补', near: true },
  'other.noFee': { label: '申请人逾期未按收费通知要', near: true },
  'other.misc': { label: '3、其他' },
  total: { label: '（七）总计' },
  carriedForward: { label: '结转下年度继续办理' },
}

/** The numbers that end a line, in order: the cells of a table row. */
function trailingNumbers(line: string): number[] {
  const tokens = line.trim().split(/\s+/)
  let i = tokens.length
  while (i > 0 && /^\d+(\.\d+)?$/.test(tokens[i - 1] ?? '')) i--
  return tokens.slice(i).map(Number)
}

function values(cells: Cells | undefined, keys: string[]): number[] {
  return keys.map((k) => cells?.[k] ?? NaN)
}

interface Converted {
  json: SampleJson
  /** pdftotext's output of the same PDF, pages separated by `\f`. */
  reference: string
  text: string
  lines: string[]
  lineInfo: { page: number; lineOnPage: number }[]
  ms: number
}

const NAMES = ['hongze-2023', 'hongze-2024', 'huaian-2024'] as const
const converted = new Map<string, Converted>()

beforeAll(async () => {
  for (const name of NAMES) {
    const data = new Uint8Array(readFileSync(`${samples}${name}.pdf`))
    const started = performance.now()
    const { text, lineInfo } = await pdfToText(data)
    converted.set(name, {
      json: JSON.parse(readFileSync(`${samples}${name}.json`, 'utf8')) as SampleJson,
      reference: readFileSync(`${samples}${name}.txt`, 'utf8'),
      text,
      lines: text.split('\n'),
      lineInfo,
      ms: performance.now() - started,
    })
  }
})

function sample(name: string): Converted {
  const c = converted.get(name)
  if (!c) throw new Error(`${name} was not converted`)
  return c
}

describe.each(NAMES)('pdfToText(%s)', (name) => {
  it('puts the agency and the report title on the first lines', () => {
    const { json, lines } = sample(name)
    const [agency, title] = lines.map((l) => l.trim()).filter(Boolean)
    expect(agency && agency.length >= 4 && json.agency.endsWith(agency)).toBe(true)
    expect(title).toBe(`${json.year} 年政府信息公开工作年度报告`)
  })

  it('gives every table-3 row its seven numbers, in reading order', () => {
    const { json, lines } = sample(name)
    const start = lines.findIndex((l) => l.includes('收到和处理政府信息公开申请情况'))
    expect(start).toBeGreaterThan(0)
    let previous = start
    for (const [key, cells] of Object.entries(json.requests)) {
      const row = ROWS[key]
      expect(row, `no label for ${key}`).toBeDefined()
      if (!row) continue
      const at = lines.findIndex((l, i) => i > previous && l.includes(row.label))
      expect(at, `${key}: ${row.label}`).toBeGreaterThan(previous)
      const expected = values(cells, APPLICANTS)
      const candidates = row.near ? [at, at + 1, at + 2] : [at]
      const found = candidates.find(
        (i) => JSON.stringify(trailingNumbers(lines[i] ?? '')) === JSON.stringify(expected),
      )
      expect(found, `${key}: ${lines.slice(at, at + 3).join(' | ')}`).toBeDefined()
      previous = at
    }
  })

  it('puts the 15 table-4 numbers on one line, after table 3', () => {
    const { json, lines } = sample(name)
    const expected = [
      ...values(json.appeals.review, OUTCOMES),
      ...values(json.appeals.suitDirect, OUTCOMES),
      ...values(json.appeals.suitAfterReview, OUTCOMES),
    ]
    const table3End = lines.findIndex((l) => l.includes('结转下年度继续办理'))
    const at = lines.findIndex((l) => /^[\d\s]+$/.test(l) && trailingNumbers(l).length === 15)
    expect(at).toBeGreaterThan(table3End)
    expect(trailingNumbers(lines[at] ?? '')).toEqual(expected)
  })

  it('separates pages with a form feed line and locates every line', () => {
    const { text, lines, lineInfo, reference } = sample(name)
    const pages = reference.replace(/\f$/, '').split('\f').length
    expect(lines.filter((l) => l === '\f')).toHaveLength(pages - 1)
    expect(text).not.toMatch(/\f[^\n]|[^\n]\f/)
    expect(lineInfo).toHaveLength(lines.length)
    let page = 1
    let onPage = 0
    lines.forEach((line, i) => {
      if (line === '\f') {
        page++
        onPage = 0
        expect(lineInfo[i]).toEqual({ page, lineOnPage: 0 })
      } else {
        onPage++
        expect(lineInfo[i]).toEqual({ page, lineOnPage: onPage })
      }
    })
    expect(page).toBe(pages)
  })

  it('places table 3 on the page pdftotext does', () => {
    const { lines, lineInfo, reference } = sample(name)
    const label = '本年新收政府信息公开申请数量'
    const referencePage = reference.slice(0, reference.indexOf(label)).split('\f').length
    const at = lines.findIndex((l) => l.includes(label))
    expect(lineInfo[at]?.page).toBe(referencePage)
  })

  it('loses and invents no character: the same characters as pdftotext, spaces aside', () => {
    const { text, reference } = sample(name)
    const chars = (s: string) => [...s.replace(/\s+/g, '')].sort().join('')
    expect(chars(text)).toBe(chars(reference))
  })

  it('breaks lines where pdftotext -layout does', () => {
    const { text, reference } = sample(name)
    const squash = (s: string) =>
      s
        .split(/[\n\f]/)
        .map((l) => l.replace(/\s+/g, ''))
        .filter((l) => l.length > 6 && !/^\d+$/.test(l))
    const ours = new Set(squash(text))
    const missing = squash(reference).filter((l) => !ours.has(l))
    // hongze-2023's reference is `pdftotext -raw`, which also breaks lines where the font
    // changes; in hongze-2024 pdftotext joins the vertical label into one line and orders a
    // table-4 header differently.
    const allowed: Record<string, number> = { 'hongze-2023': 8, 'hongze-2024': 3 }
    expect(missing.length).toBeLessThanOrEqual(allowed[name] ?? 0)
  })

  it('converts in reasonable time', () => {
    expect(sample(name).ms).toBeLessThan(20_000)
  })
})

describe('pdfToText on details', () => {
  it('recovers the vertical label 三、本年度办理结果 whole, inside table 3 (hongze)', () => {
    for (const name of ['hongze-2023', 'hongze-2024']) {
      const { lines } = sample(name)
      const from = lines.findIndex((l) => l.includes('（一）予以公开'))
      const to = lines.findIndex((l) => l.includes('（七）总计'))
      const at = lines.findIndex((l) => l === '三、本年度办理结果')
      expect(at, name).toBeGreaterThan(from)
      expect(at, name).toBeLessThan(to)
    }
  })

  it('joins letter-spaced CJK and keeps cells apart (huaian table-3 header)', () => {
    const { text, lines } = sample('huaian-2024')
    expect(text).toContain('淮安市人民政府')
    const header = lines.find((l) => l.includes('科研机')) ?? ''
    expect(header.trim().split(/\s+/)).toEqual(['商业企', '科研机', '社会公益', '法律服务'])
  })

  it('keeps narrowly spaced CJK header cells apart (hongze-2024 table 4)', () => {
    const { lines } = sample('hongze-2024')
    const header = lines.find((l) => l.includes('维持') && l.includes('尚未')) ?? ''
    expect(header.trim().split(/\s+/)).toEqual(
      '维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未'.split(' '),
    )
  })

  it('pdfToLines gives the same lines with their pages, without the form feeds', async () => {
    const data = new Uint8Array(readFileSync(`${samples}huaian-2024.pdf`))
    const copy = data.slice()
    const lines = await pdfToLines(data)
    const { lines: textLines, lineInfo } = sample('huaian-2024')
    expect(lines.map((l) => l.text)).toEqual(textLines.filter((l) => l !== '\f'))
    expect(lines.map((l) => l.page)).toEqual(
      lineInfo.filter((info) => info.lineOnPage > 0).map((info) => info.page),
    )
    // The caller's bytes are neither detached nor changed.
    expect(data.byteLength).toBe(copy.byteLength)
    expect(data.every((byte, i) => byte === copy[i])).toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------
// Hand-made PDFs for cases the samples do not cover.

function makePdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

function stream(content: string): string {
  return `<< /Length ${content.length} >>\nstream\n${content}\nendstream`
}

function onePage(content: string, fonts: string, extra: string[]): Uint8Array {
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << ${fonts} >> >> /Contents 4 0 R >>`,
    stream(content),
    ...extra,
  ])
}

describe('pdfToText on hand-made PDFs', () => {
  it('reads a CJK font that needs a predefined CMap (UniGB-UCS2-H), cells apart', async () => {
    // 淮安 (U+6DEE U+5B89), then two table cells 3119 and 351 set 60 pt apart.
    const content = [
      'BT /F1 12 Tf 20 150 Td <6DEE5B89> Tj ET',
      'BT /F1 12 Tf 20 120 Td <0033003100310039> Tj 60 0 Td <003300350031> Tj ET',
    ].join('\n')
    const pdf = onePage(content, '/F1 5 0 R', [
      '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    ])
    const { text } = await pdfToText(pdf)
    const [title, row] = text.split('\n')
    expect(title?.trim()).toBe('淮安')
    expect(row?.trim().split(/\s+/)).toEqual(['3119', '351'])
  })

  it('folds Kangxi radicals and compatibility ideographs only', async () => {
    // A simple font whose ToUnicode maps A to ⽂ (U+2F42), B to 豈 (U+F900), C to Ａ (U+FF21).
    const cmap = [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '/CMapName /Test def /CMapType 2 def',
      '1 begincodespacerange <00> <FF> endcodespacerange',
      '3 beginbfchar <41> <2F42> <42> <F900> <43> <FF21> endbfchar',
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n')
    const pdf = onePage('BT /F1 12 Tf 20 150 Td (ABC) Tj ET', '/F1 5 0 R', [
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>',
      stream(cmap),
    ])
    const { text } = await pdfToText(pdf)
    expect(text.trim()).toBe('文\u8C48Ａ')
  })
})
