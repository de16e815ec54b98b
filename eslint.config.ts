import { globalIgnores } from 'eslint/config'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

// The app has its own small i18n (src/i18n/index.ts); vue-i18n's useI18n would find no plugin
// installed.
const NO_VUE_I18N = { name: 'vue-i18n', message: "Import useI18n from '@/i18n'." }

/**
 * The core: plain TypeScript that runs in Node, in the browser and in a Web Worker, and that the
 * command line shares with the dashboard. It may not import Vue, Pinia, the router or Element
 * Plus, nor the shell that wires it to the page (stores, composables, components, views, router,
 * and i18n, which is Vue-bound).
 */
const CORE = [
  'domain',
  'import',
  'checks',
  'analysis',
  'charts',
  'generate',
  'export',
  'storage',
  'workers',
  'cli',
  'lib',
  'format',
  'sample-data',
].map((folder) => `src/${folder}/**/*.ts`)

const SHELL_ONLY = 'The core does not import Vue, Pinia, the router, Element Plus or the Vue shell.'

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{ts,mts,vue}'] },
  globalIgnores([
    '**/dist/**',
    '**/coverage/**',
    'tests/fixtures/**',
    'node_modules/**',
    'src/components.d.ts',
  ]),
  pluginVue.configs['flat/essential'],
  vueTsConfigs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [NO_VUE_I18N] }],
      // ElButton's custom colours are left out of the build (build/elementPlus.ts): use `type`.
      'vue/no-restricted-static-attribute': [
        'error',
        { key: 'color', element: 'ElButton', message: 'ElButton colours come from `type`.' },
      ],
      'vue/no-restricted-v-bind': [
        'error',
        { argument: 'color', element: 'ElButton', message: 'ElButton colours come from `type`.' },
      ],
    },
  },
  {
    name: 'app/core-layers',
    files: CORE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            NO_VUE_I18N,
            ...['vue', 'pinia', 'vue-router', 'element-plus'].map((name) => ({
              name,
              message: SHELL_ONLY,
            })),
          ],
          patterns: [
            {
              group: ['vue/*', '@vue/*', 'pinia/*', 'vue-router/*', 'element-plus/*'],
              message: SHELL_ONLY,
            },
            {
              // By alias or by relative path: @/stores/x, ../stores/x, ../../i18n…
              regex: '^(@/|(\\.\\./)+)(stores|composables|components|views|router|i18n)(/|$)',
              message: SHELL_ONLY,
            },
            { regex: '\\.vue$', message: SHELL_ONLY },
          ],
        },
      ],
    },
  },
  skipFormatting,
)
