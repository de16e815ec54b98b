/**
 * The reader of a report's published text, whatever way it was obtained: copied from a page
 * (tab-separated), `pdftotext -raw`/`-layout`, a crawler's one-line text, a PDF converter's
 * markdown, or lines rebuilt from a PDF or an HTML table. The HTML, PDF and template-layout
 * spreadsheet importers all end here.
 */
import { SCHEMA_ID, editionForYear, rowSpec, type Edition } from '@/domain/catalog'
import type { Report, SourceFormat, TableKey, UnreadTable } from '@/domain/report'
import type { ImportNote, ImportedReport, NeededInput, Provenance } from '../types'
import type { GridDoc } from '../cells/types'
import { readGrid } from '../cells/read'
import { zeros } from '../provenance'
import { TABLE_NAME, combineReadings, refusedReading, type TableReading } from '../reading'
import { lineIndex, lineLocator } from './locate'
import { fullAgencyName, identify, regionOf } from './metadata'
import { detectEdition, findSections, narrative, type Span } from './sections'
import { buildStream, findFirst } from './stream'
import { NO_EDITION_FOR_TABLE2, streamReadings } from './streamTables'

export { lineLocator } from './locate'

export interface TextSource {
  text: string
  name: string
  format: SourceFormat
  /** Maps a source offset to where a person finds it; defaults to the line number. */
  locate?: (offset: number) => Provenance
  /** Title from outside the text (an HTML page's `<title>`), tried before the text's own. */
  title?: string
  /**
   * A title to try only after the text's own: a PDF's document title, which a browser fills
   * from the page's `<title>` but a word processor may keep from last year's file.
   */
  lastTitle?: string
  /**
   * The same document as rows of cells, where it has them: its tables are then also read cell by
   * cell, and each table is kept only where the two readings agree (or one alone could read it).
   */
  grid?: GridDoc
}

export type TextReadResult = { ok: true; value: ImportedReport } | { ok: false; error: string }

const MISSING: Record<TableKey, ImportNote> = {
  active: { level: 'info', code: 'table-missing', message: '未找到表二（主动公开政府信息情况）' },
  requests: {
    level: 'warning',
    code: 'table-missing',
    message: '未找到表三（收到和处理政府信息公开申请情况）',
  },
  appeals: {
    level: 'warning',
    code: 'table-missing',
    message: '未找到表四（行政复议、行政诉讼情况）',
  },
}

