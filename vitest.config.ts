import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config'

// The app's own Vite config (aliases, plugins, defines), with the tests' settings on top.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Unit tests run in Node: the core must not need a DOM.
      environment: 'node',
      include: [
        'tests/unit/**/*.test.ts',
        'tests/component/**/*.test.ts',
        'tests/e2e/**/*.test.ts',
      ],
      testTimeout: 60_000,
      // Element Plus's on-demand styles are CSS files, which Node cannot import: Vite reads them.
      server: { deps: { inline: ['element-plus'] } },
      env: { TZ: 'Asia/Shanghai' },
    },
  }),
)
