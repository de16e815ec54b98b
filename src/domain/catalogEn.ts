/**
 * The template's words in English, for the interface's English mode: the same keys as the
 * catalog, so a legend, a table header or a finding names the same row in either language.
 * Chinese stays the catalog's own (the template prints it); this is a reader's translation.
 */
import type {
  ActiveItemKey,
  ActiveMeasureKey,
  AppealBlockKey,
  AppealMeasureKey,
  ApplicantKey,
  OutcomeGroup,
  RequestRowKey,
  TextSectionKey,
} from './catalog'

export const APPLICANT_EN: Record<ApplicantKey, string> = {
  natural: 'Natural persons',
  commercial: 'Businesses',
  research: 'Research institutions',
  social: 'Non-profits',
  legal: 'Legal service providers',
  other: 'Other organisations',
  total: 'Total',
}

export const ROW_EN: Record<RequestRowKey, string> = {
  newReceived: 'New requests',
  carriedOver: 'Carried over',
  granted: 'Granted',
  partial: 'Partially granted',
  'denied.stateSecret': 'State secret',
  'denied.lawForbidden': 'Barred by other laws',
  'denied.safetyStability': 'Endangers security or stability',
  'denied.thirdParty': 'Third-party rights',
  'denied.internalAffairs': 'Internal affairs',
  'denied.processInfo': 'Process information',
  'denied.enforcementFile': 'Enforcement case file',
  'denied.inquiry': 'Administrative inquiry',
  'unavailable.notHeld': 'Not held by this agency',
  'unavailable.needsCreation': 'Would need to be created',
  'unavailable.unclear': 'Still unclear after correction',
  'rejected.complaint': 'Petition or complaint',
  'rejected.duplicate': 'Duplicate request',
  'rejected.publication': 'Asks for a publication',
  'rejected.excessive': 'Excessive repeated requests',
  'rejected.confirmation': 'Asks to confirm or reissue',
  other: 'Other handling',
  'other.noCorrection': 'Not corrected in time',
  'other.noFee': 'Fee not paid in time',
  'other.misc': 'Other',
  total: 'Total handled',
  carriedForward: 'Carried forward',
}

export const OUTCOME_GROUP_EN: Record<OutcomeGroup, string> = {
  granted: 'Granted',
  partial: 'Partially granted',
  denied: 'Withheld',
  unavailable: 'Unavailable',
  rejected: 'Not processed',
  other: 'Other handling',
}

export const APPEAL_BLOCK_EN: Record<AppealBlockKey, string> = {
  review: 'Administrative review',
  suitDirect: 'Lawsuit, direct',
  suitAfterReview: 'Lawsuit after review',
}

export const APPEAL_MEASURE_EN: Record<AppealMeasureKey, string> = {
  upheld: 'Upheld',
  corrected: 'Corrected',
  other: 'Other result',
  pending: 'Pending',
  total: 'Total',
}

export const ACTIVE_ITEM_EN: Record<ActiveItemKey, string> = {
  regulations: 'Regulations',
  normativeDocs: 'Normative documents',
  licensing: 'Licensing',
  otherServices: 'Other services',
  penalty: 'Penalties',
  coercion: 'Coercive measures',
  fees: 'Fees',
  procurement: 'Procurement',
}

export const ACTIVE_MEASURE_EN: Record<ActiveMeasureKey, string> = {
  made: 'Made this year',
  published: 'Published this year',
  totalPublished: 'Published in total',
  previousItems: 'Items last year',
  change: 'Change this year',
  decisions: 'Decisions',
  projects: 'Procurement projects',
  amount: 'Amount (10,000 yuan)',
  issued: 'Issued this year',
  repealed: 'Repealed this year',
  inForce: 'In force',
}

/** A table's short name, as a cell's label starts (表三 / Table 3). */
export const TABLE_SHORT_EN = {
  active: 'Table 2',
  requests: 'Table 3',
  appeals: 'Table 4',
} as const

export const TEXT_SECTION_EN: Record<TextSectionKey, string> = {
  overview: 'Overview',
  problems: 'Problems and improvements',
  otherMatters: 'Other matters',
}

export const TABLE_EN = {
  active: 'table 2 (proactive disclosure)',
  requests: 'table 3 (requests)',
  appeals: 'table 4 (review and litigation)',
} as const
