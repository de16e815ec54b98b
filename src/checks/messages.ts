/**
 * What a finding says, as a code and its parameters, rendered in either language. The engine keeps
 * the Chinese message (the command line and the exports print it); the page renders the same code
 * in the language it shows. Parameters name template words by key, never by their Chinese text,
 * so an English page says "Natural persons" where the Chinese says 自然人.
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
import {
  ACTIVE_ITEM_EN,
  APPEAL_BLOCK_EN,
  APPEAL_MEASURE_EN,
  APPLICANT_EN,
  ROW_EN,
  TABLE_EN,
  TEXT_SECTION_EN,
} from '@/domain/catalogEn'
import type { TableKey } from '@/domain/report'

export type MessageLocale = 'zh-CN' | 'en'

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

const PHRASES = {
  allZero: { 'zh-CN': '各项均为 0', en: 'all zero' },
  newReceived: { 'zh-CN': '本年新收申请', en: 'new requests' },
  carriedOver: { 'zh-CN': '上年结转申请', en: 'requests carried over' },
  carriedForward: { 'zh-CN': '结转下年度申请', en: 'requests carried forward' },
  review: { 'zh-CN': '行政复议', en: 'administrative reviews' },
  suits: { 'zh-CN': '行政诉讼（直接起诉 + 复议后起诉）', en: 'lawsuits (direct + after review)' },
  suitsShort: { 'zh-CN': '行政诉讼', en: 'lawsuits' },
  overview: { 'zh-CN': '总体情况', en: 'Overview' },
  problems: { 'zh-CN': '存在的主要问题及改进情况', en: 'Problems and improvements' },
  regulations: { 'zh-CN': '规章', en: 'regulations' },
  normativeDocs: { 'zh-CN': '行政规范性文件', en: 'normative documents' },
} as const satisfies Record<string, Record<MessageLocale, string>>
export type PhraseKey = keyof typeof PHRASES

type Templates = Record<MessageLocale, string>

/** Every message the engine writes. `{name}` is a parameter. */
export const MESSAGES = {
  't3-balance': {
    'zh-CN':
      '表三「{column}」列收支不平衡：本年新收 {received} + 上年结转 {over} = {left}，而办理结果总计 {total} + 结转下年度 {forward} = {right}，相差 {diff}（模板要求：第一项加第二项之和，等于第三项加第四项之和）',
    en: 'Table 3, column “{column}” does not balance: new {received} + carried over {over} = {left}, but total handled {total} + carried forward {forward} = {right}, a difference of {diff} (the template requires items one and two to equal items three and four)',
  },
  't3-rowsum': {
    'zh-CN': '表三「{row}」行：六类申请人 {parts} = {sum}，而该行总计为 {total}，相差 {diff}',
    en: 'Table 3, row “{row}”: the six applicant types {parts} = {sum}, but the row’s total is {total}, a difference of {diff}',
  },
  't3-outcomes': {
    'zh-CN':
      '表三「{column}」列办理结果之和与总计不符：{terms} = {sum}，而（七）总计为 {total}，相差 {diff}',
    en: 'Table 3, column “{column}”: the outcomes {terms} = {sum}, but the total (7) is {total}, a difference of {diff}',
  },
  't4-sum': {
    'zh-CN': '表四「{block}」：{terms} = {sum}，而总计为 {total}，相差 {diff}',
    en: 'Table 4, “{block}”: {terms} = {sum}, but the total is {total}, a difference of {diff}',
  },
  edition: {
    'zh-CN':
      '{year} 年度报告应使用 {due} 版模板（{dueIssued}），但表格标签属于 {edition} 版（{issued}）',
    en: 'A {year} report should use the {due} template ({dueIssued}), but its table labels are the {edition} template’s ({issued})',
  },
  'x-carry': {
    'zh-CN':
      '{year} 年「上年结转」{column}为 {over}，但 {prevYear} 年报告「结转下年度继续办理」{column}为 {forward}，相差 {diff}',
    en: '{year}: carried over ({column}) is {over}, but the {prevYear} report carried forward {forward}, a difference of {diff}',
  },
  't2-roll': {
    'zh-CN':
      '表二「{item}」：{prevYear} 年现行有效 {before} + {year} 年制发 {issued} − 废止 {repealed} = {expected}，而 {year} 年现行有效为 {inForce}，相差 {diff}',
    en: 'Table 2, “{item}”: in force {before} in {prevYear} + issued {issued} − repealed {repealed} in {year} = {expected}, but {inForce} are in force in {year}, a difference of {diff}',
  },
  narrative: {
    'zh-CN': '正文写「{quote}」，即{what} {stated} 件，而表格中为 {table} 件',
    en: 'The text says “{quote}”, that is {stated} {what}, but the table gives {table}',
  },
  'zero-activity': {
    'zh-CN': '表三全部为 0，但正文写「{quote}」：表格可能漏填',
    en: 'Table 3 is all zero, but the text says “{quote}”: the table may have been left unfilled',
  },
  'text-copy': {
    'zh-CN':
      '「{section}」与{whom}报告的同一部分相似度 {similarity}%（按 4 字片段计，数字不计），疑似照搬',
    en: '“{section}” is {similarity}% similar to the same section of {whom} (four-character shingles, digits ignored): possibly copied',
  },
  'text-copy-more': {
    'zh-CN':
      '「{section}」与{whom}报告的同一部分相似度 {similarity}%（按 4 字片段计，数字不计），疑似照搬；另有 {others} 份报告也高度相似',
    en: '“{section}” is {similarity}% similar to the same section of {whom} (four-character shingles, digits ignored): possibly copied; {others} more reports are also very similar',
  },
  'copy-own': { 'zh-CN': '本机关 {year} 年', en: 'this agency’s {year} report' },
  'copy-other': { 'zh-CN': '「{agency}」{year} 年', en: '“{agency}” {year}' },
  'table-copy': {
    'zh-CN': '表三（本年新收 {received} 件）与{others}的表三完全相同，疑似照搬',
    en: 'Table 3 ({received} new requests) is identical to table 3 of {others}: possibly copied',
  },
  'yoy-up': {
    'zh-CN':
      '{figure}由 {prevYear} 年的 {before} 件变为 {year} 年的 {after} 件，增至 {ratio} 倍（阈值：{factor} 倍且不少于 {min} 件）',
    en: '{figure} went from {before} in {prevYear} to {after} in {year}, {ratio} times as many (threshold: {factor}× and at least {min})',
  },
  'yoy-down': {
    'zh-CN':
      '{figure}由 {prevYear} 年的 {before} 件变为 {year} 年的 {after} 件，降至 {percent}%（阈值：{factor} 倍且不少于 {min} 件）',
    en: '{figure} went from {before} in {prevYear} to {after} in {year}, down to {percent}% (threshold: {factor}× and at least {min})',
  },
  'peer-outlier': {
    'zh-CN':
      '{year} 年{figure} {value} 件，远高于同年 {peers} 个机构的中位水平（约 {typical} 件），稳健 z 值 {z}（阈值 {threshold}）',
    en: '{year}: {value} {figure}, far above the median of {peers} agencies that year (about {typical}), robust z {z} (threshold {threshold})',
  },
  'rate-low': {
    'zh-CN':
      '公开率偏低：（予以公开 {granted} + 部分公开 {partial}）÷ 办理总计 {total} = {rate}，低于 {min}',
    en: 'Low disclosure rate: (granted {granted} + partially granted {partial}) ÷ handled {total} = {rate}, below {min}',
  },
  'correction-high': {
    'zh-CN': '{block}纠错率偏高：结果纠正 {corrected} ÷ 已审结 {decided} = {rate}，高于 {max}',
    en: 'High correction rate of {block}: corrected {corrected} ÷ decided {decided} = {rate}, above {max}',
  },
  missing: {
    'zh-CN': '「{agency}」有 {first}—{last} 年的报告，但缺少 {year} 年度报告',
    en: '“{agency}” has reports for {first}–{last} but none for {year}',
  },
  unread: {
    'zh-CN': '{table}未能准确读取{where}，未计入任何统计：{reason}',
    en: '{table} could not be read exactly{where}; it is left out of every figure: {reason}',
  },
} as const satisfies Record<string, Templates>

