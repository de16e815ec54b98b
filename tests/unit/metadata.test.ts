import { describe, expect, it } from 'vitest'
import { readFileName, readTitle, regionOf } from '@/import/text/metadata'

describe('who reported, and for which year', () => {
  it.each([
    ['华龙区工业和信息化局2020年政府信息公开工作年度报告', '华龙区工业和信息化局', 2020],
    ['标题: 平潭综合实验区2025年度政府信息公开工作年度报告', '平潭综合实验区', 2025],
    [
      '        淮安市洪泽区人民政府\n    2024 年政府信息公开工作年度报告',
      '淮安市洪泽区人民政府',
      2024,
    ],
    ['某某县财政局2021年政府信息公开年报', '某某县财政局', 2021],
    ['某某市教育局关于2022年度政府信息公开工作报告', '某某市教育局', 2022],
  ])('%s', (title, agency, year) => {
    expect(readTitle(`${title}\n发布时间：2026-03-10\n一、总体情况`)).toMatchObject({
      agency,
      year,
    })
  })

  it('takes the reporting year from the title, never the publication date', () => {
    expect(
      readTitle('发布时间：2021-01-15\n某某区司法局2020年政府信息公开工作年度报告'),
    ).toMatchObject({ agency: '某某区司法局', year: 2020 })
  })

  it('reads agency and year from a file name when the text has no title', () => {
    expect(readFileName('exports/华龙区工信局-2020.csv')).toEqual({
      agency: '华龙区工信局',
      year: 2020,
    })
  })

  it.each([
    ['淮安市洪泽区人民政府', '洪泽区'],
    ['淮安市人民政府', '淮安市'],
    ['华龙区工业和信息化局', '华龙区'],
    ['平潭综合实验区公安局', '平潭综合实验区'],
    ['华龙区市场监督管理局', '华龙区'],
    ['国家税务总局', undefined],
  ])('the region of %s is %s', (agency, region) => {
    expect(regionOf(agency)).toBe(region)
  })
})
