/**
 * Rewrites `import { ElButton, ElMessage } from 'element-plus'` into imports of each component's
 * own module (`element-plus/es/components/button/index.mjs`, …), as babel-plugin-import did.
 *
 * Through the package's barrel (es/index.mjs) Rollup keeps more than the named components: the
 * barrel's dayjs (CommonJS, so kept for its side effects), the whole @element-plus/icons-vue set,
 * most of lodash-es, and components no file imports (ElProgress landed in the entry chunk that
 * way) — some 40 KB gzip in the first view. The sources keep the ordinary import; only the build
 * sees the per-component paths. The map from export name to component directory is read from the
 * barrel itself, so a new Element Plus version cannot drift from it.
 *
 * It also drops ElButton's custom-colour support (the `color` prop), which computes its shades
 * with TinyColor: 17 KB of the first view for a prop no button here sets (ESLint forbids it, see
 * eslint.config.ts). Buttons keep every other feature; their colours come from `type`.
 */
import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

/** Export name (ElOptionGroup) → module path (element-plus/es/components/select/index.mjs). */
export function elementPlusModules(barrel: string): Map<string, string> {
  const modules = new Map<string, string>()
  const line = /import\s*\{([^}]*)\}\s*from\s*"\.\/(components\/[\w-]+\/index\.mjs)"/g
  for (const [, names = '', path = ''] of barrel.matchAll(line)) {
    for (const spec of names.split(',')) {
      // `picker_default as CommonPicker` in the barrel: the exported name is the last word.
      const exported = spec
        .trim()
        .split(/\s+as\s+/)
        .pop()
      if (exported) modules.set(exported, `element-plus/es/${path}`)
    }
  }
  return modules
}

/** `import { A, B as C } from 'element-plus'` in the JavaScript the other plugins produced. */
const BARREL_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']element-plus["'];?/g

export function rewriteElementPlusImports(code: string, modules: Map<string, string>): string {
  return code.replace(BARREL_IMPORT, (whole, specs: string) => {
    const byModule = new Map<string, string[]>()
    for (const spec of specs.split(',').map((s) => s.trim())) {
      if (!spec) continue
      const name = spec.split(/\s+as\s+/)[0] ?? ''
      const path = modules.get(name)
      // Anything not a component (a hook, a constant) keeps the barrel import; so does the lot.
      if (!path) return whole
      byModule.set(path, [...(byModule.get(path) ?? []), spec])
    }
    return [...byModule]
      .map(([path, names]) => `import { ${names.join(', ')} } from '${path}';`)
      .join(' ') // one line, so the source map still lines up
  })
}

const NO_CUSTOM_COLOR = '\0element-plus-button-no-custom-color'

export function elementPlusImports(): Plugin[] {
  let modules = new Map<string, string>()
  return [
    {
      name: 'element-plus-imports',
      // After the Vue and TypeScript transforms: type-only specifiers are gone by then.
      enforce: 'post',
      apply: 'build',
      async buildStart() {
        const barrel = await this.resolve('element-plus')
        if (barrel) modules = elementPlusModules(await readFile(barrel.id, 'utf8'))
        if (modules.size === 0) this.error('element-plus-imports: no component found in the barrel')
      },
      transform(code, id) {
        if (id.includes('/node_modules/') || !code.includes('element-plus')) return null
        const out = rewriteElementPlusImports(code, modules)
        return out === code ? null : { code: out, map: null }
      },
    },
    {
      name: 'element-plus-button-no-custom-color',
      // Before Vite's own resolver, which would find the real file.
      enforce: 'pre',
      apply: 'build',
      resolveId(source, importer) {
        const button = importer?.includes('/element-plus/es/components/button/')
        return source === './button-custom.mjs' && button ? NO_CUSTOM_COLOR : null
      },
      load(id) {
        if (id !== NO_CUSTOM_COLOR) return null
        return "import { computed } from 'vue'\nexport const useButtonCustomStyle = () => computed(() => ({}))\n"
      },
    },
  ]
}
