/** What the person is told about how a table was read: the notes of a table's result. */
import {
  ACTIVE_ITEMS,
  APPEAL_BLOCKS,
  APPLICANT_COLUMNS,
  rowSpec,
  type Edition,
  type RequestRowKey,
} from '@/domain/catalog'
import type { ImportNote } from '../types'
import type { BrokenIdentity } from './solve'
import type { TableResult } from './tableResult'

const short = (key: string) => rowSpec(key as RequestRowKey).short

/** `active.fees.amount` → 行政事业性收费. */
export function itemLabel(path: string): string {
  const key = path.split('.')[1]
  return ACTIVE_ITEMS.find((i) => i.key === key)?.label ?? path
}

/** An identity the values break, in words, with the rule's id. */
export function describeBroken(b: BrokenIdentity): string {
  switch (b.rule) {
    case 'T3-ROWSUM':
      return `「${short(b.row ?? '')}」一行六类申请人之和不等于总计（T3-ROWSUM）`
    case 'T3-BALANCE':
      return `「${APPLICANT_COLUMNS[b.column ?? 0]?.short}」列收到不等于办结加结转（T3-BALANCE）`
    case 'T3-OUTCOMES':
      return `「${APPLICANT_COLUMNS[b.column ?? 0]?.short}」列办理结果之和不等于总计（T3-OUTCOMES）`
    case 'T4-SUM':
      return `「${APPEAL_BLOCKS[Number(b.row ?? 0)]?.short}」维持+纠正+其他+未审结不等于总计（T4-SUM）`
  }
}

/** The cells an identity involves, for the note's `cells`. */
function brokenCells(b: BrokenIdentity): string[] {
  if (b.rule === 'T3-ROWSUM') return [`requests.${b.row}`]
  if (b.rule === 'T4-SUM') return [`appeals.${APPEAL_BLOCKS[Number(b.row ?? 0)]?.key}`]
  return [`requests.*.${APPLICANT_COLUMNS[b.column ?? 0]?.key}`]
}

/** Said once the values were chosen with the identities: which ones the published table breaks. */
function keptBreaks(table: string, broken: BrokenIdentity[]): ImportNote[] {
  if (broken.length === 0) return []
  return [
    {
      level: 'warning',
      code: 'identity-broken',
      message: `${table}按勾稽关系唯一确定了各单元格，但原表本身有 ${broken.length} 处不成立：${broken.map(describeBroken).join('；')}。数值按原表保留，由检查标出`,
      cells: broken.flatMap(brokenCells),
    },
  ]
}

export function table3Notes(
  t3: TableResult<Partial<Record<RequestRowKey, Record<string, number | undefined>>>>,
  printedMissing: string[],
): ImportNote[] {
  const notes: ImportNote[] = []
  const values = t3.values ?? {}
  if (t3.splitRows.length > 0) {
    // Rows of zeros split one way only: named by their count, not listed.
    const shown = t3.splitRows.filter((key) =>
      Object.values(values[key as RequestRowKey] ?? {}).some((v) => v !== 0),
    )
    const rows = shown.map(
      (key) => `${short(key)} ${Object.values(values[key as RequestRowKey] ?? {}).join('/')}`,
    )
    const zeros = t3.splitRows.length - shown.length
    notes.push({
      level: 'info',
      code: 'digits-split',
      message: `表三有 ${t3.splitRows.length} 行的数字连在一起，按勾稽关系（六类申请人之和等于总计，各列“收到=办结+结转”“办理结果之和=总计”）唯一拆分：${rows.join('；')}${zeros > 0 ? `${rows.length > 0 ? '；' : ''}其余 ${zeros} 行全为 0` : ''}`,
      cells: t3.splitRows.map((key) => `requests.${key}`),
    })
  }
  for (const u of t3.unprinted) {
    notes.push({
      level: 'info',
      code: 'cells-unprinted',
      message: `表三「${rowSpec(u.key as RequestRowKey).label}」一行有 ${u.cells} 个单元格未印数字，按 0 计（该行所涉勾稽关系均成立，或各种读法数值相同）`,
      cells: [`requests.${u.key}`],
    })
  }
  if (t3.displaced.length > 0) {
    notes.push({
      level: 'warning',
      code: 'rows-displaced',
      message: `表三有 ${t3.displaced.length} 行的数字与行标签分开排列（${t3.displaced.map(short).join('、')}），按行的顺序对应${t3.broken.length === 0 ? '，各项勾稽关系均成立' : ''}`,
      cells: t3.displaced.map((key) => `requests.${key}`),
    })
  }
  if (t3.splitRows.length > 0 || t3.unprinted.length > 0 || t3.displaced.length > 0) {
    notes.push(...keptBreaks('表三', t3.broken))
  }
  for (const l of t3.looseLabels) {
    notes.push({
      level: 'info',
      code: 'label-loose',
      message: `标签「${l.found}」与模板不完全一致，按近似匹配读作「${rowSpec(l.key as RequestRowKey).label}」`,
      cells: [`requests.${l.key}`],
    })
  }
  notes.push(...missingRowNotes(printedMissing))
  return notes
}

/**
 * Rows of table 3 the report does not print: left out, never invented, and said. A 2021-edition
 * report that prints the three （六） sub-rows lacks the single （六） row by design: not said.
 */
export function missingRowNotes(missing: readonly string[], edition?: Edition): ImportNote[] {
  return missing
    .filter((k) => !(k === 'other' && edition === '2021'))
    .map((key) => ({
      level: 'warning' as const,
      code: 'row-missing' as const,
      message: `表三中没有「${rowSpec(key as RequestRowKey).label}」一行，该行留空（未补造数值）`,
      cells: [`requests.${key}`],
    }))
}

export function table4Notes(
  t4: TableResult<Record<string, Record<string, number | undefined>>>,
): ImportNote[] {
  if (t4.splitRows.length === 0) return []
  const v = Object.values(t4.values ?? {}).flatMap((b) => Object.values(b))
  const unprinted = t4.unprinted.reduce((n, u) => n + u.cells, 0)
  return [
    {
      level: 'info',
      code: 'digits-split',
      message: `表四的数字连在一起，按“维持+纠正+其他+未审结=总计”唯一拆分为 ${v.join('、')}`,
      cells: ['appeals'],
    },
    ...(unprinted > 0
      ? [
          {
            level: 'info' as const,
            code: 'cells-unprinted' as const,
            message: `表四有 ${unprinted} 个单元格未印数字，按 0 计（各栏“维持+纠正+其他+未审结=总计”均成立，或各种读法数值相同）`,
            cells: ['appeals'],
          },
        ]
      : []),
    ...keptBreaks('表四', t4.broken),
  ]
}

export function table2Notes(t2: {
  converted: { path: string; printed: string; value: number }[]
  precise: { path: string; printed: string }[]
}): ImportNote[] {
  return [
    ...t2.converted.map((c): ImportNote => ({
      level: 'info',
      code: 'unit-converted',
      message: `表二「${itemLabel(c.path)}」金额印作「${c.printed}」，表格单位为万元，换算为 ${c.value} 万元`,
      cells: [c.path],
    })),
    ...t2.precise.map((p): ImportNote => ({
      level: 'warning',
      code: 'amount-precision',
      message: `表二「${itemLabel(p.path)}」金额印作「${p.printed}」，小数超过模板要求的 4 位，按原样保留`,
      cells: [p.path],
    })),
  ]
}
