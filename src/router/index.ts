/**
 * Routes of the dashboard. Views load lazily; `filters: true` shows the shared filter bar, whose
 * selection lives in the URL query (year, agency, region, edition) so a link reproduces a view.
 */
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { MessageKey } from '@/i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the view's name in the sidebar. */
    nav?: MessageKey
    filters?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'overview' } },
  {
    path: '/overview',
    name: 'overview',
    component: () => import('@/views/OverviewView.vue'),
    meta: { nav: 'nav.overview', filters: true },
  },
  {
    path: '/volumes',
    name: 'volumes',
    component: () => import('@/views/VolumesView.vue'),
    meta: { nav: 'nav.volumes', filters: true },
  },
  {
    path: '/outcomes',
    name: 'outcomes',
    component: () => import('@/views/OutcomesView.vue'),
    meta: { nav: 'nav.outcomes', filters: true },
  },
  {
    path: '/appeals',
    name: 'appeals',
    component: () => import('@/views/AppealsView.vue'),
    meta: { nav: 'nav.appeals', filters: true },
  },
  {
    path: '/compare',
    name: 'compare',
    component: () => import('@/views/CompareView.vue'),
    meta: { nav: 'nav.compare', filters: true },
  },
  {
    // 机构档案: reached from every agency name (comparison table, cards, reports, findings).
    path: '/agency/:agency',
    name: 'agency',
    component: () => import('@/views/AgencyView.vue'),
    meta: { nav: 'views.agency' },
  },
  {
    path: '/agency/:agency/briefing',
    name: 'agency-briefing',
    component: () => import('@/views/AgencyBriefingView.vue'),
    meta: { nav: 'views.agencyBriefing' },
  },
  {
    // The district's briefing: the filter bar's selection, on paper.
    path: '/briefing',
    name: 'briefing',
    component: () => import('@/views/BriefingView.vue'),
    meta: { nav: 'views.briefing', filters: true },
  },
  {
    path: '/report/:agency?/:year?',
    name: 'report',
    component: () => import('@/views/ReportView.vue'),
    meta: { nav: 'nav.report', filters: true },
  },
  {
    path: '/findings',
    name: 'findings',
    component: () => import('@/views/FindingsView.vue'),
    meta: { nav: 'nav.findings', filters: true },
  },
  {
    path: '/import',
    name: 'import',
    component: () => import('@/views/ImportView.vue'),
    meta: { nav: 'nav.import' },
  },
  {
    path: '/data',
    name: 'data',
    component: () => import('@/views/DataView.vue'),
    meta: { nav: 'nav.data' },
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'overview' } },
]

export const router = createRouter({ history: createWebHashHistory(), routes })
