/**
 * Markdown tables as PDF converters write them (`| 三、本年度办理结果 | （一）予以公开 | 33 |`,
 * `|---|---|` rules, `<br>` inside cells, `**bold**`) turned into the tab-separated cells the
 * stream already reads, character for character, so every offset still points into the source.
 */

/** A row of a markdown table: starts with a pipe and has at least one more. */
const TABLE_ROW = /^[ \t]*\|.*\|/
/** The rule under a header row: pipes, dashes, colons, spaces. */
const RULE = /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?)?[ \t]*$/
const DECORATION = /<br\s*\/?>|\*\*|__/gi

const spaces = (s: string) => ' '.repeat(s.length)

/** The text with its markdown table rows as tab-separated cells; other lines untouched. */
export function unmarkTables(text: string): string {
  if (!text.includes('|')) return text
  return text.replace(/[^\r\n]+/g, (line) => {
    if (!TABLE_ROW.test(line)) return line
    if (RULE.test(line)) return spaces(line)
    return line.replace(DECORATION, spaces).replace(/\\\|/g, '  ').replace(/\|/g, '\t')
  })
}
