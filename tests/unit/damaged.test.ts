/** The fixture-damaging helper refuses to pass a test on an undamaged fixture. */
import { describe, expect, it } from 'vitest'
import { damaged } from './helpers'

describe('damaged', () => {
  it('applies each edit in turn, strings and patterns alike', () => {
    expect(damaged('a1 b2', ['a1', 'x'], [/(\d)/g, (d) => `<${d}>`])).toBe('x b<2>')
  })

  it('throws where a search matches nothing', () => {
    expect(() => damaged('a1 b2', ['a1', 'x'], ['a1', 'y'])).toThrow(/no longer holds a1/)
    expect(() => damaged('a1', [/\d{3}/g, ''])).toThrow(/no longer holds/)
  })
})
