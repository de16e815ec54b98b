/** Registers the ECharts line series; imported by the chart components that draw one. */
import { use } from 'echarts/core'
import { LineChart } from 'echarts/charts'

use([LineChart])
