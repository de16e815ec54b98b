import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { contentSecurityPolicy } from './build/csp'

export default defineConfig({
  plugins: [vue(), contentSecurityPolicy()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // ECharts internals the package's exports map hides (see src/charts/echarts.ts).
      'echarts-internal': fileURLToPath(new URL('./node_modules/echarts/lib', import.meta.url)),
    },
  },
  worker: { format: 'es' },
})
