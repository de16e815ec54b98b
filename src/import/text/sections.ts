/** The report's sections, found in the stream by their headings, and its narrative text. */
import { EDITION_MARKERS, type Edition } from '@/domain/catalog'
import { findPattern, isFooterLine, splitLines, type Stream } from './stream'

export const SECTION = {
  overview: /一[、.,]?总体情况/,
  active: /二[、.,]?主动公开政府信息情况/,
  requests: /三[、.,]?收到和处理政府信息公开申请情况/,
  appeals: /四[、.,]?政府信息公开行政法?复议/,
  problems: /五[、.,]?存在的主要问题/,
  otherMatters: /六[、.,]?其他需要报告的事项/,
} as const

export type Span = { start: number; end: number }

export function findSections(st: Stream): Partial<Record<keyof typeof SECTION, Span>> {
  const found: Partial<Record<keyof typeof SECTION, Span>> = {}
  let from = 0
  for (const key of Object.keys(SECTION) as (keyof typeof SECTION)[]) {
    const hit = findPattern(st, SECTION[key], from)
    if (hit) {
      found[key] = hit
      from = hit.end
    }
  }
  return found
}

/** The edition the tables' own labels name, if they name one. */
export function detectEdition(
  st: Stream,
  from: number,
  to: number,
): { edition?: Edition; hits: number } {
  const region = st.s.slice(from, to)
  const count = (e: Edition) => EDITION_MARKERS[e].filter((m) => region.includes(m)).length
  const a = count('2019')
  const b = count('2021')
  if (a === b) return { hits: 0 }
  return { edition: a > b ? '2019' : '2021', hits: Math.max(a, b) }
}

/** A narrative section as a person reads it: footers dropped, wrapped lines joined. */
export function narrative(text: string): string {
  const out: string[] = []
  for (const raw of splitLines(text)) {
    if (isFooterLine(raw.text)) continue
    const line = raw.text.replace(/[\s\u3000\u00a0]+/g, ' ').trim()
    if (!line) continue
    const prev = out[out.length - 1]
    if (
      prev !== undefined &&
      !/[。！？；：:”」]$/.test(prev) &&
      !/^[（(]?[一二三四五六七八九十]+[)）、]/.test(line)
    ) {
      out[out.length - 1] = prev + line
    } else out.push(line)
  }
  return out.join('\n').trim()
}
