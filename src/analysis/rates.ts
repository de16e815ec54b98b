/**
 * Rates with their parts, so a view can show "—" when there are too few cases and say which
 * definition (口径, see definitions.ts) it used.
 */
import { DEFAULT_DEFINITIONS, type CorrectionBasis, type DisclosureBasis } from './definitions'
import type { KeyFigures, RateTally } from './figures'

export interface Rate {
  numerator: number
  denominator: number
  /** null when no report gives every part, or the denominator is 0. */
  value: number | null
  /** How many reports the parts come from. */
  n: number
}

export function rate(numerator: number, denominator: number, n = 1): Rate {
  return {
    numerator,
    denominator,
    value: n > 0 && denominator > 0 ? numerator / denominator : null,
    n,
  }
}

function fromTally(t: RateTally): Rate {
  return rate(t.numerator, t.denominator, t.n)
}

/** 公开率 over the reports that give （七）总计 and the outcomes the definition adds up. */
export function disclosureRate(
  f: KeyFigures,
  basis: DisclosureBasis = DEFAULT_DEFINITIONS.disclosure,
): Rate {
  return fromTally(f.rates.disclosure[basis])
}

/**
 * 纠错率 of administrative review. The printed total is used even where it disagrees with its
 * parts (T4-SUM flags that), so the rate matches the published table.
 */
export function reviewCorrectionRate(
  f: KeyFigures,
  basis: CorrectionBasis = DEFAULT_DEFINITIONS.correction,
): Rate {
  return fromTally(f.rates.reviewCorrection[basis])
}

/** 纠错率 of both kinds of lawsuit together. */
export function suitCorrectionRate(
  f: KeyFigures,
  basis: CorrectionBasis = DEFAULT_DEFINITIONS.correction,
): Rate {
  return fromTally(f.rates.suitCorrection[basis])
}

/** Whether a rate rests on enough cases to be shown as a number (and ranked). */
export function isReliable(r: Rate, minCases: number): boolean {
  return r.value !== null && r.denominator >= minCases
}
