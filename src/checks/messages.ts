/**
 * What a finding says, as a code and its parameters. The engine writes the Chinese message (the
 * command line and the exports print it); the page renders the same code in the language it shows
 * (English: messagesEn.ts, loaded with the English interface). Parameters name template words by
 * key, never by their Chinese text, so an English page says "Natural persons" where the Chinese
 * says 自然人.
 */
import {
  ACTIVE_ITEMS,
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  TEXT_SECTIONS,
  rowSpec,
  type ActiveItemKey,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
  type RequestRowKey,
  type TextSectionKey,
} from '@/domain/catalog'
import type { TableKey } from '@/domain/report'

/** Words the messages use beside the catalog's. */
export const PHRASES = {
  newReceived: '本年新收申请',
  carriedOver: '上年结转申请',
  carriedForward: '结转下年度申请',
  review: '行政复议',
  suits: '行政诉讼（直接起诉 + 复议后起诉）',
  suitsShort: '行政诉讼',
  regulations: '规章',
  normativeDocs: '行政规范性文件',
  overview: '总体情况',
  problems: '存在的主要问题及改进情况',
} as const
export type PhraseKey = keyof typeof PHRASES

/** A template word by key: rendered as the catalog's Chinese or its English. */
export type Ref =
  | { column: ApplicantKey }
  | { row: RequestRowKey }
  | { rowLabel: RequestRowKey }
  | { block: AppealBlockKey }
  | { blockLabel: AppealBlockKey }
  | { measure: AppealMeasureKey }
  | { item: ActiveItemKey }
  | { section: TextSectionKey }
  | { table: TableKey }
  | { phrase: PhraseKey }
  | { year: number }

/** A value and the words before it, for terms such as 予以公开 3 + 部分公开 2. */
export interface Term {
  label: Ref
  value: number
}

/** Items joined by the language's list separator; `more` adds "etc.". */
export interface List {
  items: (string | Ref | [string, Ref])[]
  more?: boolean
}

/** Another message inside this one (whose report a copied text resembles). */
export interface Nested {
  code: MessageCode
  params: Params
}

export type Param = string | number | Ref | Term[] | List | Nested

export type Params = Record<string, Param>

/** Every message the engine writes, in Chinese. `{name}` is a parameter. */
export const MESSAGES = {
  't3-balance':
    '表三「{column}」列收支不平衡：本年新收 {received} + 上年结转 {over} = {left}，而办理结果总计 {total} + 结转下年度 {forward} = {right}，相差 {diff}（模板要求：第一项加第二项之和，等于第三项加第四项之和）',
  't3-rowsum': '表三「{row}」行：六类申请人 {parts} = {sum}，而该行总计为 {total}，相差 {diff}',
  't3-outcomes':
    '表三「{column}」列办理结果之和与总计不符：{terms} = {sum}，而（七）总计为 {total}，相差 {diff}',
  't4-sum': '表四「{block}」：{terms} = {sum}，而总计为 {total}，相差 {diff}',
  edition:
    '{year} 年度报告应使用 {due} 版模板（{dueIssued}），但表格标签属于 {edition} 版（{issued}）',
  'x-carry':
    '{year} 年「上年结转」{column}为 {over}，但 {prevYear} 年报告「结转下年度继续办理」{column}为 {forward}，相差 {diff}',
  't2-roll':
    '表二「{item}」：{prevYear} 年现行有效 {before} + {year} 年制发 {issued} − 废止 {repealed} = {expected}，而 {year} 年现行有效为 {inForce}，相差 {diff}',
  narrative: '正文写「{quote}」，即{what} {stated} 件，而表格中为 {table} 件',
  'zero-activity': '表三全部为 0，但正文写「{quote}」：表格可能漏填',
  'text-copy':
    '「{section}」与{whom}报告的同一部分相似度 {similarity}%（按 4 字片段计，数字不计），疑似照搬',
  'text-copy-more':
    '「{section}」与{whom}报告的同一部分相似度 {similarity}%（按 4 字片段计，数字不计），疑似照搬；另有 {others} 份报告也高度相似',
  'table-copy': '表三（本年新收 {received} 件）与{others}的表三完全相同，疑似照搬',
  'yoy-up':
    '{figure}由 {prevYear} 年的 {before} 件变为 {year} 年的 {after} 件，增至 {ratio} 倍（阈值：{factor} 倍且不少于 {min} 件）',
  'yoy-down':
    '{figure}由 {prevYear} 年的 {before} 件变为 {year} 年的 {after} 件，降至 {percent}%（阈值：{factor} 倍且不少于 {min} 件）',
  'peer-outlier':
    '{year} 年{figure} {value} 件，远高于同年 {peers} 个机构的中位水平（约 {typical} 件），稳健 z 值 {z}（阈值 {threshold}）',
  'rate-low':
    '公开率偏低：（予以公开 {granted} + 部分公开 {partial}）÷ 办理总计 {total} = {rate}，低于 {min}',
  'correction-high':
    '{block}纠错率偏高：结果纠正 {corrected} ÷ 已审结 {decided} = {rate}，高于 {max}',
  missing: '「{agency}」有 {first}—{last} 年的报告，但缺少 {year} 年度报告',
  unread: '{table}未能准确读取{where}，未计入任何统计：{reason}',
  'copy-own': '本机关 {year} 年',
  'copy-other': '「{agency}」{year} 年',
} as const

