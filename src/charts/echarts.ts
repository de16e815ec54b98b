/**
 * ECharts base: the core, the canvas renderer and the components every chart of the dashboard
 * uses (grid, tooltip, legend, title, and a toolbox with only "save as PNG"). The chart types are
 * registered where they are drawn (`src/charts/use/*`, imported by each chart component), so a
 * view only loads the chart code it shows, and nothing of ECharts is in the entry chunk: this
 * module is imported by BaseChart.vue (and any component that draws with VChart directly).
 *
 * The toolbox is registered by hand rather than with ToolboxComponent: that one also installs
 * the magic-type, data-view, restore and data-zoom features (with the whole dataZoom component,
 * ~30 KB) which no chart here uses. `echarts-internal/*` is an alias of echarts/lib/* (see
 * vite.config.ts), whose files the package's exports map does not expose.
 */
import { use } from 'echarts/core'
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import ToolboxModel from 'echarts-internal/component/toolbox/ToolboxModel.js'
import ToolboxView from 'echarts-internal/component/toolbox/ToolboxView.js'
import { registerFeature } from 'echarts-internal/component/toolbox/featureManager.js'
import SaveAsImage from 'echarts-internal/component/toolbox/feature/SaveAsImage.js'

/** What of ECharts' install registers the toolbox needs (the full type is not exported). */
interface ComponentRegisters {
  registerComponentModel(model: unknown): void
  registerComponentView(view: unknown): void
}

function SaveAsImageToolbox(registers: ComponentRegisters): void {
  registers.registerComponentModel(ToolboxModel)
  registers.registerComponentView(ToolboxView)
  registerFeature('saveAsImage', SaveAsImage)
}

use([
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  SaveAsImageToolbox,
  CanvasRenderer,
])
