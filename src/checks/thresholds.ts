/**
 * The settings of the plausibility rules, with their defaults. A person can change them in the
 * page; the defaults are chosen so that small agencies (a handful of requests a year) raise no
 * alarm by chance.
 */
export interface Thresholds {
  /** YOY-JUMP: a key figure grows or shrinks by at least this factor from one year to the next… */
  yoyFactor: number
  /** …and the larger of the two years is at least this many cases (1 → 5 is no alarm). */
  yoyMinVolume: number
  /** PEER-OUTLIER: robust z-score (median and MAD of log counts, same year) at least this… */
  peerZ: number
  /** …among at least this many peer agencies… */
  peerMinAgencies: number
  /** …and a figure of at least this many cases. */
  peerMinVolume: number
  /** RATE-RISK: disclosure rate (予以公开 + 部分公开) ÷ 办理总计 below this… */
  disclosureRateMin: number
  /** …review/litigation correction rate (结果纠正 ÷ 已审结) above this… */
  correctionRateMax: number
  /** …and only when at least this many cases were decided. */
  rateMinCases: number
  /** TEXT-COPY: narrative sections at least this similar (0–1, shared 4-character pieces)… */
  textSimilarity: number
  /** …and at least this many characters long (boilerplate one-liners are no copy). */
  textMinLength: number
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  yoyFactor: 3,
  yoyMinVolume: 20,
  peerZ: 3.5,
  peerMinAgencies: 8,
  peerMinVolume: 20,
  disclosureRateMin: 0.2,
  correctionRateMax: 0.3,
  rateMinCases: 10,
  textSimilarity: 0.9,
  textMinLength: 120,
}
