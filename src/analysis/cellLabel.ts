/** A cell path (`requests.granted.natural`) in the template's words, for tooltips and findings. */
import {
  ACTIVE_ITEMS,
  ACTIVE_MEASURE_LABELS,
  APPEAL_BLOCKS,
  APPEAL_MEASURES,
  APPLICANT_COLUMNS,
  REQUEST_ROWS,
  type ActiveMeasureKey,
} from '@/domain/catalog'

export function cellLabel(path: string): string {
  const [table, ...rest] = path.split('.')
  const column = rest.pop() ?? ''
  const row = rest.join('.')
  if (table === 'requests') {
    const r = REQUEST_ROWS.find((s) => s.key === row)
    const c = APPLICANT_COLUMNS.find((s) => s.key === column)
    return `${r?.label ?? row} · ${c?.label ?? column}`
  }
  if (table === 'appeals') {
    const b = APPEAL_BLOCKS.find((s) => s.key === row)
    const m = APPEAL_MEASURES.find((s) => s.key === column)
    return `${b?.label ?? row} · ${m?.label ?? column}`
  }
  if (table === 'active') {
    const item = ACTIVE_ITEMS.find((s) => s.key === row)
    const label = ACTIVE_MEASURE_LABELS[column as ActiveMeasureKey] ?? column
    return `${item?.label ?? row} · ${label}`
  }
  return path
}
