/**
 * A generated demo district (示例数据): about 30 agencies × 2019–2024, small-agency magnitudes
 * (most offices receive a handful of requests a year, many none), every identity satisfied except
 * the anomalies planted in PLANTED below, so the checks and the findings view have something to
 * show. Deterministic: the same seed gives the same reports.
 */
import {
  APPEAL_BLOCK_KEYS,
  APPLICANT_KEYS,
  APPLICANT_PARTS,
  OTHER_SUB_ROWS,
  REQUEST_ROW_KEYS,
  SCHEMA_ID,
  editionForYear,
  type ActiveItemKey,
  type AppealMeasureKey,
  type Edition,
  type RequestRowKey,
} from '@/domain/catalog'
import {
  emptyAppealCounts,
  emptyApplicantCounts,
  rowsOfEdition,
  type ActiveValues,
  type FullApplicantCounts,
  type Report,
} from '@/domain/report'
import { pick, poisson, seededRandom } from './random'

export const DEMO_REGION = '青禾区'
export const DEMO_SOURCE_NAME = '示例数据（生成的青禾区）'
export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const

/** Agency name and its typical number of new requests a year. */
const AGENCIES: readonly [string, number][] = [
  ['青禾区人民政府办公室', 18],
  ['青禾区发展和改革局', 4],
  ['青禾区教育局', 6],
  ['青禾区科学技术局', 0.6],
  ['青禾区工业和信息化局', 1.2],
  ['青禾区公安分局', 9],
  ['青禾区民政局', 3],
  ['青禾区司法局', 1.5],
  ['青禾区财政局', 3.5],
  ['青禾区人力资源和社会保障局', 7],
  ['青禾区自然资源局', 45],
  ['青禾区生态环境分局', 5],
  ['青禾区住房和城乡建设局', 30],
  ['青禾区交通运输局', 3],
  ['青禾区水利局', 1.5],
  ['青禾区农业农村局', 6],
  ['青禾区商务局', 0.8],
  ['青禾区文化和旅游局', 0.7],
  ['青禾区卫生健康委员会', 4],
  ['青禾区退役军人事务局', 0.5],
  ['青禾区应急管理局', 1.6],
  ['青禾区审计局', 0.4],
  ['青禾区市场监督管理局', 8],
  ['青禾区统计局', 0.6],
  ['青禾区医疗保障局', 1.4],
  ['青禾区城市管理局', 6],
  ['青禾区城南街道办事处', 5],
  ['青禾区城北街道办事处', 3],
  ['青禾区河湾镇人民政府', 4],
  ['青禾区石桥镇人民政府', 2.5],
]

const YEAR_GROWTH: Record<number, number> = {
  2019: 0.7,
  2020: 0.8,
  2021: 1,
  2022: 1.1,
  2023: 1.25,
  2024: 1.3,
}

/** Share of requests by applicant type, in APPLICANT_PARTS order (natural persons dominate). */
const APPLICANT_WEIGHTS = [86, 7, 0.6, 0.8, 4, 1.6]

/** How handled requests end, by row; 其他处理 is split per edition below. */
const OUTCOME_WEIGHTS: [RequestRowKey, number][] = [
  ['granted', 40],
  ['partial', 12],
  ['denied.stateSecret', 0.2],
  ['denied.lawForbidden', 0.8],
  ['denied.safetyStability', 0.4],
  ['denied.thirdParty', 1.2],
  ['denied.internalAffairs', 1],
  ['denied.processInfo', 1.4],
  ['denied.enforcementFile', 0.6],
  ['denied.inquiry', 1],
  ['unavailable.notHeld', 24],
  ['unavailable.needsCreation', 3],
  ['unavailable.unclear', 2],
  ['rejected.complaint', 5],
  ['rejected.duplicate', 2],
  ['rejected.publication', 0.4],
  ['rejected.excessive', 0.4],
  ['rejected.confirmation', 0.6],
  ['other', 4],
]
const OTHER_SPLIT: [RequestRowKey, number][] = [
  ['other.noCorrection', 6],
  ['other.noFee', 0.5],
  ['other.misc', 3.5],
]

const APPEAL_OUTCOME_WEIGHTS: [AppealMeasureKey, number][] = [
  ['upheld', 60],
  ['corrected', 12],
  ['other', 18],
  ['pending', 10],
]

/** The anomalies planted on purpose; each names the check that should find it. */
export const PLANTED = {
  balance: { agency: '青禾区住房和城乡建设局', year: 2022, rule: 'T3-BALANCE' },
  appealSum: { agency: '青禾区人民政府办公室', year: 2023, rule: 'T4-SUM' },
  carry: { agency: '青禾区公安分局', year: 2021, rule: 'X-CARRY' },
  missing: { agency: '青禾区民政局', year: 2022, rule: 'MISSING' },
  jump: { agency: '青禾区教育局', year: 2023, rule: 'YOY-JUMP' },
  edition: { agency: '青禾区财政局', year: 2021, rule: 'EDITION' },
} as const