export type MessageCode = keyof typeof MESSAGES

function refText(ref: Ref, locale: MessageLocale): string {
  const zh = locale === 'zh-CN'
  if ('column' in ref) {
    const c = APPLICANT_COLUMNS.find((x) => x.key === ref.column)
    return zh ? (c?.short ?? ref.column) : APPLICANT_EN[ref.column]
  }
  if ('row' in ref) return zh ? rowSpec(ref.row).short : ROW_EN[ref.row]
  if ('rowLabel' in ref) return zh ? rowSpec(ref.rowLabel).label : ROW_EN[ref.rowLabel]
  if ('block' in ref)
    return zh
      ? (APPEAL_BLOCKS.find((b) => b.key === ref.block)?.short ?? ref.block)
      : APPEAL_BLOCK_EN[ref.block]
  if ('blockLabel' in ref)
    return zh
      ? (APPEAL_BLOCKS.find((b) => b.key === ref.blockLabel)?.label ?? ref.blockLabel)
      : APPEAL_BLOCK_EN[ref.blockLabel]
  if ('measure' in ref)
    return zh
      ? (APPEAL_MEASURES.find((m) => m.key === ref.measure)?.label ?? ref.measure)
      : APPEAL_MEASURE_EN[ref.measure]
  if ('item' in ref)
    return zh
      ? (ACTIVE_ITEMS.find((i) => i.key === ref.item)?.label ?? ref.item)
      : ACTIVE_ITEM_EN[ref.item]
  if ('section' in ref)
    return zh
      ? (TEXT_SECTIONS.find((s) => s.key === ref.section)?.label ?? ref.section)
      : TEXT_SECTION_EN[ref.section]
  if ('table' in ref)
    return zh
      ? {
          active: '表二（主动公开）',
          requests: '表三（收到和处理申请）',
          appeals: '表四（行政复议、行政诉讼）',
        }[ref.table]
      : TABLE_EN[ref.table]
  if ('phrase' in ref) return PHRASES[ref.phrase][locale]
  return zh ? `${ref.year} 年` : String(ref.year)
}

