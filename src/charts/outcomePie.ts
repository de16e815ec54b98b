/** 办理结果: how the handled requests ended, as a ring of the six outcome groups. */
import type { EChartsOption } from 'echarts'
import { OUTCOME_GROUPS } from '@/domain/catalog'
import { distributionTotal, type OutcomeDistribution } from '@/analysis/outcomes'
import { formatNumber, formatPercent } from '@/format/number'
import { firstDataIndex, tipLine, tipTitle } from './escape'
import { LEGEND_TOP, TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import { OUTCOME_COLORS } from './theme'

export function buildOutcomePieOption(d: OutcomeDistribution, frame: ChartFrame): EChartsOption {
  const total = distributionTotal(d)
  const share = (v: number) => (total > 0 ? v / total : null)
  const values = d.values
  return {
    ...frameOption(frame),
    // One scrolling legend line: at 1280 px a wrapped legend would run into the slice labels.
    legend: { top: LEGEND_TOP, left: 0, right: 0, type: 'scroll' },
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (params: unknown) => {
        const g = OUTCOME_GROUPS[firstDataIndex(params)]
        if (!g) return ''
        const v = values[g.key]
        return (
          tipTitle(g.label) +
          tipLine(
            OUTCOME_COLORS[g.key],
            formatPercent(share(v), frame.locale),
            formatNumber(v, frame.locale),
          )
        )
      },
    },
    series: [
      {
        type: 'pie',
        radius: ['32%', '56%'],
        center: ['50%', '60%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: {
          formatter: (p: unknown) => {
            const g = OUTCOME_GROUPS[firstDataIndex(p)]
            return g ? `${g.label} ${formatPercent(share(values[g.key]), frame.locale)}` : ''
          },
        },
        data: OUTCOME_GROUPS.map((g) => ({
          name: g.label,
          value: values[g.key],
          itemStyle: { color: OUTCOME_COLORS[g.key] },
        })),
      },
    ],
  }
}