interface AgencyState {
  forward: FullApplicantCounts
  regulations: number
  normativeDocs: number
}

/** Generated tables are whole: every cell is given. */
type FullRequests = Partial<Record<RequestRowKey, FullApplicantCounts>>

function blankRequests(edition: Edition, split: boolean): FullRequests {
  const requests: FullRequests = {}
  for (const key of rowsOfEdition(edition, split)) requests[key] = emptyApplicantCounts()
  return requests
}

function addTo(requests: FullRequests, row: RequestRowKey, col: keyof FullApplicantCounts) {
  const counts = requests[row]
  if (counts) counts[col] += 1
}

function closeRowTotals(requests: FullRequests) {
  for (const counts of Object.values(requests)) {
    counts.total = APPLICANT_PARTS.reduce((sum, k) => sum + counts[k], 0)
  }
}

/** A signature of table 3 used to avoid two agencies printing identical non-zero tables. */
function tableSignature(r: Report): string {
  return JSON.stringify(r.requests)
}

function generateOne(
  random: () => number,
  agency: string,
  scale: number,
  year: number,
  state: AgencyState,
): Report {
  const printedEdition = editionForYear(year)
  const split = printedEdition === '2021'
  const requests = blankRequests(printedEdition, split)
  const jump = agency === PLANTED.jump.agency && year === PLANTED.jump.year ? 9 : 1
  const mean = scale * (YEAR_GROWTH[year] ?? 1) * jump

  const received = poisson(random, mean)
  for (let i = 0; i < received; i++) {
    const col = APPLICANT_PARTS[pick(random, APPLICANT_WEIGHTS)] ?? 'natural'
    addTo(requests, 'newReceived', col)
  }
  for (const col of APPLICANT_PARTS) {
    const carried = state.forward[col]
    const row = requests.carriedOver
    if (row) row[col] = carried
    const available = (requests.newReceived?.[col] ?? 0) + carried
    for (let i = 0; i < available; i++) {
      // Requests received in late December are still open at year end.
      if (random() < 0.05) {
        addTo(requests, 'carriedForward', col)
        continue
      }
      addTo(requests, 'total', col)
      let row =
        OUTCOME_WEIGHTS[
          pick(
            random,
            OUTCOME_WEIGHTS.map(([, w]) => w),
          )
        ]?.[0] ?? 'granted'
      if (row === 'other' && split) {
        row =
          OTHER_SPLIT[
            pick(
              random,
              OTHER_SPLIT.map(([, w]) => w),
            )
          ]?.[0] ?? 'other.misc'
      }
      addTo(requests, row, col)
    }
  }
  closeRowTotals(requests)
  state.forward = { ...(requests.carriedForward ?? emptyApplicantCounts()) }

  const appeals: Report['appeals'] = {}
  const means = { review: received * 0.05, suitDirect: received * 0.015, suitAfterReview: 0 }
  for (const block of APPEAL_BLOCK_KEYS) {
    const counts = emptyAppealCounts()
    const mean = block === 'suitAfterReview' ? (appeals.review?.total ?? 0) * 0.25 : means[block]
    const n = poisson(random, mean)
    for (let i = 0; i < n; i++) {
      const m =
        APPEAL_OUTCOME_WEIGHTS[
          pick(
            random,
            APPEAL_OUTCOME_WEIGHTS.map(([, w]) => w),
          )
        ]
      counts[m?.[0] ?? 'upheld'] += 1
    }
    counts.total = n
    appeals[block] = counts
  }

  return {
    schema: SCHEMA_ID,
    agency,
    region: DEMO_REGION,
    year,
    edition: printedEdition,
    requests,
    appeals,
    active: activeTable(random, printedEdition, scale, state),
    source: { name: DEMO_SOURCE_NAME, format: 'json' },
  }
}

/** Table 2 with rolling counts of documents in force, so T2-ROLL holds across 2021+ years. */
function activeTable(
  random: () => number,
  edition: Edition,
  scale: number,
  state: AgencyState,
): Partial<Record<ActiveItemKey, ActiveValues>> {
  const decisions = () => poisson(random, scale * 12)
  if (edition === '2019') {
    const made = poisson(random, 0.8)
    state.normativeDocs += made
    return {
      regulations: { made: 0, published: 0, totalPublished: state.regulations },
      normativeDocs: { made, published: made, totalPublished: state.normativeDocs },
      licensing: { previousItems: poisson(random, 6), change: 0, decisions: decisions() },
      otherServices: { previousItems: poisson(random, 3), change: 0, decisions: decisions() },
      penalty: { previousItems: poisson(random, 10), change: 0, decisions: decisions() },
      coercion: { previousItems: poisson(random, 2), change: 0, decisions: poisson(random, 1) },
      fees: { previousItems: 0, change: 0 },
      procurement: { projects: poisson(random, 2), amount: Math.round(random() * 800) / 10 },
    }
  }
  const issued = poisson(random, 0.8)
  const repealed = Math.min(state.normativeDocs + issued, poisson(random, 0.4))
  state.normativeDocs += issued - repealed
  return {
    regulations: { issued: 0, repealed: 0, inForce: state.regulations },
    normativeDocs: { issued, repealed, inForce: state.normativeDocs },
    licensing: { decisions: decisions() },
    penalty: { decisions: decisions() },
    coercion: { decisions: poisson(random, 1) },
    fees: { amount: Math.round(random() * 500 * scale) / 100 },
  }
}

