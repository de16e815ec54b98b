/**
 * A report rendered the ways agencies publish it: text copied from a web page (tab-separated),
 * `pdftotext -layout`-like text with wrapped labels and page footers, a crawler's one-line text
 * with every cell glued, and a Word-exported web page. Used by the round-trip tests, the
 * benchmarks and the generator command; the importers must read each back.
 */
import { APPLICANT_KEYS, rowSpec } from '@/domain/catalog'
import type { Report } from '@/domain/report'
import {
  T3_HEAD,
  activeLines,
  appealValues,
  labelParts,
  narrative,
  rowKeys,
  tail,
  title,
} from './parts'
import { requestsTable } from './tables'

export type RenderLayout = 'tsv' | 'layout' | 'glued' | 'html' | 'markdown'

/** Text copied from a web page: one table row per line, cells separated by tabs. */
export function renderTsv(r: Report): string {
  const lines = [title(r), '', ...narrative(r), '二、主动公开政府信息情况', ...activeLines(r, '\t')]
  lines.push('三、收到和处理政府信息公开申请情况')
  lines.push(`${T3_HEAD}\t\t申请人情况`, '\t\t自然人\t法人或其他组织\t\t\t\t\t总计')
  lines.push('\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他')
  for (const key of rowKeys(r)) {
    const [group, own] = labelParts(key)
    const values = APPLICANT_KEYS.map((c) => String(r.requests[key]?.[c] ?? 0))
    lines.push([group, own, ...values].join('\t'))
  }
  lines.push('四、政府信息公开行政复议、行政诉讼情况')
  lines.push('行政复议\t\t\t\t\t行政诉讼')
  lines.push('结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉')
  lines.push(appealValues(r).join('\t'))
  lines.push(...tail(r))
  return lines.join('\n') + '\n'
}

/** Wraps a label at `width` characters, as a narrow table column does. */
function wrap(label: string, width: number): string[] {
  const out: string[] = []
  for (let i = 0; i < label.length; i += width) out.push(label.slice(i, i + width))
  return out
}

/** Like `pdftotext -layout`: padded columns, long labels wrapped with the values on their middle line, page footers. */
export function renderLayout(r: Report): string {
  const lines = [
    `        ${r.agency}`,
    `    ${r.year} 年政府信息公开工作年度报告`,
    '',
    ...narrative(r),
  ]
  lines.push('     二、主动公开政府信息情况', ...activeLines(r, '          '))
  lines.push(
    '      三、收到和处理政府信息公开申请情况',
    '                                   申请人情况',
  )
  lines.push('（本列数据的勾稽关系为：第一项加第二项之和，       法人或其他组织')
  lines.push('等于第三项加第四项之和）       自然人                                总计')
  lines.push(
    '                     商业企      科研机     社会公益     法律服务     其他',
    '                     业        构       组织       机构',
  )
  let page = 2
  rowKeys(r).forEach((key, i) => {
    const [group, own] = labelParts(key)
    const values = APPLICANT_KEYS.map((c) => String(r.requests[key]?.[c] ?? 0).padStart(6)).join(
      '   ',
    )
    if (group) lines.push(`      ${group}`)
    const parts = wrap(own, 14)
    const middle = Math.floor((parts.length - 1) / 2)
    parts.forEach((p, j) =>
      lines.push(
        j === middle ? `             ${p.padEnd(16, '　')}${values}` : `             ${p}`,
      ),
    )
    if (i === 12) lines.push('', `                    -${page++}-`, '\f')
  })
  lines.push(
    '     四、政府信息公开行政复议、行政诉讼情况',
    '行政复议                          行政诉讼',
  )
  lines.push(
    '                              未经复议直接起诉                              复议后起诉',
  )
  lines.push(
    '结果   结果    其他结    尚未',
    '                        总计',
    '维持   纠正    果      审结',
  )
  lines.push(
    appealValues(r)
      .map((v) => v.padStart(4))
      .join('  '),
  )
  lines.push(...tail(r))
  return lines.join('\n') + '\n'
}

