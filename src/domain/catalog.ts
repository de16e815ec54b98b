/**
 * The one catalog of the template: tables, rows, columns, their labels and the words that
 * identify them in published text. Importers, checks, charts and exports all read it; no other
 * module keeps a list of labels.
 */

export type Edition = '2019' | '2021'
export const EDITIONS: readonly Edition[] = ['2019', '2021']

/** The edition a reporting year calls for (国办公开办函〔2019〕60号, then〔2021〕30号). */
export function editionForYear(year: number): Edition {
  return year >= 2021 ? '2021' : '2019'
}

// ---------------------------------------------------------------- table 3: columns

export const APPLICANT_KEYS = [
  'natural',
  'commercial',
  'research',
  'social',
  'legal',
  'other',
  'total',
] as const
export type ApplicantKey = (typeof APPLICANT_KEYS)[number]
/** The six applicant columns that add up to `total`. */
export const APPLICANT_PARTS = APPLICANT_KEYS.slice(0, 6) as Exclude<ApplicantKey, 'total'>[]

export interface ColumnSpec {
  key: ApplicantKey
  label: string
  short: string
  /** Words that name the column in a header, after whitespace is removed. */
  match: readonly string[]
}

export const APPLICANT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'natural', label: '自然人', short: '自然人', match: ['自然人'] },
  {
    key: 'commercial',
    label: '法人或其他组织 · 商业企业',
    short: '商业企业',
    match: ['商业企业'],
  },
  { key: 'research', label: '法人或其他组织 · 科研机构', short: '科研机构', match: ['科研机构'] },
  {
    key: 'social',
    label: '法人或其他组织 · 社会公益组织',
    short: '社会公益组织',
    match: ['社会公益组织', '公益组织'],
  },
  {
    key: 'legal',
    label: '法人或其他组织 · 法律服务机构',
    short: '法律服务机构',
    match: ['法律服务机构'],
  },
  { key: 'other', label: '法人或其他组织 · 其他', short: '其他', match: ['其他'] },
  { key: 'total', label: '总计', short: '总计', match: ['总计', '合计'] },
]

// ---------------------------------------------------------------- table 3: rows

export const REQUEST_ROW_KEYS = [
  'newReceived',
  'carriedOver',
  'granted',
  'partial',
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.safetyStability',
  'denied.thirdParty',
  'denied.internalAffairs',
  'denied.processInfo',
  'denied.enforcementFile',
  'denied.inquiry',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclear',
  'rejected.complaint',
  'rejected.duplicate',
  'rejected.publication',
  'rejected.excessive',
  'rejected.confirmation',
  'other',
  'other.noCorrection',
  'other.noFee',
  'other.misc',
  'total',
  'carriedForward',
] as const
export type RequestRowKey = (typeof REQUEST_ROW_KEYS)[number]

/** How a row takes part in the identities and in the outcome charts. */
export type RowGroup =
  | 'intake'
  | 'granted'
  | 'partial'
  | 'denied'
  | 'unavailable'
  | 'rejected'
  | 'other'
  | 'total'
  | 'forward'

export interface RowSpec {
  key: RequestRowKey
  /** The label as the template prints it. */
  label: string
  /** The sub-row's own words, without its group heading (for tables and charts). */
  short: string
  group: RowGroup
  /** The row's own words where `short` abbreviates them. */
  core?: string
  /** Editions whose template prints this row. `other` also appears in 2021-edition reports. */
  editions: readonly Edition[]
  /**
   * Words that identify the row in published text once whitespace is removed and full-width
   * forms folded. The first is the most specific; any of them anchors the row.
   */
  match: readonly string[]
  /**
   * Shorter words that name the row in a sheet's column header only. Kept apart from `match`:
   * in running text they would anchor on the narrative (「本年度共新收申请…」).
   */
  header?: readonly string[]
}

