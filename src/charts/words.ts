/**
 * The words a chart prints (legends, axes, table headers, its spoken description), in the chart's
 * language: the catalog's own Chinese, or its English names (domain/catalogEn.ts). Builders take
 * them from the frame's locale, so an English page never shows a Chinese legend.
 */
import {
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  OUTCOME_GROUPS,
  rowSpec,
  type AppealBlockKey,
  type AppealMeasureKey,
  type ApplicantKey,
  type OutcomeGroup,
  type RequestRowKey,
} from '@/domain/catalog'
import {
  APPEAL_BLOCK_EN,
  APPEAL_MEASURE_EN,
  APPLICANT_EN,
  OUTCOME_GROUP_EN,
  ROW_EN,
} from '@/domain/catalogEn'

export interface ChartWords {
  english: boolean
  outcome(group: OutcomeGroup): string
  /** A row of table 3 in its own short words (本年新收, 国家秘密…). */
  row(key: RequestRowKey): string
  applicant(key: ApplicantKey): string
  /** An appeal block, short (直接起诉) and in full (行政诉讼 · 未经复议直接起诉). */
  block(key: AppealBlockKey): string
  blockLabel(key: AppealBlockKey): string
  measure(key: AppealMeasureKey): string
  total: string
  year: string
  agency: string
  count: string
  share: string
  reason: string
  group: string
  outcomeHeading: string
  /** After a figure's name: its change from the year before. */
  change: string
  /** The description read out for a chart: its title, then its rows. */
  describe(title: string, lines: readonly string[], more: number): string
  /** "name value" inside one line of a description. */
  pair(name: string, value: string): string
  /** "row: values" */
  line(head: string, values: readonly string[]): string
}

const label = <K extends string>(list: readonly { key: K; label: string }[], key: K) =>
  list.find((x) => x.key === key)?.label ?? key

const CHINESE: ChartWords = {
  english: false,
  outcome: (g) => label(OUTCOME_GROUPS, g),
  row: (k) => rowSpec(k).short,
  applicant: (k) => APPLICANT_COLUMNS.find((c) => c.key === k)?.short ?? k,
  block: (k) => APPEAL_BLOCKS.find((b) => b.key === k)?.short ?? k,
  blockLabel: (k) => label(APPEAL_BLOCKS, k),
  measure: (k) => label(APPEAL_MEASURES, k),
  total: '总计',
  year: '年度',
  agency: '机构',
  count: '件数',
  share: '占比',
  reason: '理由',
  group: '类别',
  outcomeHeading: '办理结果',
  change: '同比增减',
  describe: (title, lines, more) =>
    `${title}。${lines.join('；')}${more > 0 ? `；另有 ${more} 行，见表格视图` : ''}。`,
  pair: (name, value) => `${name} ${value}`,
  line: (head, values) => `${head}：${values.join('，')}`,
}

const ENGLISH: ChartWords = {
  english: true,
  outcome: (g) => OUTCOME_GROUP_EN[g],
  row: (k) => ROW_EN[k],
  applicant: (k) => APPLICANT_EN[k],
  block: (k) => APPEAL_BLOCK_EN[k],
  blockLabel: (k) => APPEAL_BLOCK_EN[k],
  measure: (k) => APPEAL_MEASURE_EN[k],
  total: 'Total',
  year: 'Year',
  agency: 'Agency',
  count: 'Count',
  share: 'Share',
  reason: 'Reason',
  group: 'Group',
  outcomeHeading: 'Outcome',
  change: 'change',
  describe: (title, lines, more) =>
    `${title}. ${lines.join('; ')}${more > 0 ? `; ${more} more rows in the table view` : ''}.`,
  pair: (name, value) => `${name} ${value}`,
  line: (head, values) => `${head}: ${values.join(', ')}`,
}

/** The words for a locale: English for `en…`, the template's Chinese otherwise. */
export function chartWords(locale: string): ChartWords {
  return locale.startsWith('en') ? ENGLISH : CHINESE
}
