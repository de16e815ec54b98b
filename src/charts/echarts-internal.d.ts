/**
 * The few ECharts internals src/charts/echarts.ts registers by hand (alias `echarts-internal/*` →
 * echarts/lib/*, see vite.config.ts). They are only passed back to ECharts, so they stay opaque.
 */
declare module 'echarts-internal/component/toolbox/ToolboxModel.js' {
  const ToolboxModel: unknown
  export default ToolboxModel
}
declare module 'echarts-internal/component/toolbox/ToolboxView.js' {
  const ToolboxView: unknown
  export default ToolboxView
}
declare module 'echarts-internal/component/toolbox/featureManager.js' {
  export function registerFeature(name: string, feature: unknown): void
}
declare module 'echarts-internal/component/toolbox/feature/SaveAsImage.js' {
  const SaveAsImage: unknown
  export default SaveAsImage
}
