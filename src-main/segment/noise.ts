// Repeated copies: a paragraph whose text already appeared earlier on the page is a duplicate
// (layout tools repeat an article's opening, or a whole item), unless it is too short to be
// distinctive. The earlier copy may be broken into several paragraphs where this one is whole.
import type { Unit } from './classify'

const MIN_DUPLICATE = 15
/**
 * A copy found across earlier paragraphs, not as one of its own, must be this long: a repeated
 * opening cut short after a line or two ("本报某地 1 月 8 日电 （记者 X" and the line under it) is one.
 */
const MIN_INNER_DUPLICATE = 24
/** How much of a paragraph's opening finds where an earlier copy of it starts. */
const OPENING = 16

export function markDuplicates(units: Unit[]): void {
  // Keyed by length: a copy has the same length, and comparing the few same-length texts is
  // cheaper than hashing every paragraph.
  const seen = new Map<number, string[]>()
  // The earlier paragraphs joined, and where each starts by its opening: a copy starts where
  // its original's first paragraph does, so it is looked for there only (not in the whole text).
  let earlier = ''
  const startsAt = new Map<string, number>()
  for (const u of units) {
    if (u.kind !== 'body' && u.kind !== 'opener') continue
    const key = u.block.norm
    if (key.length < MIN_DUPLICATE) continue
    const same = seen.get(key.length)
    const opening = key.slice(0, OPENING)
    const at = key.length >= MIN_INNER_DUPLICATE ? startsAt.get(opening) : undefined
    if (same?.includes(key) || (at !== undefined && earlier.startsWith(key, at))) {
      u.kind = 'noise'
      u.noiseRole = 'duplicate'
      u.why = 'repeats a paragraph printed earlier on the page'
      continue
    }
    if (same) same.push(key)
    else seen.set(key.length, [key])
    if (!startsAt.has(opening)) startsAt.set(opening, earlier.length)
    earlier += key
  }
}
