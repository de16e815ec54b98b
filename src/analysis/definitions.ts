/**
 * 口径: how each rate is defined. Reports and peers define them differently, so the person picks;
 * every rate, tooltip and export says which definition it used. Words live in the i18n
 * dictionaries under `definition.*`.
 */

/** 公开率: (予以公开 + 部分公开) ÷ 办结, or 予以公开 ÷ 办结. 办结 is （七）总计. */
export type DisclosureBasis = 'grantedPartial' | 'granted'
/** 纠错率: 结果纠正 ÷ 已审结 (总计 − 尚未审结), or 结果纠正 ÷ 总计. */
export type CorrectionBasis = 'decided' | 'total'

export interface RateDefinitions {
  disclosure: DisclosureBasis
  correction: CorrectionBasis
}

export const DISCLOSURE_BASES: readonly DisclosureBasis[] = ['grantedPartial', 'granted']
export const CORRECTION_BASES: readonly CorrectionBasis[] = ['decided', 'total']

export const DEFAULT_DEFINITIONS: RateDefinitions = {
  disclosure: 'grantedPartial',
  correction: 'decided',
}

/** The formula in the template's words, for tooltips and export stamps (Chinese). */
export const DEFINITION_FORMULA = {
  disclosure: {
    grantedPartial: '公开率 =（予以公开 + 部分公开）÷ 办结（（七）总计）',
    granted: '公开率 = 予以公开 ÷ 办结（（七）总计）',
  },
  correction: {
    decided: '纠错率 = 结果纠正 ÷ 已审结（总计 − 尚未审结）',
    total: '纠错率 = 结果纠正 ÷ 总计',
  },
} as const satisfies {
  disclosure: Record<DisclosureBasis, string>
  correction: Record<CorrectionBasis, string>
}

/** One line naming both definitions in use: stamped on exports and printed briefings. */
export function definitionsStamp(d: RateDefinitions): string {
  return `口径：${DEFINITION_FORMULA.disclosure[d.disclosure]}；${DEFINITION_FORMULA.correction[d.correction]}`
}
