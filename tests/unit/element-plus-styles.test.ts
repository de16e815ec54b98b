/** The Element Plus style entries the dev server bundles at start are real modules, one each. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { elementPlusStyleEntries } from '../../build/elementPlus'

const root = process.cwd()

describe('elementPlusStyleEntries', () => {
  const entries = elementPlusStyleEntries(readFileSync(join(root, 'src/components.d.ts'), 'utf8'))

  it('names the style of every component the templates use, and exists on disk', () => {
    expect(entries).toContain('element-plus/es/components/table-column/style/css')
    expect(entries).toContain('element-plus/es/components/config-provider/style/css')
    expect(entries).toContain('element-plus/es/components/message/style/css')
    const missing = entries.filter((e) => !existsSync(join(root, 'node_modules', `${e}.mjs`)))
    expect(missing).toEqual([])
  })

  it('reads no component from declarations it cannot parse', () => {
    expect(elementPlusStyleEntries('')).toEqual([
      'element-plus/es/components/base/style/css',
      'element-plus/es/components/button/style/css',
      'element-plus/es/components/message/style/css',
      'element-plus/es/components/notification/style/css',
    ])
  })
})
