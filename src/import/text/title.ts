/**
 * The report's title found the way a person finds it: wherever it stands in the head of the
 * document — after a saved page's navigation, breadcrumbs and 发布日期 lines, split over two
 * lines, with the year first or a space inside (`2025 年`) — and the reporting year from the
 * statistics period the body states when the title has none. A publication date is never a
 * reporting year: only a year followed by 年 and the words of a report's title counts.
 */

export interface TitleInfo {
  agency: string
  year: number
  title: string
}

/** What a title or the body says; either part may be missing. */
export interface TitleFound {
  agency?: string
  year?: number
  title: string
}

const YEAR = '(20[0-9]{2})年度?(?:的)?'
const DISCLOSURE = '(?:政府)?(?:信息公开|政务公开)'
const REPORT = '(?:年度报告|年报|工作报告|情况报告)'
const NAME = '([^\\d:：]{2,60}?)'

/** `平潭综合实验区2025年度政府信息公开工作年度报告`, also `…年报` and `…工作报告`. */
const AGENCY_FIRST = new RegExp(`${NAME}${YEAR}${DISCLOSURE}[^。；]{0,10}?${REPORT}`)
/** `2019年上海市人民政府办公厅政府信息公开工作年度报告`. */
const YEAR_FIRST = new RegExp(`${YEAR}${NAME}${DISCLOSURE}[^。；]{0,10}?${REPORT}`)
/** `某某县财政局政府信息公开工作年度报告`: no year in the title. */
const NO_YEAR = new RegExp(`^([^\\d]{2,80}?)${DISCLOSURE}工作${REPORT}`)

/**
 * Words of a site's navigation, breadcrumbs and article header: an agency name never holds them,
 * so a name read with them is cut after the last one (`政府信息公开年报平潭综合实验区` →
 * 平潭综合实验区).
 */
const NOT_A_NAME =
  /^.*(?:首页|位置|公开|年报|栏目|来源|发布|日期|时间|浏览|打印|关闭|字号|分享|索引号|文号|标题|主题|[>＞»›/|｜·:：])/

const LEADING_JUNK = /^(?:关于|[\p{P}\p{S}\d]+)+/u
const TRAILING_JUNK = /(?:关于|的|[】」』〕\]])+$/

/** Words that stand where a name would but name no one. */
const GENERIC = new Set([
  '人民政府',
  '本机关',
  '本单位',
  '各单位',
  '各部门',
  '全区',
  '全市',
  '全县',
])

function cleanName(raw: string, afterDigit: boolean): string | undefined {
  let name = raw.replace(NOT_A_NAME, '')
  // `…2020年3月1日上海市…`: a date's last character is not the name's first.
  if (afterDigit && name === raw) name = name.replace(/^[日月号]/, '')
  name = name.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '').trim()
  if (!/^[\u4e00-\u9fff（）()]{3,40}$/.test(name) || GENERIC.has(name)) return undefined
  return name
}

/** Whitespace removed and full-width forms folded, so `2025 年` and `２０２５年` read as 2025年. */
function compact(s: string): string {
  return s
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** The title in one candidate line (or lines joined), whole or in part. */
export function matchTitle(candidate: string): TitleFound | undefined {
  const s = compact(candidate)
  for (const re of [AGENCY_FIRST, YEAR_FIRST]) {
    const m = re.exec(s)
    if (!m) continue
    const first = re === AGENCY_FIRST
    const [year, name] = first ? [m[2], m[1]] : [m[1], m[2]]
    const afterDigit = first && /\d/.test(s[m.index - 1] ?? '')
    const agency = cleanName(name as string, afterDigit)
    if (agency) return { agency, year: Number(year), title: m[0] }
  }
  const bare = /^(20[0-9]{2})年度?(?:的)?(?:政府)?(?:信息公开|政务公开)/.exec(s)
  if (bare && new RegExp(REPORT).test(s)) return { year: Number(bare[1]), title: s }
  const m = NO_YEAR.exec(s)
  const agency = m ? cleanName(m[1] as string, false) : undefined
  if (m && agency) return { agency, title: m[0] }
  // A year before the title words with no agency (`首页>…>2024年政府信息公开工作年度报告`).
  const year = new RegExp(`${YEAR}${DISCLOSURE}[^。；]{0,10}?${REPORT}`).exec(s)
  if (year) return { year: Number(year[1]), title: year[0] }
  return undefined
}

/** Lines in the head of the document: up to its first section, at most so many. */
const HEAD_LINES = 160
const HEAD_CHARS = 12_000
/** Where the report proper has begun: no title stands after these. */
const BODY_START =
  /^[\s\u3000]*(?:一[、.．，,]\s*总\s*体\s*情\s*况|（本列数据的勾稽关系|三[、.]\s*收到和处理)/

function headLines(text: string): string[] {
  const out: string[] = []
  const head = text.slice(0, HEAD_CHARS)
  for (const raw of head.split(/\r\n|\r|\n/)) {
    if (BODY_START.test(raw)) break
    const line = raw.trim()
    if (line !== '') out.push(line)
    if (out.length >= HEAD_LINES) break
  }
  return out
}

/** The first line that starts `标题:` (a crawler's title line). */
function labelledLine(text: string): string | undefined {
  const m = /^[ \t\u3000]*标题[ \t]*[:：](.*)$/m.exec(text.slice(0, HEAD_CHARS))
  return m ? (m[1] as string) : undefined
}

/**
 * The title, wherever it stands in the head: a crawler's `标题:` line first, then each line, then
 * each line joined with the next one, then with the next two (a title wrapped over lines). The
 * first candidate giving both agency and year wins; else the first giving either.
 */
export function findTitle(text: string): TitleFound | undefined {
  const labelled = labelledLine(text)
  const found = labelled ? matchTitle(labelled) : undefined
  if (found?.agency && found.year) return found
  let partial = found
  const lines = headLines(text)
  // Single lines before lines joined: a date line joined to the title must not lend it a name.
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= lines.length; i++) {
      const t = matchTitle(lines.slice(i, i + n).join(''))
      if (!t) continue
      if (t.agency && t.year) return t
      partial ??= t
    }
  }
  return partial
}

/** Reads a complete title (agency and year) from the head of the text. */
export function readTitle(text: string): TitleInfo | undefined {
  const t = findTitle(text)
  return t?.agency && t.year ? { agency: t.agency, year: t.year, title: t.title } : undefined
}

/**
 * The reporting year the body states: the statistics period (`本报告所列数据统计期限为2019年1月1
 * 日至2019年12月31日`) or `本年度报告…2019年`-style sentences. Undefined when it says none or
 * contradicts itself.
 */
export function readBodyYear(text: string): number | undefined {
  const s = compact(text.slice(0, 40_000))
  const period = /(20[0-9]{2})年1月1日(?:起)?(?:至|到|-|—|~)(20[0-9]{2})年12月31日/.exec(s)
  if (period && period[1] === period[2]) return Number(period[1])
  const sentence = /本(?:年度)?报告[^。]{0,40}?(20[0-9]{2})年度?(?:政府信息公开|1月1日)/.exec(s)
  if (sentence) return Number(sentence[1])
  return undefined
}
