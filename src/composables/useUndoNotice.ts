/**
 * A notification with an 撤销 button, for deletions that must be reversible. ElNotification is
 * loaded when one is shown: the sample banner, in the first view, uses this.
 */
import { h } from 'vue'
import { useI18n } from '@/i18n'
import type { Undo } from '@/stores/reports'

export function useUndoNotice() {
  const { t } = useI18n()

  async function notify(message: string, undo: Undo | null): Promise<void> {
    if (!undo) return
    const { ElButton, ElNotification } = await import('@/components/notices')
    const handle = ElNotification({
      title: message,
      type: 'success',
      duration: 8000,
      message: h(
        ElButton,
        {
          size: 'small',
          onClick: async () => {
            await undo.run()
            handle.close()
            ElNotification({ title: t('app.undone'), type: 'info', duration: 2000 })
          },
        },
        () => t('app.undo'),
      ),
    })
  }

  return { notify }
}