export const REQUEST_ROWS: readonly RowSpec[] = [
  {
    key: 'newReceived',
    label: '一、本年新收政府信息公开申请数量',
    short: '本年新收',
    group: 'intake',
    editions: ['2019', '2021'],
    match: ['本年新收', '新收政府信息公开申请'],
    header: ['新收申请', '新收'],
  },
  {
    key: 'carriedOver',
    label: '二、上年结转政府信息公开申请数量',
    short: '上年结转',
    group: 'intake',
    editions: ['2019', '2021'],
    match: ['上年结转'],
  },
  {
    key: 'granted',
    label: '三、本年度办理结果（一）予以公开',
    short: '予以公开',
    group: 'granted',
    editions: ['2019', '2021'],
    match: ['予以公开'],
  },
  {
    key: 'partial',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    short: '部分公开',
    group: 'partial',
    editions: ['2019', '2021'],
    match: ['部分公开'],
  },
  {
    key: 'denied.stateSecret',
    label: '（三）不予公开 1.属于国家秘密',
    short: '属于国家秘密',
    group: 'denied',
    editions: ['2019', '2021'],
    match: ['国家秘密'],
  },
  {
    key: 'denied.lawForbidden',
    label: '2.其他法律行政法规禁止公开',
    short: '其他法律行政法规禁止公开',
    group: 'denied',
    editions: ['2019', '2021'],
    match: ['其他法律', '禁止公开', '行政法规'],
  },
  {
    key: 'denied.safetyStability',
    label: '3.危及“三安全一稳定”',
    short: '危及“三安全一稳定”',
    group: 'denied',
    editions: ['2019', '2021'],
    match: ['三安全一稳定', '危及'],
  },
  {
    key: 'denied.thirdParty',
    label: '4.保护第三方合法权益',
    short: '保护第三方合法权益',
    group: 'denied',
    editions: ['2019', '2021'],
    match: ['第三方'],
  },
  {
    key: 'denied.internalAffairs',
    label: '5.属于三类内部事务信息',
    short: '属于三类内部事务信息',
    group: 'denied',
    editions: ['2019', '2021'],
    match: ['内部事务'],
  },
  {
    key: 'denied.processInfo',
    label: '6.属于四类过程性信息',
    short: '属于四类过程性信息',
    group: 'denied',
    editions: ['2019', '2021'],
    match: ['过程性'],
  },
  {
    key: 'denied.enforcementFile',
    label: '7.属于行政执法案卷',
    short: '属于行政执法案卷',
    group: 'denied',
    editions: ['2019', '2021'],
    match: ['执法案卷'],
  },
  {
    key: 'denied.inquiry',
    label: '8.属于行政查询事项',
    short: '属于行政查询事项',
    group: 'denied',
    editions: ['2019', '2021'],
    match: ['查询事项'],
  },
  {
    key: 'unavailable.notHeld',
    label: '（四）无法提供 1.本机关不掌握相关政府信息',
    short: '本机关不掌握相关政府信息',
    group: 'unavailable',
    editions: ['2019', '2021'],
    match: ['不掌握'],
  },
  {
    key: 'unavailable.needsCreation',
    label: '2.没有现成信息需要另行制作',
    short: '没有现成信息需要另行制作',
    group: 'unavailable',
    editions: ['2019', '2021'],
    match: ['另行制作', '没有现成'],
  },
  {
    key: 'unavailable.unclear',
    label: '3.补正后申请内容仍不明确',
    short: '补正后申请内容仍不明确',
    group: 'unavailable',
    editions: ['2019', '2021'],
    match: ['仍不明确', '补正后'],
  },
  {
    key: 'rejected.complaint',
    label: '（五）不予处理 1.信访举报投诉类申请',
    short: '信访举报投诉类申请',
    group: 'rejected',
    editions: ['2019', '2021'],
    match: ['信访', '举报投诉'],
  },
  {
    key: 'rejected.duplicate',
    label: '2.重复申请',
    short: '重复申请',
    group: 'rejected',
    editions: ['2019', '2021'],
    match: ['重复申请'],
  },
  {
    key: 'rejected.publication',
    label: '3.要求提供公开出版物',
    short: '要求提供公开出版物',
    group: 'rejected',
    editions: ['2019', '2021'],
    match: ['出版物'],
  },
  {
    key: 'rejected.excessive',
    label: '4.无正当理由大量反复申请',
    short: '无正当理由大量反复申请',
    group: 'rejected',
    editions: ['2019', '2021'],
    match: ['大量反复'],
  },
  {
    key: 'rejected.confirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    short: '要求行政机关确认或重新出具已获取信息',
    group: 'rejected',
    editions: ['2019', '2021'],
    match: ['确认或重新', '重新出具', '已获取信息'],
  },
  {
    key: 'other',
    label: '（六）其他处理',
    short: '其他处理',
    group: 'other',
    editions: ['2019', '2021'],
    match: ['其他处理'],
  },
  {
    key: 'other.noCorrection',
    label: '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    short: '逾期不补正',
    core: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: 'other',
    editions: ['2021'],
    // A narrow cell may wrap 逾期不 / 补正 around the group label's 他处理.
    match: ['逾期不补正', '不补正', '正当理由逾期'],
  },
  {
    key: 'other.noFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    short: '逾期未缴费',
    core: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: 'other',
    editions: ['2021'],
    match: ['收费通知', '缴纳费用'],
    header: ['逾期未缴费', '未缴费'],
  },
  {
    key: 'other.misc',
    label: '3.其他',
    short: '其他',
    group: 'other',
    editions: ['2021'],
    match: ['其他'],
  },
  {
    key: 'total',
    label: '（七）总计',
    short: '总计',
    group: 'total',
    editions: ['2019', '2021'],
    match: ['总计', '合计'],
  },
  {
    key: 'carriedForward',
    label: '四、结转下年度继续办理',
    short: '结转下年度',
    group: 'forward',
    editions: ['2019', '2021'],
    match: ['结转下年度', '继续办理'],
    header: ['结转下年'],
  },
]

