import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allReadings,
  cellParts,
  digitRun,
  eachReading,
  rowSumHolds,
  rowSumReadings,
  Work,
} from '@/import/text/split'

const readings = (parts: string[], cells = 7) =>
  allReadings(digitRun(parts), cells, new Work(1e7), 1e6)!.map((r) => r.values)
const keeping = (parts: string[]) =>
  rowSumReadings(digitRun(parts), new Work(1e7), 1e6)!.map((r) => r.values)

describe('the readings of a row whose cells ran together', () => {
  it('finds the one reading of a table-3 row that keeps its row sum', () => {
    // pingtan-2025: 四、结转下年度继续办理 4200006 is 4, 2, 0, 0, 0, 0, 6.
    expect(keeping(['4200006'])).toEqual([[4, 2, 0, 0, 0, 0, 6]])
  })

  it('leaves to the columns what a row sum alone allows once a cell may be blank', () => {
    // The contract's example: printed whole, 640020470 is 64, 0, 0, 2, 0, 4, 70 only; with a
    // cell left blank it could also be 6, 40, 0, 20, 4, (blank), 70.
    const all = rowSumReadings(digitRun(['640020470']), new Work(1e6), 1e3)!
    expect(all.filter((r) => r.blanks === 0).map((r) => r.values)).toEqual([
      [64, 0, 0, 2, 0, 4, 70],
    ])
    expect(all.map((r) => r.values)).toContainEqual([6, 40, 0, 20, 4, 0, 70])
  })

  it('finds none when no reading keeps the row sum', () => {
    expect(keeping(['1000002'])).toEqual([])
  })

  it('finds every reading that keeps it when there are several', () => {
    // 330000033: 33/0/0/0/0/0/33 or 3/30/0/0/0/0/33.
    expect(keeping(['330000033'])).toEqual(
      expect.arrayContaining([
        [33, 0, 0, 0, 0, 0, 33],
        [3, 30, 0, 0, 0, 0, 33],
      ]),
    )
    expect(keeping(['330000033'])).toHaveLength(2)
  })

  it('never reads across a separator that was printed', () => {
    expect(keeping(['15', '13', '000028'])).toEqual([[15, 13, 0, 0, 0, 0, 28]])
  })

  it('never reads a number with a leading zero, nor two zeros as one', () => {
    expect(keeping(['0100001'])).toEqual([[0, 1, 0, 0, 0, 0, 1]])
    expect(readings(['0000000'])).toEqual([[0, 0, 0, 0, 0, 0, 0]])
  })

  it('gives each set of values once, wherever the blank cell may stand', () => {
    // Six zeros for seven cells: one cell printed nothing; every place gives the same values.
    expect(readings(['000000'])).toEqual([[0, 0, 0, 0, 0, 0, 0]])
    expect(readings([])).toEqual([[0, 0, 0, 0, 0, 0, 0]])
  })

  it('reads blank cells where the digits are too few for the cells', () => {
    // 33 and 33 with five blank cells: natural and total, or any other pair of cells.
    expect(readings(['3333'])).toContainEqual([33, 0, 0, 0, 0, 0, 33])
    expect(keeping(['3333'])).toContainEqual([0, 33, 0, 0, 0, 0, 33])
  })

  it('finds the rows that keep their sum exactly as the full walk does', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9]{1,6}$/), { maxLength: 7 }), (parts) => {
        const slow: string[] = []
        eachReading(digitRun(parts), 7, new Work(1e7), (v, blanks) => {
          if (rowSumHolds(v)) slow.push(`${v.join(',')}/${blanks}`)
        })
        const fast = rowSumReadings(digitRun(parts), new Work(1e7), 1e6)!.map(
          (r) => `${r.values.join(',')}/${r.blanks}`,
        )
        expect(new Set(slow).size).toBe(slow.length)
        expect(fast.sort()).toEqual(slow.sort())
      }),
      { numRuns: 1500, seed: 11 },
    )
  })

  it('says which printed part each cell of a reading came from', () => {
    expect(cellParts(['15', '13', '000028'], [15, 13, 0, 0, 0, 0, 28])).toEqual([
      0, 1, 2, 2, 2, 2, 2,
    ])
    expect(cellParts(['3333'], [33, 0, 0, 0, 0, 0, 33])).toEqual([0, -1, -1, -1, -1, -1, 0])
  })
})
