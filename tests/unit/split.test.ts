import { describe, expect, it } from 'vitest'
import { blockSumsHold, rowSumHolds, splitDigits } from '@/import/text/split'

describe('splitting digits whose cells ran together', () => {
  it('finds the one split of a table-3 row that satisfies its row sum', () => {
    // pingtan-2025: 四、结转下年度继续办理 4200006 is 4, 2, 0, 0, 0, 0, 6.
    expect(splitDigits(['4200006'], 7, rowSumHolds)).toEqual([[4, 2, 0, 0, 0, 0, 6]])
    // The contract's example: 640020470 is 64, 0, 0, 2, 0, 4, 70.
    expect(splitDigits(['640020470'], 7, rowSumHolds)).toEqual([[64, 0, 0, 2, 0, 4, 70]])
  })

  it('finds no split when the digits cannot satisfy the row sum', () => {
    expect(splitDigits(['1000002'], 7, rowSumHolds)).toEqual([])
  })

  it('finds every split when the row sum alone allows more than one', () => {
    // 330000033: 33/0/0/0/0/0/33 or 3/30/0/0/0/0/33.
    const found = splitDigits(['330000033'], 7, rowSumHolds)
    expect(found).toContainEqual([33, 0, 0, 0, 0, 0, 33])
    expect(found).toContainEqual([3, 30, 0, 0, 0, 0, 33])
    expect(found).toHaveLength(2)
  })

  it('never splits across a separator that was printed', () => {
    expect(splitDigits(['15', '13', '000028'], 7, rowSumHolds)).toEqual([[15, 13, 0, 0, 0, 0, 28]])
  })

  it('splits table 4 into three blocks whose parts add up to their totals', () => {
    // pingtan-2025: 25380363300630003 is 25/3/8/0/36, 3/3/0/0/6, 3/0/0/0/3.
    expect(splitDigits(['25380363300630003'], 15, blockSumsHold)).toEqual([
      [25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3],
    ])
  })

  it('never reads a number with a leading zero', () => {
    expect(splitDigits(['0100001'], 7, rowSumHolds)).toEqual([[0, 1, 0, 0, 0, 0, 1]])
  })
})
