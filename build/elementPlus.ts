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
