/** Agency name aliases (华龙区工信局 → 华龙区工业和信息化局), as a plain map. */

/** Follows alias → name links to the final name; a cycle stops where it would repeat. */
export function resolveAlias(map: Readonly<Record<string, string>>, name: string): string {
  const seen = new Set<string>()
  let current = name.trim()
  while (map[current] !== undefined && !seen.has(current)) {
    seen.add(current)
    current = map[current] ?? current
  }
  return current
}
