import type { AppealTotals, KeyFigures } from './figures'

/** A ratio kept with its parts, so a view can show "—" when there are too few cases. */
export interface Rate {
  numerator: number
  denominator: number
  /** null when the denominator is 0. */
  value: number | null
}

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator > 0 ? numerator / denominator : null }
}

/** 公开率: (予以公开 + 部分公开) ÷ requests handled ((七)总计). */
export function disclosureRate(f: KeyFigures): Rate {
  return rate(f.outcomes.granted + f.outcomes.partial, f.handled)
}

/**
 * 纠错率: 结果纠正 ÷ decided cases, decided = 总计 − 尚未审结. The printed total is used even
 * where it disagrees with its parts (T4-SUM flags that), so the rate matches the published table.
 */
export function correctionRate(a: AppealTotals): Rate {
  return rate(a.corrected, a.total - a.pending)
}

/** Whether a rate rests on enough cases to be shown as a number. */
export function isReliable(r: Rate, minCases: number): boolean {
  return r.value !== null && r.denominator >= minCases
}
