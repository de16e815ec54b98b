/**
 * What the 问题清单 file says under the list: the 口径 the views use, and the fixed definition
 * and thresholds RATE-RISK measured its rates by (the checks do not follow the views' choice, so
 * a finding means the same whoever opens it).
 */
import { DEFAULT_DEFINITIONS, definitionsStamp, type RateDefinitions } from '@/analysis/definitions'
import type { Thresholds } from '@/checks/thresholds'
import { isoDate } from '@/format/date'

export function findingsNotes(
  definitions: RateDefinitions,
  thresholds: Thresholds,
  exportedAt: number,
): string[] {
  const pct = (v: number) => `${Math.round(v * 1000) / 10}%`
  return [
    `看板所用${definitionsStamp(definitions)}`,
    `规则 RATE-RISK 的${definitionsStamp(DEFAULT_DEFINITIONS)}；公开率低于 ${pct(thresholds.disclosureRateMin)}、纠错率高于 ${pct(thresholds.correctionRateMax)}、已办结至少 ${thresholds.rateMinCases} 件时提示`,
    `导出日期：${isoDate(exportedAt)}`,
  ]
}
