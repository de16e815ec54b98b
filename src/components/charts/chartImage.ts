/**
 * The picture a person saves: the chart with its title, filter and note written above it, so a
 * PNG pasted into a briefing still says what it shows. The chart comes from ECharts
 * (`getDataURL`); the words are drawn here, as the panel shows them in HTML.
 */
import { FONT_FAMILY, NEUTRAL } from '@/charts/theme'

export interface ImageWords {
  title: string
  subtitle: string
  note?: string
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('image'))
    image.src = src
  })
}

/** The chart's data URL (drawn at `scale`) under its words, as a PNG blob. */
export async function chartPng(chartUrl: string, words: ImageWords, scale = 2): Promise<Blob> {
  const chart = await loadImage(chartUrl)
  const pad = 12 * scale
  const lines: { text: string; size: number; weight: number; color: string }[] = [
    { text: words.title, size: 15, weight: 600, color: NEUTRAL.text },
    { text: words.subtitle, size: 12, weight: 400, color: NEUTRAL.muted },
  ]
  if (words.note) lines.push({ text: words.note, size: 12, weight: 400, color: '#8a5a00' })
  const head = lines.reduce((h, l) => h + Math.round(l.size * 1.6 * scale), pad)
  const canvas = document.createElement('canvas')
  canvas.width = chart.width
  canvas.height = chart.height + head
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas')
  ctx.fillStyle = NEUTRAL.background
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  let y = pad
  for (const l of lines) {
    ctx.font = `${l.weight} ${l.size * scale}px ${FONT_FAMILY}`
    ctx.fillStyle = l.color
    ctx.textBaseline = 'top'
    ctx.fillText(l.text, pad, y, canvas.width - 2 * pad)
    y += Math.round(l.size * 1.6 * scale)
  }
  ctx.drawImage(chart, 0, head)
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
  )
}
