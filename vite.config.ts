import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { contentSecurityPolicy } from './build/csp'
import { elementPlusButtonWithoutCustomColor } from './build/elementPlus'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand, as its documentation does it: an El… tag in a template imports that
    // component and its stylesheet. Our own components are imported by hand (dirs: []).
    Components({
      dirs: [],
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: 'src/components.d.ts',
    }),
    elementPlusButtonWithoutCustomColor(),
    contentSecurityPolicy(),
  ],
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
  build: {
    rollupOptions: {
      treeshake: {
        // The resolver imports from Element Plus's barrel, which re-exports dayjs; dayjs is
        // CommonJS, so Rollup keeps it for fear of side effects although nothing here calls it:
        // 3.4 KB gzip of the first view. Its main file has none.
        moduleSideEffects: (id) => !id.endsWith('/node_modules/dayjs/dayjs.min.js'),
      },
    },
  },
})
