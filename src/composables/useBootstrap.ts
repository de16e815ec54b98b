/**
 * First thing the app does: read what this browser kept, and on the very first open seed the
 * built-in samples so the dashboard is never blank.
 */
import { ref } from 'vue'
import { useAliasesStore } from '@/stores/aliases'
import { useFindingsStore } from '@/stores/findings'
import { useReportsStore } from '@/stores/reports'
import { useSettingsStore } from '@/stores/settings'
import { useStorageStore } from '@/stores/storage'

/**
 * Seeds the samples: on the page at once (the dashboard draws them), saved in the background;
 * "seeded" is remembered only once they are saved, so a page closed meanwhile seeds them again.
 */
export async function loadSamples(): Promise<void> {
  const { sampleReports } = await import('@/sample-data')
  const { saved } = useReportsStore().addNow(sampleReports())
  void saved.then(() => {
    useSettingsStore().samplesSeeded = true
  })
}

export function useBootstrap() {
  const ready = ref(false)
  const error = ref<string | null>(null)

  async function start(): Promise<void> {
    try {
      const settings = useSettingsStore()
      const reports = useReportsStore()
      await Promise.all([
        useStorageStore().load(),
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
