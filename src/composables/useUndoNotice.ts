/** A notification with an 撤销 button, for deletions that must be reversible. */
import { ElButton, ElNotification } from 'element-plus'
import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Undo } from '@/stores/reports'

export function useUndoNotice() {
  const { t } = useI18n()

  function notify(message: string, undo: Undo | null): void {
    if (!undo) return
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
