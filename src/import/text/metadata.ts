/**
 * Who reported and for which year, read from the title the way a person reads it:
 * `淮安市洪泽区人民政府 2024 年政府信息公开工作年度报告`. The reporting year is the one in the
 * title, never a publication date.
 */
import { isFooterLine } from './stream'

export interface TitleInfo {
  agency: string
  year: number
  title: string
}

/** `…2020年(度)政府信息公开工作年度报告`, also `…年报` and `…工作报告`. */
const TITLE =
  /([^\d:：\s]{2,60}?)((?:19|20)\d{2})\s*年\s*度?\s*(?:的)?\s*(?:政府)?\s*(?:信息公开|政务公开)[^\n]{0,12}?(?:年\s*度?\s*报\s*告|年\s*报|工\s*作\s*报\s*告)/

const LEADING_JUNK = /^(?:标题[:：]|关于|[\s\p{P}\d]+)+/u
const TRAILING_JUNK = /(?:关于|的)+$/

function clean(agency: string): string {
  return agency.replace(/\s+/g, '').replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '').trim()
}

/** Reads the title from the first lines of the text (a crawler's `标题:` line first). */
export function readTitle(text: string): TitleInfo | undefined {
  const candidates = [labelledLine(text), firstLines(text, 8).join('')]
  for (const candidate of candidates) {
    if (!candidate) continue
    const compact = candidate
      .replace(/[\s\u3000]+/g, '')
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    const m = TITLE.exec(compact)
    if (!m) continue
    const agency = clean(m[1] as string)
    if (agency.length < 2) continue
    return { agency, year: Number(m[2]), title: m[0] }
  }
  return undefined
}

/** The line at `at`: from the line break before it to the one after it (CR, LF or CRLF). */
function lineAround(text: string, at: number): { start: number; end: number } {
  let start = at
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--
  let end = at
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++
  return { start, end }
}

/** The first line that starts `标题:` (a crawler's title line), found without splitting the text. */
function labelledLine(text: string): string | undefined {
  for (let at = text.indexOf('标题'); at >= 0; at = text.indexOf('标题', at + 1)) {
    const { start, end } = lineAround(text, at)
    const line = text.slice(start, end)
    if (/^\s*标题\s*[:：]/.test(line)) return line
  }
  return undefined
}

/** The first `n` lines that are neither blank nor a page footer. */
function firstLines(text: string, n: number): string[] {
  const out: string[] = []
  for (let start = 0; start <= text.length && out.length < n;) {
    const { end } = lineAround(text, start)
    const line = text.slice(start, end)
    if (line.trim() !== '' && !isFooterLine(line)) out.push(line)
    start = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1
  }
  return out
}

/** Reads the year and agency from a file name such as `华龙区工信局-2020.csv`. */
export function readFileName(name: string): { agency?: string; year?: number } {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
  const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(base)
  const agency = base
    .replace(/(?:19|20)\d{2}\s*年?度?/g, '')
    .replace(/政府信息公开.*$/, '')
    .replace(/[-_\s.()（）]+/g, '')
  return {
    year: year ? Number(year[1]) : undefined,
    agency: /[\u4e00-\u9fff]{2,}/.test(agency) ? agency : undefined,
  }
}

/** A province, region or city: what may stand before a name the title shortened. */
const PREFIX = /^[\u4e00-\u9fff]{2,6}?(?:省|自治区|市|自治州|州|盟)$/
/** Characters after which a name starts (`由`, `，`, `（`…). */
const BOUNDARY = new Set('由据在向对的是经，。、：:（(')

/** A boundary, up to six characters and a three-character unit: all a prefix can span. */
const PREFIX_SPAN = 10

/**
 * A title may shorten the agency (`洪泽区人民政府`) that the body names in full
 * (`本报告由淮安市洪泽区人民政府办公室…`): the full name is its identity. The prefix is read
 * between the name and the nearest boundary before it (`由` here), or the start of the text.
 */
export function fullAgencyName(agency: string, body: string): string {
  const head = body.slice(0, 3000).replace(/[\s\u3000]+/g, '')
  if (agency === '') return agency
  for (let i = head.indexOf(agency); i >= 0; i = head.indexOf(agency, i + 1)) {
    for (let k = i - 1; k >= Math.max(-1, i - PREFIX_SPAN); k--) {
      if (k >= 0 && !BOUNDARY.has(head[k] as string)) continue
      const prefix = head.slice(k + 1, i)
      if (!PREFIX.test(prefix)) continue
      return agency.startsWith(prefix) ? agency : prefix + agency
    }
  }
  return agency
}

const UNIT =
  /^([\u4e00-\u9fff]{1,12}?(?:自治区|自治州|自治县|自治旗|特别行政区|省|市|州|盟|地区|新区|实验区|开发区|区|县|旗))/

/**
 * The district, county or city an agency belongs to: the innermost administrative unit its name
 * begins with (`淮安市洪泽区人民政府` → 洪泽区, `华龙区工业和信息化局` → 华龙区,
 * `淮安市人民政府` → 淮安市). Undefined for agencies whose name starts with no such unit.
 */
export function regionOf(agency: string): string | undefined {
  let rest = agency
  let region: string | undefined
  for (let depth = 0; depth < 4; depth++) {
    const m = UNIT.exec(rest)
    if (!m) break
    const unit = m[1] as string
    const after = rest.slice(unit.length)
    // 市场监督管理局, 区域…, 县级…: the character begins a word, not a unit name.
    if (/^(?:场|域|级|委|直)/.test(after) && unit.length <= 3) break
    if (unit.length < 2) break
    region = unit
    rest = after
  }
  return region
}
