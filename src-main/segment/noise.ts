// Repeated copies: a paragraph whose text already appeared earlier on the page is a duplicate
// (layout tools repeat an article's opening, or a whole item), unless it is too short to be
// distinctive. The earlier copy may be broken into several paragraphs where this one is whole.
import type { Unit } from './classify'

const MIN_DUPLICATE = 15
/** A copy found inside the earlier text, not as a paragraph of its own, must be this long. */
const MIN_INNER_DUPLICATE = 40

export function markDuplicates(units: Unit[]): void {
  // Keyed by length: a copy has the same length, and comparing the few same-length texts is
  // cheaper than hashing every paragraph.
  const seen = new Map<number, string[]>()
  let earlier = ''
  for (const u of units) {
    if (u.kind !== 'body' && u.kind !== 'opener') continue
    const key = u.block.norm
    if (key.length < MIN_DUPLICATE) continue
    const same = seen.get(key.length)
    if (same?.includes(key) || (key.length >= MIN_INNER_DUPLICATE && earlier.includes(key))) {
      u.kind = 'noise'
      u.noiseRole = 'duplicate'
      u.why = 'repeats a paragraph printed earlier on the page'
      continue
    }
    if (same) same.push(key)
    else seen.set(key.length, [key])
    earlier += key
  }
}
