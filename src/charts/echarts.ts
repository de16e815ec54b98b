/**
 * ECharts base: the core, the canvas renderer and the components every chart of the dashboard
 * uses (grid, tooltip, legend, and aria: the chart's description for screen readers and the
 * patterns of its series). The chart types are registered where they are drawn
 * (`src/charts/use/*`, imported by each chart component), so a view only loads the chart code it
 * shows, and nothing of ECharts is in the entry chunk: this module is imported by BaseChart.vue.
 *
 * No title and no toolbox: a chart's title, filter and notes are HTML around it, and "save as
 * PNG" is a button there (ChartPanel), reachable by keyboard, which ECharts' canvas toolbox is not.
 */
import { use } from 'echarts/core'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([
  GridComponent,
  TooltipComponent,
  LegendComponent,
  // The small multiples name each little chart with a title.
  TitleComponent,
  AriaComponent,
  CanvasRenderer,
])
