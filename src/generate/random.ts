/** A small seeded PRNG (mulberry32) so generated data is the same on every machine and run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Poisson draw (Knuth for small means, rounded normal approximation for large ones). */
export function poisson(random: () => number, mean: number): number {
  if (mean <= 0) return 0
  if (mean > 40) {
    const u = Math.max(random(), 1e-12)
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
    return Math.max(0, Math.round(mean + z * Math.sqrt(mean)))
  }
  const limit = Math.exp(-mean)
  let k = 0
  let p = random()
  while (p > limit) {
    k += 1
    p *= random()
  }
  return k
}

/** Index drawn from relative weights. */
export function pick(random: () => number, weights: readonly number[]): number {
  const sum = weights.reduce((a, b) => a + b, 0)
  let x = random() * sum
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] ?? 0
    if (x < 0) return i
  }
  return weights.length - 1
}
