/**
 * A view's own state kept in the URL query beside the filter's (year, sort, grouping of 机构对比),
 * so a copied link reproduces the view as it was. Each key reads with a parser that falls back
 * to its default on anything unexpected (a hand-edited link), and writing the default removes the
 * key, keeping links short.
 */
import { computed, type WritableComputedRef } from 'vue'
import { useRoute, useRouter, type LocationQueryValue } from 'vue-router'

type Raw = LocationQueryValue | LocationQueryValue[] | undefined

function first(value: Raw): string | null {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : null
}

export interface QueryParam<T> {
  parse: (text: string) => T | null
  format: (value: T) => string
  fallback: () => T
}

export function useQueryParam<T>(key: string, param: QueryParam<T>): WritableComputedRef<T> {
  const route = useRoute()
  const router = useRouter()
  return computed({
    get: () => {
      const text = first(route.query[key])
      return (text === null ? null : param.parse(text)) ?? param.fallback()
    },
    set: (value: T) => {
      const query = { ...route.query }
      const text = param.format(value)
      if (text === param.format(param.fallback())) delete query[key]
      else query[key] = text
      void router.replace({ query })
    },
  })
}

/** One of a fixed list of words. */
export function oneOf<T extends string>(values: readonly T[], fallback: T): QueryParam<T> {
  return {
    parse: (text) => values.find((v) => v === text) ?? null,
    format: (v) => v,
    fallback: () => fallback,
  }
}

/** A whole number, or null (absent). The fallback may depend on the data (the latest year). */
export function optionalYear(): QueryParam<number | null> {
  return {
    parse: (text) => (/^\d{4}$/.test(text) ? Number(text) : null),
    format: (v) => (v === null ? '' : String(v)),
    fallback: () => null,
  }
}

/** A yes/no switch written 1 or 0. */
export function flag(fallback: boolean): QueryParam<boolean> {
  return {
    parse: (text) => (text === '1' ? true : text === '0' ? false : null),
    format: (v) => (v ? '1' : '0'),
    fallback: () => fallback,
  }
}
