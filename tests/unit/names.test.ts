/** Agency names under their region: shortened only where the short name still tells them apart. */
import { describe, expect, it } from 'vitest'
import { regionPrefix, shortNames, truncateDistinct } from '@/analysis/names'
import { NO_REGION } from '@/analysis/filter'

describe('the region an agency name starts with', () => {
  it('is the region itself, or the region after a higher level of government', () => {
    expect(regionPrefix('平潭综合实验区公安局', '平潭综合实验区')).toBe('平潭综合实验区')
    expect(regionPrefix('淮安市洪泽区人民政府', '洪泽区')).toBe('淮安市洪泽区')
    expect(regionPrefix('福建省平潭综合实验区金井片区管委会', '平潭综合实验区')).toBe(
      '福建省平潭综合实验区',
    )
  })

  it('is nothing where the region stands elsewhere in the name, or there is no region', () => {
    expect(regionPrefix('关于洪泽区的工作组', '洪泽区')).toBeNull()
    expect(regionPrefix('某某局', NO_REGION)).toBeNull()
    expect(regionPrefix('某某局', '')).toBeNull()
  })
})

describe('short names', () => {
  const names = shortNames([
    { agency: '平潭综合实验区', region: '平潭综合实验区' },
    { agency: '平潭综合实验区公安局', region: '平潭综合实验区' },
    { agency: '平潭综合实验区金井片区管委会', region: '平潭综合实验区' },
    { agency: '淮安市洪泽区人民政府', region: '洪泽区' },
    { agency: '青禾区人民政府办公室', region: '青禾区' },
    { agency: '青禾区局', region: '青禾区' },
    { agency: '市公安局', region: '某市' },
  ])

  it('take the region off a bureau or 片区 and keep the full name for the tooltip', () => {
    expect(names.get('平潭综合实验区公安局')).toEqual({
      full: '平潭综合实验区公安局',
      short: '公安局',
      region: '平潭综合实验区',
      head: false,
    })
    expect(names.get('平潭综合实验区金井片区管委会')?.short).toBe('金井片区管委会')
    expect(names.get('青禾区人民政府办公室')?.short).toBe('人民政府办公室')
  })

  it('mark the region’s own government as the head and keep its full name', () => {
    expect(names.get('平潭综合实验区')).toMatchObject({ short: '平潭综合实验区', head: true })
    expect(names.get('淮安市洪泽区人民政府')).toMatchObject({
      short: '淮安市洪泽区人民政府',
      head: true,
    })
    expect(names.get('青禾区人民政府办公室')?.head).toBe(false)
  })

  it('never leave a single character, nor touch a name that does not start with its region', () => {
    expect(names.get('青禾区局')?.short).toBe('青禾区局')
    expect(names.get('市公安局')?.short).toBe('市公安局')
  })

  it('keep both full names where two short names of one region would be the same', () => {
    const clash = shortNames([
      { agency: '洪泽区公安局', region: '洪泽区' },
      { agency: '淮安市洪泽区公安局', region: '洪泽区' },
      { agency: '洪泽区教育局', region: '洪泽区' },
      // The same short name in another region is no clash: it is shown under its own region.
      { agency: '青禾区公安局', region: '青禾区' },
    ])
    expect(clash.get('洪泽区公安局')?.short).toBe('洪泽区公安局')
    expect(clash.get('淮安市洪泽区公安局')?.short).toBe('淮安市洪泽区公安局')
    expect(clash.get('洪泽区教育局')?.short).toBe('教育局')
    expect(clash.get('青禾区公安局')?.short).toBe('公安局')
  })
})

describe('names cut to fit', () => {
  it('are cut with … only where they are too long', () => {
    expect(truncateDistinct(['青禾区教育局', '青禾区人力资源和社会保障局'], 8)).toEqual([
      '青禾区教育局',
      '青禾区人力资源…',
    ])
  })

  it('are never cut where two would read the same: the part that tells them apart stays', () => {
    const cut = truncateDistinct(
      ['青禾区城南街道办事处', '青禾区城北街道办事处', '青禾区教育局'],
      5,
    )
    expect(cut).toEqual(['青禾区城南…', '青禾区城北…', '青禾区教…'])
    expect(new Set(cut).size).toBe(3)
  })

  it('grow up to the full name, and leave identical names as they are', () => {
    expect(truncateDistinct(['甲乙丙丁一', '甲乙丙丁二'], 3)).toEqual(['甲乙丙丁一', '甲乙丙丁二'])
    expect(truncateDistinct(['同名机构甲', '同名机构甲'], 3)).toEqual(['同名…', '同名…'])
  })
})
