import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { contentSecurityPolicy } from './build/csp'
import { elementPlusImports } from './build/elementPlus'

export default defineConfig({
  plugins: [vue(), elementPlusImports(), contentSecurityPolicy()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // ECharts internals the package's exports map hides (see src/charts/echarts.ts).
      'echarts-internal': fileURLToPath(new URL('./node_modules/echarts/lib', import.meta.url)),
    },
  },
  define: {
    // Every component here (ours, Element Plus's, vue-router's) is written with setup(); without
    // Options API support Vue's runtime is some 2 KB gzip lighter.
    __VUE_OPTIONS_API__: 'false',
  },
  worker: { format: 'es' },
})
