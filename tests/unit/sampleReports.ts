/** The real sample reports, read straight from their canonical JSON (no importer involved). */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Report } from '@/domain/report'

const dir = fileURLToPath(new URL('../fixtures/samples/', import.meta.url))

export function sample(name: string): Report {
  return JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Report
}

export const SAMPLE_NAMES = [
  'hualong-gxj-2020',
  'hongze-2023',
  'hongze-2024',
  'huaian-2024',
  'pingtan-2025',
  'pingtan-police-2022',
] as const

export function allSamples(): Report[] {
  return SAMPLE_NAMES.map(sample)
}
