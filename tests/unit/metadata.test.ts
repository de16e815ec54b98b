import { describe, expect, it } from 'vitest'
import { findTitle, readBodyYear, readFileName, readTitle, regionOf } from '@/import/text/metadata'
import { sampleText } from './helpers'

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

describe('titles as real reports print them', () => {
  it.each([
    [
      'the year first',
      '2019年上海市人民政府办公厅政府信息公开工作年度报告',
      '上海市人民政府办公厅',
      2019,
    ],
    ['a space in the year', '某某市财政局2025 年政府信息公开工作年度报告', '某某市财政局', 2025],
    ['full-width digits', '某某市财政局２０２２年政府信息公开工作年报', '某某市财政局', 2022],
    [
      'over two lines',
      '某某县人民政府办公室2021年政府信息公开\n工作年度报告',
      '某某县人民政府办公室',
      2021,
    ],
    ['over three lines', '某某县\n2023年度政府信息公开\n工作年度报告', '某某县', 2023],
    ['工作报告', '某某区卫生健康委员会2020年政府信息公开工作报告', '某某区卫生健康委员会', 2020],
    ['bracketed name', '【某某县财政局】2022年政府信息公开工作年度报告', '某某县财政局', 2022],
  ])('%s', (_, title, agency, year) => {
    expect(findTitle(`${title}\n一、总体情况\n2026年3月1日发布。`)).toMatchObject({ agency, year })
  })

  it('finds the title after a saved page’s navigation, breadcrumbs and dates', () => {
    // pingtan-2025-copied.txt: some thirty lines of site navigation come first.
    expect(readTitle(sampleText('pingtan-2025-copied.txt'))).toMatchObject({
      agency: '平潭综合实验区',
      year: 2025,
    })
    const page = [
      '首页 | 政务公开 | 互动交流',
      '当前位置：首页 > 政府信息公开 > 政府信息公开年报',
      '发布日期：2020-03-01 浏览次数：12',
      '某某区司法局2019年政府信息公开工作年度报告',
      '来源：某某区司法局 时间：2020年03月01日',
    ].join('\n')
    expect(readTitle(page)).toMatchObject({ agency: '某某区司法局', year: 2019 })
  })

  it('never takes a publication date for the reporting year, nor its last character for a name', () => {
    const title = '发布日期：2020年03月01日\n日照市财政局2019年政府信息公开\n工作年度报告'
    expect(readTitle(title)).toMatchObject({ agency: '日照市财政局', year: 2019 })
    expect(findTitle('发布时间：2020-03-01\n政府信息公开年报')).toBeUndefined()
  })

  it('reads a breadcrumb’s year without taking its words for an agency', () => {
    expect(
      findTitle('首页 > 政府信息公开 > 政府信息公开年报 2024年政府信息公开工作年度报告'),
    ).toEqual({ year: 2024, title: '2024年政府信息公开工作年度报告' })
  })

  it('reads a title without a year, and the year from the body’s statistics period', () => {
    const text =
      '某某县民政局政府信息公开工作年度报告\n本报告所列数据统计期限为2019年1月1日至2019年12月31日。'
    expect(findTitle(text)).toMatchObject({ agency: '某某县民政局' })
    expect(readBodyYear(text)).toBe(2019)
    expect(readBodyYear('本年度报告中所列数据统计期限自2020年1月1日起至2020年12月31日止')).toBe(
      2020,
    )
    expect(readBodyYear('统计期限为2019年1月1日至2020年12月31日')).toBeUndefined()
  })

  it('takes no agency from a file name that names none', () => {
    expect(readFileName('新建文本文档-2020.txt')).toEqual({ year: 2020, agency: undefined })
    expect(readFileName('附件1.年度报告.pdf').agency).toBeUndefined()
  })
})