export const OTHER_SUB_ROWS = ['other.noCorrection', 'other.noFee', 'other.misc'] as const

/** Outcome rows that add up to `total` (T3-OUTCOMES), for a report with or without the split. */
export function outcomeRows(splitOther: boolean): RequestRowKey[] {
  return REQUEST_ROWS.filter((r) =>
    ['granted', 'partial', 'denied', 'unavailable', 'rejected', 'other'].includes(r.group),
  )
    .map((r) => r.key)
    .filter((k) => (splitOther ? k !== 'other' : !k.startsWith('other.')))
}

export const OUTCOME_GROUPS = [
  { key: 'granted', label: '予以公开' },
  { key: 'partial', label: '部分公开' },
  { key: 'denied', label: '不予公开' },
  { key: 'unavailable', label: '无法提供' },
  { key: 'rejected', label: '不予处理' },
  { key: 'other', label: '其他处理' },
] as const
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]['key']

export function rowSpec(key: RequestRowKey): RowSpec {
  const spec = REQUEST_ROWS.find((r) => r.key === key)
  if (!spec) throw new Error(`unknown row ${key}`)
  return spec
}

// ---------------------------------------------------------------- table 4

export const APPEAL_BLOCK_KEYS = ['review', 'suitDirect', 'suitAfterReview'] as const
export type AppealBlockKey = (typeof APPEAL_BLOCK_KEYS)[number]
export const APPEAL_MEASURE_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const
export type AppealMeasureKey = (typeof APPEAL_MEASURE_KEYS)[number]

export const APPEAL_BLOCKS: readonly {
  key: AppealBlockKey
  label: string
  short: string
  match: readonly string[]
  /** Words of a sheet's column header only (as RowSpec.header): 「复议纠正」. */
  header?: readonly string[]
}[] = [
  {
    key: 'review',
    label: '行政复议',
    short: '行政复议',
    match: ['行政复议', '行政法复议'],
    header: ['复议'],
  },
  {
    key: 'suitDirect',
    label: '行政诉讼 · 未经复议直接起诉',
    short: '直接起诉',
    match: ['未经复议直接起诉', '直接起诉'],
  },
  {
    key: 'suitAfterReview',
    label: '行政诉讼 · 复议后起诉',
    short: '复议后起诉',
    match: ['复议后起诉'],
  },
]

export const APPEAL_MEASURES: readonly {
  key: AppealMeasureKey
  label: string
  match: readonly string[]
  header?: readonly string[]
}[] = [
  { key: 'upheld', label: '结果维持', match: ['结果维持', '维持'] },
  { key: 'corrected', label: '结果纠正', match: ['结果纠正', '纠正'] },
  { key: 'other', label: '其他结果', match: ['其他结果'], header: ['其他'] },
  { key: 'pending', label: '尚未审结', match: ['尚未审结', '未审结'] },
  { key: 'total', label: '总计', match: ['总计', '合计'] },
]

/**
 * Headings the template prints over several rows, blocks or columns. A sheet column headed by one
 * of them alone holds their sum, which no cell of a report holds: it is never split into parts.
 */
export interface SumHeading {
  label: string
  table: 'requests' | 'appeals'
  /** The rows (table 3) or blocks (table 4) under the heading; none: the row the header names. */
  rows?: readonly string[]
  /** The applicant columns under the heading; none: the column the header names. */
  columns?: readonly ApplicantKey[]
}

const SUMMED_GROUPS: readonly RowGroup[] = ['denied', 'unavailable', 'rejected']

