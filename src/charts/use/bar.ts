/** Registers the ECharts bar series; imported by the chart components that draw one. */
import { use } from 'echarts/core'
import { BarChart } from 'echarts/charts'

use([BarChart])
