/** The full agency name: the province or city the body prints right before the title's name. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fullAgencyName } from '@/import/text/metadata'

const AGENCY = '洪泽区人民政府'

const piece = fc.constantFrom(
  AGENCY,
  '淮安市',
  '江苏省',
  '内蒙古自治区',
  '延边朝鲜族自治州',
  '锡林郭勒盟',
  '本报告由',
  '经由',
  '的',
  '是',
  '，',
  '（',
  ' ',
  '\n',
  '办公室',
  '编制',
  '2024',
  '市',
)

describe('full agency name', () => {
  it('reads the prefix between the name and the nearest boundary before it', () => {
    const cases: [string, string][] = [
      ['本报告由淮安市洪泽区人民政府办公室编制', '淮安市洪泽区人民政府'],
      ['经由淮安市洪泽区人民政府', '淮安市洪泽区人民政府'],
      ['江苏省淮安市洪泽区人民政府2024年', '江苏省淮安市洪泽区人民政府'],
      ['报告。\n淮安市 洪泽区人民政府', '淮安市洪泽区人民政府'],
      ['洪泽区人民政府办公室编制', AGENCY],
      ['年度报告我们淮安市洪泽区人民政府', AGENCY],
    ]
    for (const [body, full] of cases) expect(fullAgencyName(AGENCY, body)).toBe(full)
  })

  it('gives the name itself or a unit printed right before it, never anything else', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const body = parts.join('')
        const full = fullAgencyName(AGENCY, body)
        if (full === AGENCY) return
        expect(full.endsWith(AGENCY)).toBe(true)
        expect(full.slice(0, -AGENCY.length)).toMatch(
          /^[\u4e00-\u9fff]{2,6}(?:省|自治区|市|自治州|州|盟)$/,
        )
        expect(body.replace(/\s+/g, '')).toContain(full)
      }),
      { numRuns: 2000, seed: 20261126 },
    )
  })
})