export const SUM_HEADINGS: readonly SumHeading[] = [
  ...OUTCOME_GROUPS.filter((g) => SUMMED_GROUPS.includes(g.key)).map((g) => ({
    label: g.label,
    table: 'requests' as const,
    rows: REQUEST_ROWS.filter((r) => r.group === g.key).map((r) => r.key),
  })),
  { label: '行政诉讼', table: 'appeals', rows: ['suitDirect', 'suitAfterReview'] },
  { label: '法人或其他组织', table: 'requests', columns: APPLICANT_PARTS.slice(1) },
]

// ---------------------------------------------------------------- table 2

export const ACTIVE_ITEM_KEYS = [
  'regulations',
  'normativeDocs',
  'licensing',
  'otherServices',
  'penalty',
  'coercion',
  'fees',
  'procurement',
] as const
export type ActiveItemKey = (typeof ACTIVE_ITEM_KEYS)[number]

export const ACTIVE_MEASURE_KEYS = [
  'made',
  'published',
  'totalPublished',
  'previousItems',
  'change',
  'decisions',
  'projects',
  'amount',
  'issued',
  'repealed',
  'inForce',
] as const
export type ActiveMeasureKey = (typeof ACTIVE_MEASURE_KEYS)[number]

export const ACTIVE_MEASURE_LABELS: Record<ActiveMeasureKey, string> = {
  made: '本年新制作数量',
  published: '本年新公开数量',
  totalPublished: '对外公开总数量',
  previousItems: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  projects: '采购项目数量',
  amount: '金额（万元）',
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
}

export interface ActiveItemSpec {
  key: ActiveItemKey
  label: string
  match: readonly string[]
  /** Measures in the order the template prints them, per edition; absent = not in that edition. */
  measures: Partial<Record<Edition, readonly ActiveMeasureKey[]>>
}

export const ACTIVE_ITEMS: readonly ActiveItemSpec[] = [
  {
    key: 'regulations',
    label: '规章',
    match: ['规章'],
    measures: {
      '2019': ['made', 'published', 'totalPublished'],
      '2021': ['issued', 'repealed', 'inForce'],
    },
  },
  {
    key: 'normativeDocs',
    label: '规范性文件',
    match: ['规范性文件'],
    measures: {
      '2019': ['made', 'published', 'totalPublished'],
      '2021': ['issued', 'repealed', 'inForce'],
    },
  },
  {
    key: 'licensing',
    label: '行政许可',
    match: ['行政许可'],
    measures: { '2019': ['previousItems', 'change', 'decisions'], '2021': ['decisions'] },
  },
  {
    key: 'otherServices',
    label: '其他对外管理服务事项',
    match: ['其他对外管理服务事项', '对外管理服务'],
    measures: { '2019': ['previousItems', 'change', 'decisions'] },
  },
  {
    key: 'penalty',
    label: '行政处罚',
    match: ['行政处罚'],
    measures: { '2019': ['previousItems', 'change', 'decisions'], '2021': ['decisions'] },
  },
  {
    key: 'coercion',
    label: '行政强制',
    match: ['行政强制'],
    measures: { '2019': ['previousItems', 'change', 'decisions'], '2021': ['decisions'] },
  },
  {
    key: 'fees',
    label: '行政事业性收费',
    match: ['行政事业性收费'],
    measures: { '2019': ['previousItems', 'change'], '2021': ['amount'] },
  },
  {
    key: 'procurement',
    label: '政府集中采购',
    match: ['政府集中采购'],
    measures: { '2019': ['projects', 'amount'] },
  },
]

/** Measures that may be negative (本年增/减) or fractional (万元 amounts). */
export const SIGNED_MEASURES: readonly ActiveMeasureKey[] = ['change']
export const AMOUNT_MEASURES: readonly ActiveMeasureKey[] = ['amount']

/**
 * Words found only in one edition's tables. The edition is read from these, never from the year.
 * Compared after whitespace is removed.
 */
export const EDITION_MARKERS: Record<Edition, readonly string[]> = {
  '2019': [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增/减',
    '采购项目数量',
    '政府集中采购',
  ],
  '2021': [
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '本年处理决定数量',
    '本年收费金额',
    '逾期不补正',
    '收费通知',
  ],
}

// ---------------------------------------------------------------- report sections

export const TEXT_SECTIONS = [
  { key: 'overview', label: '一、总体情况' },
  { key: 'problems', label: '五、存在的主要问题及改进情况' },
  { key: 'otherMatters', label: '六、其他需要报告的事项' },
] as const
export type TextSectionKey = (typeof TEXT_SECTIONS)[number]['key']

export const SCHEMA_ID = 'gov-disclosure-report/1'
