/**
 * Agency name aliases the person confirmed (华龙区工信局 → 华龙区工业和信息化局). Applied to every
 * later import, and remembered.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { resolveAlias } from '@/lib/aliases'
import { persistence } from '@/storage/persistence'

const KEY = 'aliases'

export const useAliasesStore = defineStore('aliases', () => {
  const map = ref<Record<string, string>>({})

  const list = computed(() =>
    Object.entries(map.value)
      .map(([alias, name]) => ({ alias, name }))
      .sort(
        (a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.alias.localeCompare(b.alias, 'zh-CN'),
      ),
  )

  function resolve(name: string): string {
    return resolveAlias(map.value, name)
  }

  async function save(): Promise<void> {
    await (await persistence()).set(KEY, map.value)
  }

  /** Reads the stored aliases; true when they differ from those on the page. */
  async function load(): Promise<boolean> {
    const next = (await (await persistence()).get<Record<string, string>>(KEY)) ?? {}
    const changed = JSON.stringify(next) !== JSON.stringify(map.value)
    if (changed) map.value = next
    return changed
  }

  /** Records that `alias` means `name`; refuses a link that would make a cycle. */
  async function add(alias: string, name: string): Promise<boolean> {
    const a = alias.trim()
    const n = name.trim()
    if (!a || !n || a === n || resolveAlias(map.value, n) === a) return false
    map.value = { ...map.value, [a]: n }
    await save()
    return true
  }

  async function remove(alias: string): Promise<void> {
    const next = { ...map.value }
    delete next[alias]
    map.value = next
    await save()
  }

  return { map, list, resolve, load, add, remove }
})
