/**
 * The page tokenizer scans by hand what a regex used to cut. On real pages and on markup soup it
 * must give exactly the regex's pieces.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { forEachToken } from '@/import/html'
import { samplesDir } from './helpers'

function collect(html: string) {
  const out: unknown[] = []
  // Where a tag's attributes lie is the tokenizer's own addition, which the regex did not give.
  forEachToken(html, ({ attrFrom: _from, attrTo: _to, ...t }) => out.push(t))
  return out
}

/** The regex the tokenizer replaced, as the reference. */
function byRegex(html: string) {
  const re =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g
  const out: { text?: string; tag?: string; closing?: boolean; selfClosing?: boolean }[] = []
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [all, tagName, , text] = m
    if (text !== undefined) out.push({ text })
    else if (tagName)
      out.push({
        tag: tagName.toLowerCase(),
        closing: all.startsWith('</'),
        selfClosing: all.endsWith('/>'),
      })
    else out.push({})
  }
  return out
}

const piece = fc.constantFrom(
  '<',
  '>',
  '/',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<!DOCTYPE html',
  '<!doctype',
  'td',
  'TR',
  'br',
  'a:b-1',
  'style="x>y"',
  "title='a\"b'",
  '文字',
  '&nbsp;',
  '12',
)

describe('page tokenizer', () => {
  it('cuts the sample pages as the regex did', () => {
    for (const file of ['pingtan-2025.html']) {
      const html = readFileSync(samplesDir + file, 'utf8')
      expect(collect(html)).toEqual(byRegex(html))
    }
    const hostile = readFileSync(
      new URL('../fixtures/bad/hostile-pingtan-2025.html', import.meta.url),
      'utf8',
    )
    expect(collect(hostile)).toEqual(byRegex(hostile))
  })

  it('cuts markup soup as the regex did', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const html = parts.join('')
        expect(collect(html)).toEqual(byRegex(html))
      }),
      { numRuns: 2000, seed: 20261126 },
    )
  })
})
