/**
 * A report's three tables as a Word document lays them out — merged cells and all — for the
 * renderers of formats with cells (text copied from a page, `.docx`). Options print the ways
 * real reports leave cells empty.
 */
import {
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_LABELS,
  APPEAL_MEASURES,
  APPLICANT_KEYS,
} from '@/domain/catalog'
import type { Report } from '@/domain/report'
import {
  ARTICLE,
  T3_HEAD,
  appealValues,
  labelParts,
  narrative,
  rowKeys,
  tail,
  title,
} from './parts'

export interface TableCell {
  text: string
  colspan?: number
  rowspan?: number
}

export type Block = { paragraph: string } | { table: TableCell[][] }

export interface GridRenderOptions {
  /** Zero printed as an empty cell. */
  blankZeros?: boolean
  /** Table 3's 总计 column left blank, as some Word exports print it. */
  blankTotals?: boolean
  /** A borderless row of fifteen empty cells after table 4's values. */
  trailingRow?: boolean
}

function activeTable(r: Report, v: (n: number | undefined) => string): TableCell[][] {
  const rows: TableCell[][] = []
  let lastHeader = ''
  let part = 0
  for (const item of ACTIVE_ITEMS) {
    const values = r.active?.[item.key]
    const measures = item.measures[r.edition]
    if (!values || !measures) continue
    const labels = measures.map((m) =>
      m === 'amount' ? '金额（单位：万元）' : ACTIVE_MEASURE_LABELS[m],
    )
    const span = measures.length === 1 ? 3 : 1
    if (labels.join() !== lastHeader) {
      rows.push([{ text: `第二十条第（${ARTICLE[(part++ % 5) + 1]}）项`, colspan: 4 }])
      rows.push([{ text: '信息内容' }, ...labels.map((text) => ({ text, colspan: span }))])
      lastHeader = labels.join()
    }
    const label =
      item.key === 'normativeDocs' && r.edition === '2021' ? '行政规范性文件' : item.label
    rows.push([{ text: label }, ...measures.map((m) => ({ text: v(values[m]), colspan: span }))])
  }
  return rows
}

const OUTCOME_GROUP = '三、本年度办理结果'

export function requestsTable(
  r: Report,
  v: (n: number | undefined) => string,
  blankTotals: boolean,
): TableCell[][] {
  const rows: TableCell[][] = [
    [
      { text: T3_HEAD, colspan: 3, rowspan: 3 },
      { text: '申请人情况', colspan: 7 },
    ],
    [
      { text: '自然人', rowspan: 2 },
      { text: '法人或其他组织', colspan: 5 },
      { text: '总计', rowspan: 2 },
    ],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text })),
  ]
  const keys = rowKeys(r)
  const outcomes = keys.filter((k) => !['newReceived', 'carriedOver', 'carriedForward'].includes(k))
  const groupSize = (group: string) => keys.filter((k) => labelParts(k)[0] === group).length
  let openGroup = ''
  for (const key of keys) {
    const values = APPLICANT_KEYS.map((c) => ({
      text: blankTotals && c === 'total' ? '' : v(r.requests[key]?.[c]),
    }))
    const label: TableCell[] = []
    if (key === outcomes[0]) label.push({ text: OUTCOME_GROUP, rowspan: outcomes.length })
    const [group, own] = labelParts(key)
    if (!outcomes.includes(key)) label.push({ text: own, colspan: 3 })
    else if (group === '') {
      label.push({ text: own.replace(OUTCOME_GROUP, ''), colspan: 2 })
    } else {
      if (group !== openGroup) label.push({ text: group, rowspan: groupSize(group) })
      label.push({ text: own })
    }
    openGroup = group || openGroup
    rows.push([...label, ...values])
  }
  return rows
}

function appealsTable(
  r: Report,
  v: (n: number | undefined) => string,
  trailingRow: boolean,
): TableCell[][] {
  const measures = APPEAL_MEASURES.map((m) => m.label)
  const rows: TableCell[][] = [
    [
      { text: '行政复议', colspan: 5 },
      { text: '行政诉讼', colspan: 10 },
    ],
    [
      ...measures.map((text) => ({ text, rowspan: 2 })),
      { text: '未经复议直接起诉', colspan: 5 },
      { text: '复议后起诉', colspan: 5 },
    ],
    [...measures, ...measures].map((text) => ({ text })),
    appealValues(r).map((x) => ({ text: v(Number(x)) })),
  ]
  if (trailingRow) rows.push(Array.from({ length: 15 }, () => ({ text: '' })))
  return rows
}

export function reportBlocks(r: Report, opts: GridRenderOptions = {}): Block[] {
  const v = (n: number | undefined) => (opts.blankZeros && !n ? '' : String(n ?? 0))
  const blocks: Block[] = [title(r), ...narrative(r)].map((paragraph) => ({ paragraph }))
  blocks.push({ paragraph: '二、主动公开政府信息情况' }, { table: activeTable(r, v) })
  blocks.push(
    { paragraph: '三、收到和处理政府信息公开申请情况' },
    { table: requestsTable(r, v, opts.blankTotals === true) },
  )
  blocks.push(
    { paragraph: '四、政府信息公开行政复议、行政诉讼情况' },
    { table: appealsTable(r, v, opts.trailingRow === true) },
  )
  blocks.push(...tail(r).map((paragraph) => ({ paragraph })))
  return blocks
}
