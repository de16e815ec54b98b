/**
 * Drops ElButton's custom-colour support (its `color` prop), which computes shades with TinyColor
 * and is bundled with every button, though no button here sets it (ESLint forbids it, see
 * eslint.config.ts); buttons keep every other feature, their colours coming from `type`.
 *
 * It replaces a module inside Element Plus's compiled code (`./button-custom.mjs`), so an Element
 * Plus release that renames it makes this a silent no-op: `npm run size` then shows the first
 * view grow by the figure below, and fails the budget. Measured: with it the first view is
 * 295.8 KB gzip, without it 303.4 KB, over the 300 KB budget.
 */
import type { Plugin } from 'vite'

const NO_CUSTOM_COLOR = '\0element-plus-button-no-custom-color'

export function elementPlusButtonWithoutCustomColor(): Plugin {
  return {
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
  }
}

/**
 * The Element Plus style entries the dev server should bundle at start. It would find each
 * view's only when the view first opens, and reload the page to bundle them: a reload in the
 * middle of a browser test on a fresh checkout. The names come from the resolver's own
 * declarations (src/components.d.ts), plus what components/notices.ts imports by hand; should the
 * file's format change, the dev server only goes back to finding them late.
 */
export function elementPlusStyleEntries(declarations: string): string[] {
  const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
  const used = [...declarations.matchAll(/^\s+El(\w+): typeof/gm)].map(([, name = '']) =>
    kebab(name),
  )
  return [...new Set(['base', ...used, 'button', 'message', 'notification'])].map(
    (name) => `element-plus/es/components/${name}/style/css`,
  )
}
