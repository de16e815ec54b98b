/**
 * The engine's messages in English, for the interface's English mode: loaded with it, so the
 * first view carries only the Chinese. Template words come from the catalog's English names.
 */
import {
  ACTIVE_ITEM_EN,
  APPEAL_BLOCK_EN,
  APPEAL_MEASURE_EN,
  APPLICANT_EN,
  ROW_EN,
  TABLE_EN,
  TEXT_SECTION_EN,
} from '@/domain/catalogEn'
import {
  render,
  type MessageCode,
  type Params,
  type PhraseKey,
  type Ref,
  type Words,
} from './messages'
import type { RuleId } from './types'

/** Every message the engine writes, in English, code for code. */
export const MESSAGES_EN: Record<MessageCode, string> = {
  't3-balance':
    'Table 3, column “{column}” does not balance: new {received} + carried over {over} = {left}, but total handled {total} + carried forward {forward} = {right}, a difference of {diff} (the template requires items one and two to equal items three and four)',
  't3-rowsum':
    'Table 3, row “{row}”: the six applicant types {parts} = {sum}, but the row’s total is {total}, a difference of {diff}',
  't3-outcomes':
    'Table 3, column “{column}”: the outcomes {terms} = {sum}, but the total (7) is {total}, a difference of {diff}',
  't4-sum': 'Table 4, “{block}”: {terms} = {sum}, but the total is {total}, a difference of {diff}',
  edition:
    'A {year} report should use the {due} template ({dueIssued}), but its table labels are the {edition} template’s ({issued})',
  'x-carry':
    '{year}: carried over ({column}) is {over}, but the {prevYear} report carried forward {forward}, a difference of {diff}',
  't2-roll':
    'Table 2, “{item}”: in force {before} in {prevYear} + issued {issued} − repealed {repealed} in {year} = {expected}, but {inForce} are in force in {year}, a difference of {diff}',
  narrative: 'The text says “{quote}”, that is {stated} {what}, but the table gives {table}',
  'zero-activity':
    'Table 3 is all zero, but the text says “{quote}”: the table may have been left unfilled',
  'text-copy':
    '“{section}” is {similarity}% similar to the same section of {whom} (four-character shingles, digits ignored): possibly copied',
  'text-copy-more':
    '“{section}” is {similarity}% similar to the same section of {whom} (four-character shingles, digits ignored): possibly copied; {others} more reports are also very similar',
  'table-copy':
    'Table 3 ({received} new requests) is identical to table 3 of {others}: possibly copied',
  'yoy-up':
    '{figure} went from {before} in {prevYear} to {after} in {year}, {ratio} times as many (threshold: {factor}× and at least {min})',
  'yoy-down':
    '{figure} went from {before} in {prevYear} to {after} in {year}, down to {percent}% (threshold: {factor}× and at least {min})',
  'peer-outlier':
    '{year}: {value} {figure}, far above the median of {peers} agencies that year (about {typical}), robust z {z} (threshold {threshold})',
  'rate-low':
    'Low disclosure rate: (granted {granted} + partially granted {partial}) ÷ handled {total} = {rate}, below {min}',
  'correction-high':
    'High correction rate of {block}: corrected {corrected} ÷ decided {decided} = {rate}, above {max}',
  missing: '“{agency}” has reports for {first}–{last} but none for {year}',
  unread: '{table} could not be read exactly{where}; it is left out of every figure: {reason}',
  'copy-own': 'this agency’s {year} report',
  'copy-other': '“{agency}” {year}',
}

const PHRASES_EN: Record<PhraseKey, string> = {
  newReceived: 'new requests',
  carriedOver: 'requests carried over',
  carriedForward: 'requests carried forward',
  review: 'administrative reviews',
  suits: 'lawsuits (direct + after review)',
  suitsShort: 'lawsuits',
  regulations: 'regulations',
  normativeDocs: 'normative documents',
  overview: 'Overview',
  problems: 'Problems and improvements',
}

function refEn(ref: Ref): string {
  if ('column' in ref) return APPLICANT_EN[ref.column]
  if ('row' in ref) return ROW_EN[ref.row]
  if ('rowLabel' in ref) return ROW_EN[ref.rowLabel]
  if ('block' in ref) return APPEAL_BLOCK_EN[ref.block]
  if ('blockLabel' in ref) return APPEAL_BLOCK_EN[ref.blockLabel]
  if ('measure' in ref) return APPEAL_MEASURE_EN[ref.measure]
  if ('item' in ref) return ACTIVE_ITEM_EN[ref.item]
  if ('section' in ref) return TEXT_SECTION_EN[ref.section]
  if ('table' in ref) return TABLE_EN[ref.table]
  if ('phrase' in ref) return PHRASES_EN[ref.phrase]
  return String(ref.year)
}

export const ENGLISH: Words = {
  templates: MESSAGES_EN,
  ref: refEn,
  allZero: 'all zero',
  listSeparator: ', ',
  etc: ' and others',
  itemGap: ' ',
}

/** A finding's message in English. */
export function renderEnglish(code: MessageCode, params: Params): string {
  // A message may open with a figure's name ("new requests went from…"): a sentence starts upper.
  const text = render(code, params, ENGLISH)
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The rules' names in English, rule for rule (checks/rules.ts has the Chinese). */
export const RULE_LABELS_EN: Record<RuleId, string> = {
  'T3-BALANCE': 'Table 3 does not balance',
  'T3-ROWSUM': 'Table 3 row total does not add up',
  'T3-OUTCOMES': 'Table 3 outcomes do not add up',
  'T4-SUM': 'Table 4 total does not add up',
  'X-CARRY': 'Carry-over does not match last year',
  EDITION: 'Template edition does not match the year',
  'T2-ROLL': 'Table 2 in-force count does not roll over',
  NARRATIVE: 'Text and table disagree',
  'TEXT-COPY': 'Text possibly copied',
  'TABLE-COPY': 'Table possibly copied',
  'YOY-JUMP': 'Large change from last year',
  'PEER-OUTLIER': 'Far above peer agencies',
  'RATE-RISK': 'Low disclosure or high correction rate',
  MISSING: 'Annual report missing',
  'ZERO-ACTIVITY': 'Table all zero but the text reports requests',
  UNREAD: 'Table could not be read exactly',
}
