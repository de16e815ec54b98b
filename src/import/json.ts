/** Canonical JSON: one report, an array of reports, or `{ "reports": [ … ] }`. */
import { parseReport } from '@/domain/schema'
import type { FileImport, ImportedReport } from './types'

const MAX_DEPTH = 64

/** A file nested deeper than any report is not a report: said plainly rather than as a field error. */
function depthExceeds(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
      continue
    }
    if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > max) return true
    } else if (c === 125 || c === 93) depth--
  }
  return false
}

function jsonErrorPlace(text: string, message: string): string {
  const m = /position (\d+)/.exec(message)
  if (!m) return text.trim() === '' ? '文件没有内容' : '格式不是合法的 JSON'
  const pos = Number(m[1])
  const before = text.slice(0, pos)
  const line = before.split('\n').length
  const col = pos - before.lastIndexOf('\n')
  return `JSON 格式错误，第${line}行第${col}列附近${pos >= text.length - 1 ? '（文件可能被截断）' : ''}`
}

export function importJson(name: string, text: string): FileImport {
  const result: FileImport = { file: name, format: 'json', reports: [], notes: [] }
  const tooDeep = () => {
    result.reports = []
    result.notes = []
    result.error = `JSON 嵌套超过 ${MAX_DEPTH} 层，不是年度报告的结构`
    return result
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    if (depthExceeds(text, MAX_DEPTH)) return tooDeep()
    const truncated = /Unexpected end/i.test(String(e))
    result.error = truncated
      ? 'JSON 不完整：文件在中途结束（可能被截断）'
      : jsonErrorPlace(text, String(e))
    return result
  }
  let items: unknown[]
  let base = ''
  if (Array.isArray(value)) {
    items = value
  } else if (
    value &&
    typeof value === 'object' &&
    Array.isArray((value as { reports?: unknown }).reports)
  ) {
    items = (value as { reports: unknown[] }).reports
    base = 'reports'
  } else if (value && typeof value === 'object') {
    items = [value]
  } else {
    result.error = 'JSON 顶层应为一份报告（对象）、报告数组，或 { "reports": [...] }'
    return result
  }
  if (items.length === 0) {
    result.error = 'JSON 中没有报告'
    return result
  }
  const problems: string[] = []
  items.forEach((item, i) => {
    const label = items.length > 1 || base ? `${base}[${i}]` : ''
    const parsed = parseReport(item)
    if (!parsed.ok) {
      const who =
        item && typeof item === 'object' ? (item as { agency?: unknown; year?: unknown }) : {}
      const named =
        typeof who.agency === 'string'
          ? `（${[who.agency.slice(0, 40), who.year === undefined ? '' : String(who.year)].filter(Boolean).join(' ')}）`
          : ''
      problems.push(
        `${label ? `第${i + 1}份报告${named}` : `报告${named}`}：${parsed.issues.join('；')}`,
      )
      return
    }
    const report = parsed.report
    report.source = { name, format: 'json' }
    const notes: ImportedReport['notes'] = []
    // A table the report lacks is left out, never invented, and the import says so.
    if ((item as { appeals?: unknown }).appeals === undefined) {
      notes.push({
        level: 'warning',
        code: 'table-missing',
        message: 'appeals：缺少表四（行政复议、行政诉讼情况），按缺表导入，未补造数值',
      })
    }
    const imported: ImportedReport = {
      report,
      notes,
      // Every value of a JSON report comes from the same place.
      provenance: { all: { where: label ? `${name} ${label}` : name } },
    }
    result.reports.push(imported)
  })
  // A report is never nested that deep, so only a file with problems can be; it is refused whole.
  // (JSON.parse itself copes with any depth, and nothing here walks unknown structure.)
  if (problems.length > 0 && depthExceeds(text, MAX_DEPTH)) return tooDeep()
  if (result.reports.length === 0) result.error = problems.join('\n')
  else
    for (const p of problems)
      result.notes.push({ level: 'warning', code: 'rows-skipped', message: `未导入${p}` })
  return result
}
