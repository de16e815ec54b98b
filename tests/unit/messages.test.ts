/**
 * Findings speak both languages: every message the engine writes is a code with parameters, the
 * Chinese is the engine's own message, and the English names template words in English.
 */
import { describe, expect, it } from 'vitest'
import { checkReports } from '@/checks'
import { MESSAGES, renderMessage, type Param } from '@/checks/messages'
import { MESSAGES_EN, renderEnglish } from '@/checks/messagesEn'
import { generateDemoReports } from '@/generate/demo'
import { allSamples } from './helpers'

const HAN = /\p{Script=Han}/u

/** The person's own words in a finding (names, quotes, reasons): not the engine's to translate. */
function ownWords(p: Param): string[] {
  if (typeof p === 'string') return [p]
  if (typeof p === 'number' || Array.isArray(p)) return []
  if ('code' in p) return Object.values(p.params).flatMap(ownWords)
  if ('items' in p)
    return p.items.flatMap((i) => (typeof i === 'string' ? [i] : Array.isArray(i) ? [i[0]] : []))
  return []
}

describe('finding messages', () => {
  const findings = checkReports([...generateDemoReports(), ...allSamples()])

  it('covers many rules, so the checks below mean something', () => {
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(8)
  })

  it('renders the engine’s Chinese message from the code and parameters', () => {
    for (const f of findings) expect(renderMessage(f.code, f.params)).toBe(f.message)
  })

  it('renders English with every placeholder filled and no Chinese but the report’s own words', () => {
    for (const f of findings) {
      let text = renderEnglish(f.code, f.params)
      expect(text).not.toMatch(/\{\w+\}/)
      // Longest first: a year inside a document number must not break the number apart.
      const own = Object.values(f.params)
        .flatMap(ownWords)
        .sort((a, b) => b.length - a.length)
      for (const w of own) text = text.split(w).join('')
      expect(text, `${f.code}: ${renderEnglish(f.code, f.params)}`).not.toMatch(HAN)
    }
  })

  it('has both languages for every code', () => {
    for (const [code, zh] of Object.entries(MESSAGES)) {
      expect(zh, code).toMatch(HAN)
      const en = MESSAGES_EN[code as keyof typeof MESSAGES]
      expect(en, code).not.toMatch(HAN)
      // The same parameters in both languages.
      const names = (t: string) =>
        [...new Set([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
      expect(names(en), code).toEqual(names(zh))
    }
  })
})
