/** The layers are a lint rule: the core imports neither Vue nor the shell; the shell may. */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message.split("'")[1] ?? '')
}

const SHELL_IMPORTS = [
  "import { ref } from 'vue'",
  "import { defineStore } from 'pinia'",
  "import type { RouteLocation } from 'vue-router'",
  "import { ElButton } from 'element-plus'",
  "import 'element-plus/es/components/button/style/css'",
  "import { useReportsStore } from '@/stores/reports'",
  "import { useI18n } from '../i18n'",
  "import { flatGroup } from '../../components/select/rows'",
  "import App from '@/App.vue'",
]

describe('the core’s imports', () => {
  it.each(['src/lib/probe.ts', 'src/import/text/probe.ts', 'src/storage/probe.ts'])(
    '%s: refuses Vue, Pinia, the router, Element Plus and the shell',
    async (file) => {
      const code = `${SHELL_IMPORTS.join('\n')}\nexport {}\n`
      expect(await restricted(file, code)).toEqual([
        'vue',
        'pinia',
        'vue-router',
        'element-plus',
        'element-plus/es/components/button/style/css',
        '@/stores/reports',
        '../i18n',
        '../../components/select/rows',
        '@/App.vue',
      ])
    },
  )

  it('takes the core and the libraries it uses', async () => {
    const code = [
      "import { use } from 'echarts/core'",
      "import { GridComponent } from 'echarts/components'",
      "import { REQUEST_ROWS } from '@/domain/catalog'",
      "import { nextTask } from '../lib/slices'",
      'export {}',
    ].join('\n')
    expect(await restricted('src/charts/probe.ts', code)).toEqual([])
  })

  it('lets the shell import Vue and the stores', async () => {
    const code = `${SHELL_IMPORTS.slice(0, 6).join('\n')}\nexport {}\n`
    expect(await restricted('src/composables/probe.ts', code)).toEqual([])
  })
})
