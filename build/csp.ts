/**
 * The Content-Security-Policy of the built page, added as a <meta> by the production build only:
 * the dev server needs inline scripts and eval for hot reload, so it is left alone.
 *
 * The app reads untrusted files; if markup from one ever reached the DOM, this policy keeps it
 * from running: no inline script, no eval, no plugins, no <base> hijack, nothing loaded or sent
 * anywhere but the page's own origin (the data stays on this computer).
 */
import type { Plugin } from 'vite'

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Bundled modules only. No 'unsafe-inline', no 'unsafe-eval': pdf.js (isEvalSupported: false,
  // src/import/pdf.ts) works without eval.
  'script-src': ["'self'"],
  // The import worker is a bundled file; pdf.js may start its worker from a blob: URL.
  'worker-src': ["'self'", 'blob:'],
  // Stylesheets only from the bundle: no <style> element can be injected.
  'style-src': ["'self'"],
  // Relaxed on purpose, for style *attributes* only: Element Plus (popper positions, ElProgress
  // widths) and ECharts (tooltip boxes, the colour dots of our tooltip HTML in
  // src/charts/escape.ts) write style="" attributes; under style-src 'self' alone the built page
  // logs ~100 violations and loses its tooltips' layout (tests/e2e/csp.test.ts). An attribute
  // style cannot run script, so this does not reopen the injection the policy closes.
  'style-src-attr': ["'unsafe-inline'"],
  // data: for the empty favicon in index.html and ECharts' "save as image"; blob: for exports.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // pdf.js fetches its CMaps and standard fonts from the bundle; nothing goes elsewhere.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'manifest-src': ["'self'"],
  // frame-ancestors, report-uri and sandbox are ignored in a <meta> policy; a server that hosts
  // the build should send frame-ancestors 'none' as a header.
}

export function cspContent(directives: Record<string, string[]> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** Adds the policy as the first element of <head> of the built index.html. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspContent() },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
