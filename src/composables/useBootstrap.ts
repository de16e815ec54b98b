/**
 * First thing the app does: read what this browser kept, and on the very first open seed the
 * built-in samples so the dashboard is never blank.
 */
import { ref } from 'vue'
import { useAliasesStore } from '@/stores/aliases'
import { useFindingsStore } from '@/stores/findings'
import { useReportsStore } from '@/stores/reports'
import { useSettingsStore } from '@/stores/settings'

export async function loadSamples(): Promise<void> {
  const { sampleReports } = await import('@/sample-data')
  await useReportsStore().add(sampleReports())
  useSettingsStore().samplesSeeded = true
}

export function useBootstrap() {
  const ready = ref(false)
  const error = ref<string | null>(null)

  async function start(): Promise<void> {
    try {
      const settings = useSettingsStore()
      const reports = useReportsStore()
      await Promise.all([
        settings.load(),
        useAliasesStore().load(),
        useFindingsStore().load(),
        reports.load(),
      ])
      if (reports.isEmpty && !settings.samplesSeeded) await loadSamples()
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      ready.value = true
    }
  }

  return { ready, error, start }
}
