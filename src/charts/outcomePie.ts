/** 办理结果: how the handled requests ended, as a ring of the six outcome groups. */
import type { EChartsOption } from 'echarts'
import { OUTCOME_GROUPS } from '@/domain/catalog'
import { distributionTotal, type OutcomeDistribution } from '@/analysis/outcomes'
import { formatNumber, formatPercent } from '@/format/number'
import { firstDataIndex, tipLine, tipTitle } from './escape'
import { TOOLTIP_BASE, frameOption, type ChartFrame } from './frame'
import type { ChartTable } from './table'
import { OUTCOME_COLORS } from './theme'
import { chartWords } from './words'

/** Each outcome group's count and share of all handled, then the total. */
export function outcomePieTable(d: OutcomeDistribution, locale: string): ChartTable {
  const words = chartWords(locale)
  const total = distributionTotal(d)
  return {
    columns: [
      { label: words.outcomeHeading, kind: 'text' },
      { label: words.count, kind: 'count' },
      { label: words.share, kind: 'percent' },
    ],
    rows: [
      ...OUTCOME_GROUPS.map((g) => [
        words.outcome(g.key),
        d.values[g.key],
        total > 0 ? d.values[g.key] / total : null,
      ]),
      [words.total, total, total > 0 ? 1 : null],
    ],
  }
}

export function buildOutcomePieOption(d: OutcomeDistribution, frame: ChartFrame): EChartsOption {
  const words = chartWords(frame.locale)
  const total = distributionTotal(d)
  const share = (v: number) => (total > 0 ? v / total : null)
  const values = d.values
  return {
    // No legend: each slice is labelled with its name and share, so colour is not what tells
    // them apart (and six legend entries at half width were cut off).
    ...frameOption(frame, outcomePieTable(d, frame.locale)),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (params: unknown) => {
        const g = OUTCOME_GROUPS[firstDataIndex(params)]
        if (!g) return ''
        const v = values[g.key]
        return (
          tipTitle(words.outcome(g.key)) +
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
        radius: ['32%', '60%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: {
          formatter: (p: unknown) => {
            const g = OUTCOME_GROUPS[firstDataIndex(p)]
            // Name and share on two lines: one line of English was cut off at half width.
            return g
              ? `${words.outcome(g.key)}\n${formatPercent(share(values[g.key]), frame.locale)}`
              : ''
          },
        },
        data: OUTCOME_GROUPS.map((g) => ({
          name: words.outcome(g.key),
          value: values[g.key],
          itemStyle: { color: OUTCOME_COLORS[g.key] },
        })),
      },
    ],
  }
}