/** A crawler's text: the whole report on one line, table cells glued with no separator. */
export function renderGlued(r: Report): string {
  const parts = [`标题: ${title(r)}`, '==================== 正文 ====================']
  const body = [...narrative(r), '二、主动公开政府信息情况', ...activeLines(r, '')]
  body.push(
    '三、收到和处理政府信息公开申请情况',
    T3_HEAD,
    '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
  )
  for (const key of rowKeys(r)) {
    body.push(
      rowSpec(key).label.replace(/\s/g, '') +
        APPLICANT_KEYS.map((c) => String(r.requests[key]?.[c] ?? 0)).join(''),
    )
  }
  body.push(
    '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉',
  )
  body.push(appealValues(r).join(''))
  body.push(...tail(r))
  return parts.join('\n') + '\n' + body.join('') + '\n'
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function td(text: string, attrs = ''): string {
  const body = text === '' ? '&nbsp;' : escapeHtml(text)
  return `<td${attrs} style="border:1px solid windowtext" valign="center"><p class="MsoNormal"><span lang="EN-US">${body}</span></p></td>`
}

/** A Word export inside a site template: navigation, scripts, rowspan/colspan, &nbsp; for blanks. */
export function renderHtml(
  r: Report,
  opts: { blankZeros?: boolean; blankTotals?: boolean; trailingRow?: boolean } = {},
): string {
  const v = (n: number | undefined) => (opts.blankZeros && !n ? '' : String(n ?? 0))
  const out: string[] = [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(title(r))}_政府信息公开年报</title>`,
    '<script>var nav = "<table><tr><td>1</td></tr></table>";</script><style>td{padding:2px}</style></head><body>',
    '<div class="nav"><a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; 政府信息公开年报 2024年政府信息公开工作年度报告</div>',
    `<h1>${escapeHtml(title(r))}</h1>`,
    ...narrative(r).map((p) => `<p>${escapeHtml(p)}</p>`),
    '<p>二、主动公开政府信息情况</p><table border="1">',
  ]
  for (const line of activeLines(r, '\t')) {
    const cells = line.split('\t')
    out.push(
      `<tr>${cells.map((c, i) => (cells.length === 1 ? td(c, ' colspan="4"') : td(i === 0 ? c : c))).join('')}</tr>`,
    )
  }
  out.push('</table><p>三、收到和处理政府信息公开申请情况</p><table border="1"><tbody>')
  out.push(`<tr>${td(T3_HEAD, ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`)
  out.push(
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
  )
  out.push(
    `<tr>${['商业企业', '科研机构', '社会公益<br/>组织', '法律服务<br/>机构', '其他'].map((c) => `<td>${c}</td>`).join('')}</tr>`,
  )
  // The data rows as a Word export lays them out: 三、本年度办理结果 spans every outcome row.
  for (const row of requestsTable(r, v, opts.blankTotals === true).slice(3)) {
    const cells = row.map((c) =>
      td(
        c.text,
        `${(c.colspan ?? 1) > 1 ? ` colspan="${c.colspan}"` : ''}${(c.rowspan ?? 1) > 1 ? ` rowspan="${c.rowspan}"` : ''}`,
      ),
    )
    out.push(`<tr>${cells.join('')}</tr>`)
  }
  out.push('</tbody></table><p>四、政府信息公开行政复议、行政诉讼情况</p><table border="1">')
  out.push(`<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>`)
  out.push(
    `<tr>${['结果<br>维持', '结果<br>纠正', '其他<br>结果', '尚未<br>审结', '总计'].map((c) => `<td rowspan="2">${c}</td>`).join('')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>`,
  )
  out.push(
    `<tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((c) => td(c)).join('')}</tr>`,
  )
  out.push(
    `<tr>${appealValues(r)
      .map((x) => td(v(Number(x))))
      .join(
        '',
      )}</tr>${opts.trailingRow ? `<tr>${'<td style="border:none">&nbsp;</td>'.repeat(15)}</tr>` : ''}</table>`,
  )
  out.push(...tail(r).map((p) => `<p>${escapeHtml(p)}</p>`))
  out.push(
    '<div class="footer">主办单位：某某区人民政府办公室 <script>document.write("x")</script></div></body></html>',
  )
  return out.join('\n')
}

/**
 * How a PDF converter's markdown arranges table 3: `groups`, one small table per row group, each
 * headed by its first row; `apart`, the 不予公开 and 其他处理 groups as a table of labels followed
 * by a table of their numbers; `before`, those numbers before their labels.
 */
export type MarkdownArrangement = 'groups' | 'apart' | 'before'

const md = (cells: string[]) => `| ${cells.join(' | ')} |`
const rule = (n: number) => `|${'---|'.repeat(n)}`

/** What `marker`- or `pdfplumber`-style converters make of a report's PDF. */
export function renderMarkdown(r: Report, arrangement: MarkdownArrangement = 'groups'): string {
  const lines = [`# ${title(r)}`, '', ...narrative(r), '', '## 二、主动公开政府信息情况', '']
  for (const line of activeLines(r, '\t')) {
    const cells = line.split('\t')
    lines.push(
      md(cells),
      ...(cells.length > 1 && cells[0] === '信息内容' ? [rule(cells.length)] : []),
    )
  }
  lines.push('', '## 三、收到和处理政府信息公开申请情况', '')
  lines.push(md([T3_HEAD, '', '', '申请人情况', '', '', '', '', '', '']), rule(10))
  lines.push(md(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']))
  lines.push(
    md([
      '',
      '',
      '',
      '',
      '商业企业',
      '科研机构',
      '社会公益<br>组织',
      '法律服务<br>机构',
      '其他',
      '',
    ]),
  )
  let group = ''
  const apart: { labels: string[]; values: string[] } = { labels: [], values: [] }
  const flush = () => {
    if (apart.labels.length === 0) return
    const labels = apart.labels.map((l) => md(['', l]))
    const values = apart.values.map((v) => md(v.split('\t')))
    const [first, ...rest] =
      arrangement === 'before' ? [...values, ...labels] : [...labels, ...values]
    lines.push('', first as string, rule(arrangement === 'before' ? 7 : 2), ...rest, '')
    apart.labels = []
    apart.values = []
  }
  for (const key of rowKeys(r)) {
    const spec = rowSpec(key)
    const [head, own] = labelParts(key)
    const values = APPLICANT_KEYS.map((c) => String(r.requests[key]?.[c] ?? 0))
    const moved = arrangement !== 'groups' && (spec.group === 'denied' || spec.group === 'other')
    const opens = spec.group !== group
    if (opens) flush()
    group = spec.group
    if (moved) {
      apart.labels.push(opens && head ? `${head} ${own}` : own)
      apart.values.push(values.join('\t'))
    } else if (opens) {
      // Each group its own small table, its first row taken for the header.
      lines.push('', md([head || own, head ? own : '', '', ...values]), rule(10))
    } else lines.push(md(['', own, '', ...values]))
  }
  flush()
  lines.push('', '## 四、政府信息公开行政复议、行政诉讼情况', '')
  lines.push(
    md(['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', '']),
    rule(15),
  )
  lines.push(
    md(['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '']),
  )
  lines.push(
    md(
      [...Array<string>(3)].flatMap(() => [
        '结果<br>维持',
        '结果<br>纠正',
        '其他<br>结果',
        '尚未<br>审结',
        '总计',
      ]),
    ),
  )
  lines.push(md(appealValues(r)), '')
  lines.push(...tail(r).map((l) => (/^[五六]、/.test(l) ? `## ${l}` : l)))
  return lines.join('\n') + '\n'
}

export function render(r: Report, layout: RenderLayout): string {
  switch (layout) {
    case 'tsv':
      return renderTsv(r)
    case 'layout':
      return renderLayout(r)
    case 'glued':
      return renderGlued(r)
    case 'html':
      return renderHtml(r)
    case 'markdown':
      return renderMarkdown(r)
  }
}
