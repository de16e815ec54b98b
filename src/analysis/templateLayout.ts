/**
 * Table 3 laid out as the template prints it: three label columns (section, group, reason) with
 * the row and column spans of the published form. The words come from the catalog labels, split
 * where the template breaks them into cells, so no second label list exists.
 */
import { REQUEST_ROWS, type RequestRowKey, type RowGroup } from '@/domain/catalog'
import { hasSplitOther, rowsOfEdition, type Report } from '@/domain/report'

export interface LabelCell {
  text: string
  rowspan: number
  colspan: number
}

export interface LayoutRow {
  key: RequestRowKey
  /** Label cells this row starts (cells spanning from rows above are not repeated). */
  labels: LabelCell[]
  /** The row is in the template but not in the report. */
  missing: boolean
}

const OUTCOME_GROUPS: readonly RowGroup[] = [
  'granted',
  'partial',
  'denied',
  'unavailable',
  'rejected',
  'other',
  'total',
]

/** Splits `（三）不予公开 1.属于国家秘密` into the group heading and the reason. */
function splitHeading(label: string): [string, string] {
  const at = label.indexOf(' ')
  return at < 0 ? [label, ''] : [label.slice(0, at), label.slice(at + 1)]
}

/** The rows to draw: the edition's rows plus any other row the report prints, in catalog order. */
export function layoutRowKeys(report: Report): RequestRowKey[] {
  const expected = new Set(rowsOfEdition(report.edition, hasSplitOther(report)))
  return REQUEST_ROWS.map((r) => r.key).filter(
    (k) => expected.has(k) || report.requests[k] !== undefined,
  )
}

export function requestTableLayout(report: Report): LayoutRow[] {
  const keys = layoutRowKeys(report)
  const specs = keys
    .map((k) => REQUEST_ROWS.find((r) => r.key === k))
    .filter((s) => s !== undefined)
  const outcomeCount = specs.filter((s) => OUTCOME_GROUPS.includes(s.group)).length
  const groupCount = (g: RowGroup) => specs.filter((s) => s.group === g).length
  const startedGroups = new Set<RowGroup>()
  let sectionStarted = false

  return specs.map((spec) => {
    const labels: LabelCell[] = []
    const missing = report.requests[spec.key] === undefined
    if (!OUTCOME_GROUPS.includes(spec.group)) {
      labels.push({ text: spec.label, rowspan: 1, colspan: 3 })
      return { key: spec.key, labels, missing }
    }
    if (!sectionStarted) {
      sectionStarted = true
      // 三、本年度办理结果 is printed once, spanning every outcome row and the total.
      const section = spec.label.split('（')[0] ?? spec.label
      labels.push({ text: section, rowspan: outcomeCount, colspan: 1 })
    }
    const inGroup = groupCount(spec.group)
    const single = inGroup === 1 || spec.group === 'granted' || spec.group === 'partial'
    if (single) {
      const text =
        spec.group === 'granted' ? spec.label.slice(spec.label.indexOf('（')) : spec.label
      labels.push({ text, rowspan: 1, colspan: 2 })
      return { key: spec.key, labels, missing }
    }
    if (!startedGroups.has(spec.group)) {
      startedGroups.add(spec.group)
      const [heading, reason] = splitHeading(spec.label)
      labels.push({ text: heading, rowspan: inGroup, colspan: 1 })
      labels.push({ text: reason, rowspan: 1, colspan: 1 })
    } else {
      labels.push({ text: spec.label, rowspan: 1, colspan: 1 })
    }
    return { key: spec.key, labels, missing }
  })
}