export function readText(source: TextSource): TextReadResult {
  const { text, name } = source
  const st = buildStream(text)
  const locate = source.locate ?? lineLocator(text)
  const notes: ImportNote[] = []
  const sec = findSections(st)

  // Where each table lies. Headings may be missing (a sheet holding only table 3).
  // A section may open with a paragraph before its table: the table starts at its header.
  const t3Heading = sec.requests?.end
  const t3Header =
    t3Heading !== undefined
      ? findFirst(st, ['本列数据', '申请人情况', '自然人'], t3Heading, sec.appeals?.start)
      : undefined
  const t3Start =
    t3Header?.start ?? t3Heading ?? findFirst(st, rowSpec('newReceived').match, 0)?.start
  const forward =
    t3Start !== undefined ? findFirst(st, rowSpec('carriedForward').match, t3Start) : undefined
  const t4Head =
    sec.appeals ?? (forward ? findFirst(st, ['行政复议', '行政法复议'], forward.end) : undefined)
  const t3End = t4Head?.start ?? sec.problems?.start ?? st.s.length
  const t4End = sec.problems?.start ?? sec.otherMatters?.start ?? st.s.length
  const t2End = sec.requests?.start ?? t3Start ?? st.s.length
  const t2Start =
    findFirst(st, ['第二十条', '信息内容'], sec.active?.end ?? 0, t2End)?.start ?? sec.active?.end

  // The edition comes from the tables' own labels.
  const detected = detectEdition(st, t2Start ?? t3Start ?? 0, t3End)

  // Who and which year; what cannot be found is asked of the person, the tables read all the same.
  const who = identify(text, name, source.title, source.lastTitle)
  notes.push(...who.notes)
  const needs: NeededInput[] = []
  if (!who.agency) needs.push('agency')
  if (who.year === undefined) needs.push('year')
  let agency = who.agency ?? ''
  const year = who.year ?? 0
  if (agency) {
    const full = fullAgencyName(agency, text)
    if (full !== agency) {
      notes.push({
        level: 'info',
        code: 'agency-from-body',
        message: `标题中的机构名「${agency}」在正文中写作「${full}」，采用全称`,
      })
      agency = full
    }
  }
  if (needs.length > 0) {
    const what = needs.map((n) => (n === 'agency' ? '报告机构' : '报告年度')).join('和')
    notes.push({
      level: 'warning',
      code: 'needs-input',
      message: `无法确定${what}：开头没有「XXXX年…政府信息公开工作年度报告」样式的标题${needs.includes('year') ? '，正文中没有统计期限' : ''}，文件名中也没有。请填写${what}后再导入`,
    })
  }

  let edition: Edition
  if (detected.edition) edition = detected.edition
  else {
    edition = editionForYear(year || new Date().getFullYear() - 1)
    notes.push({
      level: 'info',
      code: 'edition-guessed',
      message: year
        ? `表格标签不足以判断模板版本，按报告年度 ${year} 取 ${edition} 版`
        : '表格标签不足以判断模板版本，填写报告年度后按年度确定',
    })
  }

  const report: Report = {
    schema: SCHEMA_ID,
    agency,
    year,
    edition,
    requests: {},
    appeals: {},
  }
  const region = agency ? regionOf(agency) : undefined
  if (region) report.region = region

  const editionUnknown = !detected.edition && !year
  // Lines are counted only for a row holding several rows' numbers (rare: counting costs).
  let lineOf: ((offset: number) => number) | undefined
  const fromText = streamReadings(
    st,
    {
      t2: t2Start !== undefined && t2Start < t2End ? { start: t2Start, end: t2End } : undefined,
      t3: t3Start !== undefined ? { start: t3Start, end: t3End } : undefined,
      t4: t4Head ? { head: t4Head, end: t4End } : undefined,
    },
    { edition, editionUnknown, locate, lineOf: (offset) => (lineOf ??= lineIndex(text))(offset) },
  )
  const fromCells = source.grid ? readGrid(source.grid, edition) : undefined
  if (fromCells && editionUnknown && fromCells.active.found)
    fromCells.active = refusedReading(NO_EDITION_FOR_TABLE2, fromCells.active.where)
  const reading = (table: TableKey): TableReading =>
    fromCells ? combineReadings(table, fromCells[table], fromText[table]) : fromText[table]

  // Values on one line share a place: each cell keeps the index of its place.
  const places: Provenance[] = []
  const placeIndex = new Map<Provenance, number>()
  const placeOf = zeros()
  let blank = 0
  // A table printed but not read exactly is left out and named, never filled with zeros.
  const unread: UnreadTable[] = []
  for (const table of ['active', 'requests', 'appeals'] as const) {
    const r = reading(table)
    if (r.values) {
      if (table === 'active') report.active = r.values as Report['active']
      else if (table === 'requests') report.requests = r.values as Report['requests']
      else report.appeals = r.values as Report['appeals']
      for (const [cell, place] of r.places) {
        let k = placeIndex.get(place)
        if (k === undefined) {
          k = places.push(place)
          placeIndex.set(place, k)
        }
        placeOf[cell] = k
      }
      blank += r.blankCells
      notes.push(...r.notes)
    } else if (r.refused !== undefined) {
      notes.push(...r.notes)
      unread.push({ table, reason: r.refused, ...(r.where ? { where: r.where } : {}) })
      notes.push({
        level: 'warning',
        code: 'table-refused',
        message: `未读取${TABLE_NAME[table]}${r.where ? `（${r.where}）` : ''}：${r.refused}`,
        cells: [table],
      })
    } else notes.push(MISSING[table])
  }

  // Nothing of tables 3 and 4 read: the file is refused with the reasons, not kept empty.
  if (!report.requests.total && Object.keys(report.appeals).length === 0) {
    const reasons = notes.filter((n) => n.code === 'table-refused' || n.code === 'table-missing')
    return {
      ok: false,
      error: `未能读出表三或表四：${reasons.map((n) => n.message).join('；')}`,
    }
  }
  if (unread.length > 0) report.unread = unread
  if (blank > 0) {
    notes.push({
      level: 'info',
      code: 'blank-cells',
      message: `${blank} 个空白单元格（空白、-、—、/、无）按 0 计`,
    })
  }

  const textSections: Report['text'] = {}
  const slice = (a?: Span, b?: Span) =>
    a
      ? narrative(text.slice(st.at[a.end] ?? 0, b ? (st.at[b.start] ?? text.length) : text.length))
      : ''
  const overview = slice(sec.overview, sec.active ?? sec.requests)
  const problems = slice(sec.problems, sec.otherMatters)
  const otherMatters = slice(sec.otherMatters)
  if (overview) textSections.overview = overview
  if (problems) textSections.problems = problems
  if (otherMatters) textSections.otherMatters = otherMatters
  if (Object.keys(textSections).length > 0) report.text = textSections

  report.source = { name, format: source.format }
  const value: ImportedReport = { report, notes, provenance: { places, placeOf } }
  if (needs.length > 0) value.needs = needs
  return { ok: true, value }
}
