import { globalIgnores } from 'eslint/config'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{ts,mts,vue}'] },
  globalIgnores(['**/dist/**', '**/coverage/**', 'tests/fixtures/**', 'node_modules/**']),
  pluginVue.configs['flat/essential'],
  vueTsConfigs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The app has its own small i18n (src/i18n/index.ts); vue-i18n's useI18n would find no
      // plugin installed.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vue-i18n', message: "Import useI18n from '@/i18n'." }] },
      ],
      // The build leaves out ElButton's custom colours (build/elementPlus.ts): use `type`.
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
  skipFormatting,
)
