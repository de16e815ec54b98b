/**
 * The Element Plus pieces called from scripts rather than placed in a template (messages, the
 * undo notification and its button), each with its stylesheet: the resolver that brings a
 * template's components brings their styles too, but does not see these. Import this module
 * dynamically where it serves the first view, so that it loads on first use.
 */
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/notification/style/css'

export { ElButton } from 'element-plus/es/components/button/index.mjs'
export { ElMessage } from 'element-plus/es/components/message/index.mjs'
export { ElNotification } from 'element-plus/es/components/notification/index.mjs'
