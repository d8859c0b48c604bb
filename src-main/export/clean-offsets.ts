// Moving ranges between the raw page text and an article's clean text (both UTF-16). The store
// keeps entities on the raw text; the dataset puts them on the clean article text. cleanText's
// toRaw maps clean -> raw; the raw -> clean direction is built here once per page.
import type { RawRange } from '../../src-shared/domain/types'
import { isWhitespaceCode } from './codepoints'

/** A clean-text range back on the raw text: from the raw origin of its first to that of its last unit. */
export function cleanRangeToRaw(toRaw: ArrayLike<number>, start: number, end: number): RawRange {
  return { start: toRaw[start], end: toRaw[end - 1] + 1 }
}

export type Located = { article: number; start: number; end: number } | { problem: string }

/**
 * Returns a function placing a raw range in the clean text of the one article containing it.
 * A range is inside an article when each of its raw units lies in one of that article's
 * fragments or is whitespace between them (a wrapped line), and it maps to one contiguous piece
 * of the clean text.
 */
export function rawLocator(
  raw: string,
  articles: readonly { fragments: readonly RawRange[]; clean: { text: string; toRaw: ArrayLike<number> } }[],
): (start: number, end: number) => Located {
  const owner = new Int32Array(raw.length).fill(-1)
  const rawToClean = new Int32Array(raw.length).fill(-1)
  articles.forEach((a, ai) => {
    for (const f of a.fragments) owner.fill(ai, Math.max(0, f.start), Math.min(raw.length, f.end))
    const { text, toRaw } = a.clean
    for (let c = 0; c < text.length; c++) {
      const r = toRaw[c]
      if (!(r >= 0 && r < raw.length) || owner[r] !== ai) continue
      // Several clean units may come from one raw unit (an inserted line break shares the raw
      // origin of the next character): prefer the unit that is that very character.
      const prev = rawToClean[r]
      const unit = raw.charCodeAt(r)
      if (prev < 0 || (text.charCodeAt(prev) !== unit && text.charCodeAt(c) === unit)) rawToClean[r] = c
    }
  })

  return (start, end) => {
    if (!(start >= 0 && start < end && end <= raw.length)) return { problem: 'it lies outside the page text' }
    let article = -1
    let first = -1
    let last = -1
    for (let r = start; r < end; r++) {
      const o = owner[r]
      if (o < 0) {
        if (isWhitespaceCode(raw.charCodeAt(r))) continue
        return { problem: `'${raw[r]}' at raw ${r} belongs to no article` }
      }
      if (article < 0) article = o
      else if (o !== article) return { problem: `it runs across two articles (at raw ${r})` }
      const c = rawToClean[r]
      if (c < 0) continue
      if (first < 0 || c < first) first = c
      if (c > last) last = c
    }
    if (article < 0 || first < 0) return { problem: 'it covers no article text' }
    const { toRaw } = articles[article].clean
    for (let c = first; c <= last; c++) {
      if (toRaw[c] < start || toRaw[c] >= end) return { problem: 'it is not one contiguous piece of the article text' }
    }
    return { article, start: first, end: last + 1 }
  }
}