function paramText(p: Param, locale: MessageLocale): string {
  if (typeof p === 'string') return p
  if (typeof p === 'number') return String(p)
  if (Array.isArray(p)) {
    if (p.length === 0) return PHRASES.allZero[locale]
    return p.map((t) => `${refText(t.label, locale)} ${t.value}`).join(' + ')
  }
  if ('code' in p) return renderMessage(p.code, p.params, locale)
  if ('items' in p) {
    const list = p
    const zh = locale === 'zh-CN'
    const items = list.items.map((i) =>
      typeof i === 'string'
        ? i
        : Array.isArray(i)
          ? `${i[0]}${zh ? '' : ' '}${refText(i[1], locale)}`
          : refText(i, locale),
    )
    return items.join(zh ? '、' : ', ') + (list.more ? (zh ? '等' : ' and others') : '')
  }
  return refText(p, locale)
}

/** The message in `locale`, its parameters filled in. */
export function renderMessage(code: MessageCode, params: Params, locale: MessageLocale): string {
  const template: string = MESSAGES[code][locale]
  return template.replace(/\{(\w+)\}/g, (all, name: string) => {
    const p = params[name]
    return p === undefined ? all : paramText(p, locale)
  })
}

/** A finding's message in the page's language (the engine's Chinese as it was written). */
export function findingText(
  f: { code: MessageCode; params: Params; message: string },
  locale: MessageLocale,
): string {
  return locale === 'zh-CN' ? f.message : renderMessage(f.code, f.params, locale)
}
