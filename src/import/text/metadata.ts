/**
 * Who reported and for which year: the title (title.ts), the body's statistics period, the file
 * name; and the agency's full name and region.
 */
import type { ImportNote } from '../types'
import { findTitle, readBodyYear } from './title'

export { findTitle, readBodyYear, readTitle, type TitleFound, type TitleInfo } from './title'

/** Reads the year and agency from a file name such as `华龙区工信局-2020.csv`. */
export function readFileName(name: string): { agency?: string; year?: number } {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
  const year = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(base)
  const agency = base
    .replace(/(?:19|20)\d{2}\s*年?度?/g, '')
    .replace(/政府信息公开.*$/, '')
    .replace(/[-_\s.()（）]+/g, '')
  return {
    year: year ? Number(year[1]) : undefined,
    agency: AGENCY_NAME.test(agency) && !NOT_AGENCY.test(agency) ? agency : undefined,
  }
}

/** A file name that names an agency ends like one: `新建文本文档.txt` names none. */
const AGENCY_NAME =
  /^[\u4e00-\u9fff（）()]{2,}(?:局|委|办|府|院|室|会|中心|区|县|市|州|盟|旗|所|队|站|部|厅|署|处|馆|社|司|行|镇|乡|街道|校|学|团)$/
const NOT_AGENCY = /报告|文档|附件|新建|副本|下载|年报/

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

export interface Identity {
  agency?: string
  year?: number
  /** How the agency and year were found, when not from a title. */
  notes: ImportNote[]
}

/**
 * The agency and the reporting year: from the title (a page's own `<title>` first, then the text's
 * head, then a PDF's document title), else the year from the body's statistics period, else both
 * from the file name. What cannot be found stays undefined, for the person to say.
 */
export function identify(
  text: string,
  name: string,
  pageTitle?: string,
  lastTitle?: string,
): Identity {
  const page = pageTitle ? findTitle(pageTitle) : undefined
  const head = findTitle(text)
  const last = lastTitle ? findTitle(lastTitle) : undefined
  const complete = [page, head, last].find((t) => t?.agency && t.year)
  let agency = complete?.agency ?? page?.agency ?? head?.agency ?? last?.agency
  let year = complete?.year ?? page?.year ?? head?.year ?? last?.year
  const notes: ImportNote[] = []
  if (year === undefined) {
    year = readBodyYear(text)
    if (year !== undefined) {
      notes.push({
        level: 'info',
        code: 'year-from-body',
        message: `标题中没有年度，报告年度 ${year} 取自正文所述的统计期限`,
      })
    }
  }
  const fromName = readFileName(name)
  const taken: string[] = []
  if (agency === undefined && fromName.agency) {
    agency = fromName.agency
    taken.push('机构')
  }
  if (year === undefined && fromName.year) {
    year = fromName.year
    taken.push('年度')
  }
  if (taken.length > 0) {
    notes.push({
      level: 'warning',
      code: 'year-from-name',
      message: `正文中没有「XXXX年…政府信息公开工作年度报告」样式的标题，${taken.join('与')}取自文件名「${name}」`,
    })
  }
  return { agency, year, notes }
}
