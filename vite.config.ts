import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { contentSecurityPolicy } from './build/csp'
import { elementPlusButtonWithoutCustomColor, elementPlusStyleEntries } from './build/elementPlus'

/** The components the resolver declared so far (none before its first run). */
function declared(): string {
  const file = fileURLToPath(new URL('./src/components.d.ts', import.meta.url))
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

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
    },
  },
  define: {
    // Every component here (ours, Element Plus's, vue-router's) is written with setup(); without
    // Options API support Vue's runtime is some 2 KB gzip lighter.
    __VUE_OPTIONS_API__: 'false',
  },
  worker: { format: 'es' },
  optimizeDeps: { include: ['element-plus/es', ...elementPlusStyleEntries(declared())] },
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
