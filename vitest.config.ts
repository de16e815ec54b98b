import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // ECharts internals the package's exports map hides (see src/charts/echarts.ts).
      'echarts-internal': fileURLToPath(new URL('./node_modules/echarts/lib', import.meta.url)),
    },
  },
  test: {
    // Unit tests run in Node: the core must not need a DOM.
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    env: { TZ: 'Asia/Shanghai' },
  },
})
