// Deterministic train/dev/test assignment by page. Each page gets a rank from
// sha256(seed, page id) — not from the order pages come in — and the ranked list is cut by the
// ratios, so the same pages and seed always give the same split, with exact proportions.
import { createHash } from 'node:crypto'
import { SPLIT_NAMES, type SplitName } from './schema'

export type SplitRatios = Record<SplitName, number>

export interface SplitPlan {
  seed: number
  /** The ratios as asked (not normalised), for the manifest. */
  ratios: SplitRatios
  splitOf(pageId: string): SplitName | undefined
}

export function planSplit(pageIds: Iterable<string>, ratios: SplitRatios, seed: number): SplitPlan {
  const weights = SPLIT_NAMES.map((s) => ratios[s])
  const total = weights.reduce((a, b) => a + b, 0)
  // A finite sum too: 1e308 + 1e308 is Infinity, and every share of it would round to train.
  if (!weights.every((w) => Number.isFinite(w) && w >= 0) || !(total > 0) || !Number.isFinite(total)) {
    throw new RangeError(`split ratios must be non-negative numbers with a positive sum, got ${JSON.stringify(ratios)}`)
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`the split seed must be an integer, got ${seed}`)

  const ranked = [...new Set(pageIds)]
    .map((id) => ({ id, key: createHash('sha256').update(`${seed}\0${id}`).digest('hex') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1))
  // Cut points at the rounded cumulative shares: train [0, c1), dev [c1, c2), test [c2, n).
  const cuts: number[] = []
  let cumulative = 0
  for (const w of weights) {
    cumulative += w
    cuts.push(Math.round((ranked.length * cumulative) / total))
  }
  const assignment = new Map<string, SplitName>()
  let s = 0
  ranked.forEach(({ id }, rank) => {
    while (rank >= cuts[s]) s++
    assignment.set(id, SPLIT_NAMES[s])
  })
  return { seed, ratios: { ...ratios }, splitOf: (id) => assignment.get(id) }
}
