/**
 * The corrections a person made to how a sheet's headers are read, remembered for the next sheet
 * with the same headers. Kept in localStorage rather than IndexedDB: it is small, and it must be
 * there, without waiting, for the first file dropped after the page opens.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { compact } from '@/import/labels'
import { sanitizeHeaderMaps } from '@/import/sheetHeaders'
import type { HeaderMap, HeaderMaps, HeaderTarget } from '@/import/types'

export const HEADER_MAPS_KEY = 'gov-disclosure:header-maps'

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // A browser with storage switched off throws on the very access.
    return null
  }
}

function read(): HeaderMaps {
  try {
    const text = storage()?.getItem(HEADER_MAPS_KEY)
    return text ? sanitizeHeaderMaps(JSON.parse(text)) : {}
  } catch {
    return {}
  }
}

export const useHeaderMapsStore = defineStore('headerMaps', () => {
  /** Plain objects, replaced on each change: they go to the import worker as they are. */
  const maps = shallowRef<HeaderMaps>(read())
  /** Set when the corrections could not be saved (storage full or switched off). */
  const saveFailed = shallowRef(false)

  function write(): void {
    try {
      const s = storage()
      if (!s) throw new Error('no storage')
      s.setItem(HEADER_MAPS_KEY, JSON.stringify(maps.value))
      saveFailed.value = false
    } catch {
      saveFailed.value = true
    }
  }

  /**
   * Makes `header` fill `target` in sheets with these headers; `undefined`, or the target its
   * words give anyway, goes back to reading the header by its words.
   */
  function correct(
    signature: string,
    header: string,
    target: HeaderTarget | undefined,
    matched?: HeaderTarget,
  ): void {
    const key = compact(header)
    const current: Record<string, HeaderTarget> = { ...maps.value[signature] }
    if (target === undefined || target === matched) delete current[key]
    else current[key] = target
    const next: Record<string, HeaderMap> = { ...maps.value }
    if (Object.keys(current).length > 0) next[signature] = current
    else delete next[signature]
    maps.value = next
    write()
  }

  function forgetAll(): void {
    maps.value = {}
    write()
  }

  return { maps, saveFailed, correct, forgetAll }
})
