/**
 * What leaves the app says how it was measured: the 问题清单 files carry the 口径 and the
 * thresholds RATE-RISK used; dates are written in Chinese order and 24-hour whatever the locale;
 * changes read with an arrow and their sign.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_DEFINITIONS } from '@/analysis/definitions'
import { checkReports } from '@/checks'
import { DEFAULT_THRESHOLDS } from '@/checks/thresholds'
import { findingsCsv } from '@/export/findingsCsv'
import { findingsNotes } from '@/export/findingsNotes'
import { dateTime24, isoDate } from '@/format/date'
import { deltaText, rankChangeText } from '@/format/delta'
import { expected } from './helpers'

describe('the findings files', () => {
  const notes = findingsNotes(
    { disclosure: 'granted', correction: 'total' },
    DEFAULT_THRESHOLDS,
    Date.UTC(2025, 4, 6, 4),
  )

  it('name the views’ 口径 and the fixed one RATE-RISK measured by, with its thresholds', () => {
    expect(notes[0]).toBe(
      '看板所用口径：公开率 = 予以公开 ÷ 办结（（七）总计）；纠错率 = 结果纠正 ÷ 总计',
    )
    expect(notes[1]).toContain('RATE-RISK')
    expect(notes[1]).toContain('（予以公开 + 部分公开）÷ 办结')
    expect(notes[1]).toContain('20%')
    expect(notes[1]).toContain('10 件')
    expect(notes[2]).toBe('导出日期：2025-05-06')
    expect(DEFAULT_DEFINITIONS.disclosure).toBe('grantedPartial')
  })

  it('carry the notes under the list in CSV, after a blank line', () => {
    const findings = checkReports([expected('hongze-2023')])
    const csv = findingsCsv(findings, {}, {}, notes)
    const lines = csv.trimEnd().split('\r\n')
    expect(lines.at(-1)).toBe('导出日期：2025-05-06')
    expect(lines.at(-4)).toBe('')
    expect(lines).toHaveLength(1 + findings.length + 1 + notes.length)
  })
})

describe('dates and changes as written', () => {
  it('writes dates year first and times on 24 hours', () => {
    // Asia/Shanghai (the tests' time zone): 14:03 on 6 December 2026
    const t = Date.UTC(2026, 11, 6, 6, 3)
    expect(isoDate(t)).toBe('2026-12-06')
    expect(dateTime24(t)).toBe('2026-12-06 14:03')
    expect(dateTime24(t)).not.toMatch(/AM|PM/)
  })

  it('gives counts a signed change with the relative one, rates in points, ranks as moves', () => {
    expect(deltaText(10, 0.25, 'count', 'zh-CN')).toBe('▲ +10 (+25.0%)')
    expect(deltaText(-2, null, 'count', 'zh-CN')).toBe('▼ −2')
    expect(deltaText(0.153, null, 'rate', 'zh-CN')).toBe('▲ +15.3 pp')
    expect(deltaText(null, null, 'count', 'zh-CN')).toBe('')
    expect(rankChangeText(2)).toBe('↑2')
    expect(rankChangeText(-1)).toBe('↓1')
    expect(rankChangeText(0)).toBe('=')
    expect(rankChangeText(null)).toBe('')
  })
})