/** Rows in template order, as an importer would give them. */
function reorder(requests: Report['requests']): Report['requests'] {
  const out: Report['requests'] = {}
  for (const key of REQUEST_ROW_KEYS) {
    const row = requests[key]
    if (row) out[key] = row
  }
  return out
}

/** A generated row is whole: every cell is given (see blankRequests). */
function whole<T extends object>(row: Partial<T> | undefined): T | undefined {
  return row as T | undefined
}

function plant(reports: Report[]): Report[] {
  const find = (p: { agency: string; year: number }) =>
    reports.find((r) => r.agency === p.agency && r.year === p.year)

  // More received than handled and carried forward: T3-BALANCE only (the carry chain stays intact).
  const balance = whole(find(PLANTED.balance)?.requests.newReceived)
  if (balance) {
    balance.natural += 2
    balance.total += 2
  }
  const review = whole(find(PLANTED.appealSum)?.appeals.review)
  if (review) {
    review.upheld += 3
    review.corrected += 1
  }
  // Carried over more than last year carried forward, handled and granted: only X-CARRY breaks.
  const carry = find(PLANTED.carry)?.requests
  if (carry?.carriedOver && carry.granted && carry.total) {
    for (const row of [carry.carriedOver, carry.granted, carry.total].map(whole)) {
      if (!row) continue
      row.natural += 3
      row.total += 3
    }
  }
  // A 2021 report printed on the old template: one （六） row and the 2019 edition's label.
  const edition = find(PLANTED.edition)
  if (edition) {
    edition.edition = '2019'
    const merged = emptyApplicantCounts()
    for (const key of OTHER_SUB_ROWS) {
      const row = edition.requests[key]
      for (const col of APPLICANT_KEYS) merged[col] += row?.[col] ?? 0
      delete edition.requests[key]
    }
    edition.requests = reorder({ ...edition.requests, other: merged })
    // The old template's table 2 too: its measures, carrying the same counts where they exist.
    const a = edition.active
    if (a) {
      const docs = (v: ActiveValues | undefined) => ({
        made: v?.issued ?? 0,
        published: v?.issued ?? 0,
        totalPublished: v?.inForce ?? 0,
      })
      const items = (v: ActiveValues | undefined) => ({
        previousItems: 0,
        change: 0,
        decisions: v?.decisions ?? 0,
      })
      edition.active = {
        regulations: docs(a.regulations),
        normativeDocs: docs(a.normativeDocs),
        licensing: items(a.licensing),
        penalty: items(a.penalty),
        coercion: items(a.coercion),
        fees: { previousItems: 0, change: 0 },
      }
    }
  }
  return reports.filter(
    (r) => !(r.agency === PLANTED.missing.agency && r.year === PLANTED.missing.year),
  )
}

export function generateDemoReports(seed = 20240331): Report[] {
  const random = seededRandom(seed)
  const reports: Report[] = []
  const seen = new Set<string>()
  for (const [agency, scale] of AGENCIES) {
    const state: AgencyState = {
      forward: emptyApplicantCounts(),
      regulations: 0,
      normativeDocs: Math.round(random() * 8),
    }
    for (const year of DEMO_YEARS) {
      // Small offices often print the same tiny table twice; redraw so TABLE-COPY stays quiet
      // except where it is planted.
      let report = generateOne(random, agency, scale, year, { ...state })
      for (let attempt = 0; attempt < 20 && seen.has(tableSignature(report)); attempt++) {
        report = generateOne(random, agency, scale, year, { ...state })
      }
      const next = { ...state }
      generateOneCommit(report, next)
      Object.assign(state, next)
      if (report.requests.newReceived?.total) seen.add(tableSignature(report))
      reports.push(report)
    }
  }
  return plant(reports)
}

/** Carries the year-end state of an accepted report into the next year. */
function generateOneCommit(report: Report, state: AgencyState) {
  state.forward = {
    ...(whole<FullApplicantCounts>(report.requests.carriedForward) ?? emptyApplicantCounts()),
  }
  const docs = report.active?.normativeDocs
  state.normativeDocs = docs?.inForce ?? docs?.totalPublished ?? state.normativeDocs
}