export type MessageCode = keyof typeof MESSAGES

/** How one language says the words a message is made of. */
export interface Words {
  templates: Record<MessageCode, string>
  ref(ref: Ref): string
  /** Terms that are all zero (and so all left out). */
  allZero: string
  listSeparator: string
  etc: string
  /** Between a list item's own words and its reference (「A」2023 年 / “A” 2023). */
  itemGap: string
}

const TABLE_ZH: Record<TableKey, string> = {
  active: '表二（主动公开）',
  requests: '表三（收到和处理申请）',
  appeals: '表四（行政复议、行政诉讼）',
}

function refZh(ref: Ref): string {
  if ('column' in ref)
    return APPLICANT_COLUMNS.find((x) => x.key === ref.column)?.short ?? ref.column
  if ('row' in ref) return rowSpec(ref.row).short
  if ('rowLabel' in ref) return rowSpec(ref.rowLabel).label
  if ('block' in ref) return APPEAL_BLOCKS.find((b) => b.key === ref.block)?.short ?? ref.block
  if ('blockLabel' in ref)
    return APPEAL_BLOCKS.find((b) => b.key === ref.blockLabel)?.label ?? ref.blockLabel
  if ('measure' in ref)
    return APPEAL_MEASURES.find((m) => m.key === ref.measure)?.label ?? ref.measure
  if ('item' in ref) return ACTIVE_ITEMS.find((i) => i.key === ref.item)?.label ?? ref.item
  if ('section' in ref)
    return TEXT_SECTIONS.find((s) => s.key === ref.section)?.label ?? ref.section
  if ('table' in ref) return TABLE_ZH[ref.table]
  if ('phrase' in ref) return PHRASES[ref.phrase]
  return `${ref.year} 年`
}

export const CHINESE: Words = {
  templates: MESSAGES,
  ref: refZh,
  allZero: '各项均为 0',
  listSeparator: '、',
  etc: '等',
  itemGap: '',
}

function paramText(p: Param, words: Words): string {
  if (typeof p === 'string') return p
  if (typeof p === 'number') return String(p)
  if (Array.isArray(p)) {
    if (p.length === 0) return words.allZero
    return p.map((t) => `${words.ref(t.label)} ${t.value}`).join(' + ')
  }
  if ('code' in p) return render(p.code, p.params, words)
  if ('items' in p) {
    const items = p.items.map((i) =>
      typeof i === 'string'
        ? i
        : Array.isArray(i)
          ? `${i[0]}${words.itemGap}${words.ref(i[1])}`
          : words.ref(i),
    )
    return items.join(words.listSeparator) + (p.more ? words.etc : '')
  }
  return words.ref(p)
}

/** The message in the language `words` speaks, its parameters filled in. */
export function render(code: MessageCode, params: Params, words: Words): string {
  return words.templates[code].replace(/\{(\w+)\}/g, (all, name: string) => {
    const p = params[name]
    return p === undefined ? all : paramText(p, words)
  })
}

/** The engine's own message: Chinese. */
export function renderMessage(code: MessageCode, params: Params): string {
  return render(code, params, CHINESE)
}
