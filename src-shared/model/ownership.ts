// The one rule for which article owns a raw range (an entity): every non-whitespace unit of it
// lies in that article's spans, except units of noise and whitespace between them (a name
// wrapped across lines, or interrupted by a slogan line printed in the middle of it). Entity
// listing, problems, training and export all ask this module.
import type { RawRange } from '../domain/types'
import { isWhitespaceCode } from '../text/codepoints'

/** Marks noise in an ownerIndex: skipped inside a name, owned by nobody. */
export const NOISE_OWNER = -2

/** For each raw unit, the index of the article whose spans hold it, -1 for none, NOISE_OWNER for noise. */
export function ownerIndex(length: number, articles: readonly { spans: readonly RawRange[] }[], noise: readonly RawRange[] = []): Int32Array {
  const owner = new Int32Array(length).fill(-1)
  for (const n of noise) owner.fill(NOISE_OWNER, Math.max(0, n.start), Math.min(length, n.end))
  articles.forEach((a, ai) => {
    for (const s of a.spans) owner.fill(ai, Math.max(0, s.start), Math.min(length, s.end))
  })
  return owner
}

export type Ownership =
  | { kind: 'owned'; article: number }
  | { kind: 'outside'; at: number }
  | { kind: 'across'; at: number }
  | { kind: 'blank' }

/** Who owns raw [start, end): one article, or where it leaves every article or crosses into another. */
export function ownerOf(owner: Int32Array, text: string, start: number, end: number): Ownership {
  let article = -1
  // Noise counts only between units of the article: the first noise unit since the last owned one.
  let noiseAt = -1
  for (let r = start; r < end; r++) {
    const o = owner[r]
    if (o === NOISE_OWNER) {
      if (article < 0) return { kind: 'outside', at: r }
      if (noiseAt < 0) noiseAt = r
      continue
    }
    if (o < 0) {
      if (isWhitespaceCode(text.charCodeAt(r))) continue
      return { kind: 'outside', at: r }
    }
    if (article < 0) article = o
    else if (o !== article) return { kind: 'across', at: r }
    noiseAt = -1
  }
  if (noiseAt >= 0) return { kind: 'outside', at: noiseAt }
  return article >= 0 ? { kind: 'owned', article } : { kind: 'blank' }
}
