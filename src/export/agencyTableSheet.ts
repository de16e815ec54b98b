/**
 * 机构对比's table as a file: each agency's figures of the year with their change, rank and rank
 * change, in the order shown, and under it the 口径, the minimum cases, the data date and the
 * filter. A figure not given is an empty cell with the reason in the last column, never 0.
 */
import { absenceText } from '@/analysis/absence'
import {
  TABLE_FIGURES,
  RATE_FIGURES,
  type AgencyTable,
  type TableFigure,
  type TableRow,
} from '@/analysis/agencyTable'
import { definitionsStamp, type RateDefinitions } from '@/analysis/definitions'
import { isoDate } from '@/format/date'
import type { StampedSheet, SheetValue } from './stampedSheet'

/** The figures in the template's words. */
export const TABLE_FIGURE_LABELS: Record<TableFigure, string> = {
  received: '本年新收',
  handled: '办结（（七）总计）',
  granted: '予以公开',
  partial: '部分公开',
  disclosure: '公开率',
  review: '行政复议（总计）',
  suits: '行政诉讼（总计）',
  correction: '行政复议纠错率',
  findings: '待处理问题',
}

export interface AgencyTableStamp {
  definitions: RateDefinitions
  minCases: number
  /** The latest import among the reports in use (ms), or null. */
  dataDate: number | null
  /** The filter bar's selection in words. */
  filter: string
  exportedAt: number
}

/** The reasons of a row: one shared by every missing figure (no report, table not read) once. */
function reasons(why: readonly { label: string; text: string }[]): string {
  const texts = new Set(why.map((w) => w.text))
  if (why.length > 1 && texts.size === 1) return why[0]?.text ?? ''
  return why.map((w) => `${w.label}：${w.text}`).join('；')
}

export function agencyTableSheet(
  table: AgencyTable,
  rows: readonly TableRow[],
  stamp: AgencyTableStamp,
): StampedSheet {
  const header = ['区域', '机构']
  const formats: (string | undefined)[] = [undefined, undefined]
  const widths = [16, 30]
  for (const f of TABLE_FIGURES) {
    const label = TABLE_FIGURE_LABELS[f]
    header.push(label, `${label}·同比增减`, `${label}·排名`, `${label}·排名变化`)
    const rate = RATE_FIGURES.has(f)
    formats.push(
      rate ? '0.0%' : undefined,
      rate ? '+0.0%;-0.0%;0.0%' : '+0;-0;0',
      undefined,
      '+0;-0;0',
    )
    widths.push(12, 10, 6, 8)
  }
  header.push('缺项说明')
  widths.push(60)
  const body: SheetValue[][] = rows.map((row) => {
    const out: SheetValue[] = [row.region, row.agency]
    const why: { label: string; text: string }[] = []
    for (const f of TABLE_FIGURES) {
      const c = row.cells[f]
      out.push(c.value, c.diff, c.rank, c.rankChange)
      if (c.absence) why.push({ label: TABLE_FIGURE_LABELS[f], text: absenceText(c.absence) })
    }
    out.push(reasons(why))
    return out
  })
  const year = table.year
  return {
    name: `机构对比 ${year ?? ''}`.trim(),
    header,
    rows: body,
    formats,
    widths,
    notes: [
      `年度：${year ?? '—'}；同比增减与 ${year === null ? '—' : year - 1} 年比较（无上年数据则空白）`,
      `${definitionsStamp(stamp.definitions)}；案件少于 ${stamp.minCases} 件的比率不计算、不排名`,
      `数据日期：${stamp.dataDate === null ? '—' : isoDate(stamp.dataDate)}（所用报告中最近一次导入）；导出日期：${isoDate(stamp.exportedAt)}`,
      `筛选：${stamp.filter}`,
      '排名：数值从大到小，并列同名次；排名变化 = 上年名次 − 本年名次（正数为上升）',
      '空白单元格：无该年度报告、报告未给出此项、表格未能读取，或比率案件不足（见「缺项说明」），不是 0。比率列为小数（0.586 即 58.6%）。',
    ],
  }
}
