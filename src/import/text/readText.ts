/**
 * The reader of a report's published text, whatever way it was obtained: copied from a page
 * (tab-separated), `pdftotext -raw`/`-layout`, a crawler's one-line text, a PDF converter's
 * markdown, or lines rebuilt from a PDF or an HTML table. The HTML, PDF and template-layout
 * spreadsheet importers all end here.
 */
import { SCHEMA_ID, editionForYear, rowSpec, type Edition } from '@/domain/catalog'
import type { Report, SourceFormat, TableKey, UnreadTable } from '@/domain/report'
import type { ImportNote, ImportedReport, NeededInput, Provenance } from '../types'
import { zeros } from '../provenance'
import { lineIndex, lineLocator } from './locate'
import { fullAgencyName, identify, regionOf } from './metadata'
import { detectEdition, findSections, narrative, type Span } from './sections'
import { buildStream, findFirst } from './stream'
import { readTable2 } from './table2'
import { readTable3 } from './table3'
import { readTable4 } from './table4'
import { table2Notes, table3Notes, table4Notes } from './tableNotes'
import type { Positions } from './tableResult'

export { lineLocator } from './locate'

export interface TextSource {
  text: string
  name: string
  format: SourceFormat
  /** Maps a source offset to where a person finds it; defaults to the line number. */
  locate?: (offset: number) => Provenance
  /** Title from outside the text (an HTML page's `<title>`), tried before the text's own. */
  title?: string
}

export type TextReadResult = { ok: true; value: ImportedReport } | { ok: false; error: string }

const TABLE_NAME: Record<TableKey, string> = { active: '表二', requests: '表三', appeals: '表四' }

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
  const who = identify(text, name, source.title)
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

  // Values on one line share a place: each cell keeps the index of its place.
  const places: Provenance[] = []
  const placeIndex = new Map<Provenance, number>()
  const placeOf = zeros()
  const record = (positions: Positions) => {
    for (const [cell, pos] of positions) {
      const place = locate(st.at[pos] ?? 0)
      let k = placeIndex.get(place)
      if (k === undefined) {
        k = places.push(place)
        placeIndex.set(place, k)
      }
      placeOf[cell] = k
    }
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

  let blank = 0

  // A table printed but not read exactly is left out and named, never filled with zeros.
  const unread: UnreadTable[] = []
  const refuse = (table: TableKey, reason: string, at: number) => {
    const where = locate(st.at[at] ?? 0).where
    unread.push({ table, reason, where })
    notes.push({
      level: 'warning',
      code: 'table-refused',
      message: `未读取${TABLE_NAME[table]}（${where}）：${reason}`,
      cells: [table],
    })
  }

  if (t2Start !== undefined && t2Start < t2End) {
    if (!detected.edition && !year) {
      // Its measures differ between editions, and neither the labels nor a year say which.
      refuse(
        'active',
        '表格标签不足以判断模板版本，且报告年度未知，表二各列的含义无法确定',
        t2Start,
      )
    } else {
      const t2 = readTable2(st, t2Start, t2End, edition)
      if (t2.values) {
        report.active = t2.values
        record(t2.positions)
        blank += t2.blankCells
        notes.push(...table2Notes(t2))
      } else if (t2.refused) {
        refuse('active', t2.refused, t2Start)
      }
    }
  } else {
    notes.push({
      level: 'info',
      code: 'table-missing',
      message: '未找到表二（主动公开政府信息情况）',
    })
  }

  if (t3Start !== undefined) {
    // Lines are counted only for a row holding several rows' numbers (rare: counting costs).
    let lineOf: ((offset: number) => number) | undefined
    const t3 = readTable3(st, t3Start, t3End, edition, (pos) =>
      (lineOf ??= lineIndex(text))(st.at[pos] ?? 0),
    )
    if (t3.values) {
      report.requests = t3.values
      record(t3.positions)
      blank += t3.blankCells
      const printedMissing = t3.missingRows.filter((k) => !(k === 'other' && edition === '2021'))
      notes.push(...table3Notes(t3, printedMissing))
    } else {
      refuse('requests', t3.refused ?? '', t3Start)
    }
  } else {
    notes.push({
      level: 'warning',
      code: 'table-missing',
      message: '未找到表三（收到和处理政府信息公开申请情况）',
    })
  }

  if (t4Head) {
    const t4Header = findFirst(st, ['结果维持', '维持'], t4Head.end, t4End)
    const t4 = readTable4(st, t4Header?.start ?? t4Head.end, t4End)
    if (t4.values) {
      report.appeals = t4.values
      record(t4.positions)
      blank += t4.blankCells
      notes.push(...table4Notes(t4))
    } else {
      refuse('appeals', t4.refused ?? '', t4Head.start)
    }
  } else {
    notes.push({
      level: 'warning',
      code: 'table-missing',
      message: '未找到表四（行政复议、行政诉讼情况）',
    })
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
