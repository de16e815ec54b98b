/** Pieces every rendering of a report shares: its title, narrative, labels and values. */
import {
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_LABELS,
  APPEAL_BLOCK_KEYS,
  APPEAL_MEASURE_KEYS,
  rowSpec,
  type RequestRowKey,
} from '@/domain/catalog'
import { hasSplitOther, rowsOfEdition, type Report } from '@/domain/report'

export const ARTICLE = [20, '一', '五', '六', '八', '九'] as const

export function title(r: Report): string {
  return `${r.agency}${r.year}年政府信息公开工作年度报告`
}

export function rowKeys(r: Report): RequestRowKey[] {
  return rowsOfEdition(r.edition, hasSplitOther(r)).filter((k) => r.requests[k])
}

/** The label split as the template prints it: group heading, then the row's own words. */
export function labelParts(key: RequestRowKey): [string, string] {
  const label = rowSpec(key).label
  const space = label.indexOf(' ')
  return space < 0 ? ['', label] : [label.slice(0, space), label.slice(space + 1)]
}

export function activeLines(r: Report, sep: string): string[] {
  const lines: string[] = []
  let lastHeader = ''
  for (const item of ACTIVE_ITEMS) {
    const values = r.active?.[item.key]
    const measures = item.measures[r.edition]
    if (!values || !measures) continue
    const header = `信息内容${sep}${measures.map((m) => (m === 'amount' ? '金额（单位：万元）' : ACTIVE_MEASURE_LABELS[m])).join(sep)}`
    if (header !== lastHeader) {
      lines.push(`第二十条第（${ARTICLE[(lines.length % 5) + 1]}）项`, header)
      lastHeader = header
    }
    const label =
      item.key === 'normativeDocs' && r.edition === '2021' ? '行政规范性文件' : item.label
    lines.push([label, ...measures.map((m) => String(values[m] ?? 0))].join(sep))
  }
  return lines
}

export function narrative(r: Report): string[] {
  const received = r.requests.newReceived?.total ?? 0
  return [
    '一、总体情况',
    r.text?.overview ??
      `${r.year}年，${r.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，全年共收到政府信息公开申请${received}件。`,
  ]
}

export function tail(r: Report): string[] {
  return [
    '五、存在的主要问题及改进情况',
    r.text?.problems ?? '政府信息公开工作仍存在一些不足，下一步将继续加强。',
    '六、其他需要报告的事项',
    r.text?.otherMatters ?? '无。',
  ]
}

export const T3_HEAD = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

export function appealValues(r: Report): string[] {
  return APPEAL_BLOCK_KEYS.flatMap((b) =>
    APPEAL_MEASURE_KEYS.map((m) => String(r.appeals[b]?.[m] ?? 0)),
  )
}
