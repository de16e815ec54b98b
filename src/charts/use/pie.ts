/** Registers the ECharts pie series; imported by the chart components that draw one. */
import { use } from 'echarts/core'
import { PieChart } from 'echarts/charts'

use([PieChart])
