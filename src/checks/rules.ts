/** Every rule the engine knows, with its severity and a Chinese name for lists and filters. */
import type { RuleId, Severity } from './types'

export const RULES: readonly { id: RuleId; severity: Severity; label: string }[] = [
  { id: 'T3-BALANCE', severity: 'error', label: '表三收支不平衡' },
  { id: 'T3-ROWSUM', severity: 'error', label: '表三行合计不符' },
  { id: 'T3-OUTCOMES', severity: 'error', label: '表三办理结果之和不符' },
  { id: 'T4-SUM', severity: 'error', label: '表四合计不符' },
  { id: 'X-CARRY', severity: 'warning', label: '结转数前后年不衔接' },
  { id: 'EDITION', severity: 'warning', label: '模板版本与年度不符' },
  { id: 'T2-ROLL', severity: 'warning', label: '表二现行有效件数不衔接' },
  { id: 'NARRATIVE', severity: 'warning', label: '正文数字与表格不符' },
  { id: 'TEXT-COPY', severity: 'warning', label: '正文疑似照搬' },
  { id: 'TABLE-COPY', severity: 'warning', label: '表格疑似照搬' },
  { id: 'YOY-JUMP', severity: 'info', label: '同比大幅变化' },
  { id: 'PEER-OUTLIER', severity: 'info', label: '明显高于同级机构' },
  { id: 'RATE-RISK', severity: 'warning', label: '公开率偏低或纠错率偏高' },
  { id: 'MISSING', severity: 'warning', label: '缺少年度报告' },
  { id: 'ZERO-ACTIVITY', severity: 'warning', label: '表格全零但正文有申请' },
  { id: 'UNREAD', severity: 'warning', label: '表格未能准确读取' },
]
