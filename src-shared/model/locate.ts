// Moving ranges between the raw page text and an article's clean text (both UTF-16). The store
// keeps entities on the raw text; the dataset and the trainer put them on the clean article
// text. cleanText's toRaw maps clean -> raw; the raw -> clean direction is built here once per page.
import type { RawRange } from '../domain/types'
import { isWhitespaceCode } from '../text/codepoints'
import { ownerIndex, ownerOf } from './ownership'

/** A clean-text range back on the raw text: from the raw origin of its first to that of its last unit. */
export function cleanRangeToRaw(toRaw: ArrayLike<number>, start: number, end: number): RawRange {
  return { start: toRaw[start], end: toRaw[end - 1] + 1 }
}

/**
 * A selection in an article's clean text as a raw range: the raw units it came from, and when
 * the clean text dropped the copy printed right after them (a fake-bold headline doubles each
 * chunk or glyph: 鹰巡鹰巡 and 鹰鹰巡巡 are 鹰巡), that copy too, so a tag covers the glyphs as printed.
 * `inverse` is fromRawMap of the same clean text.
 */
export function cleanSelectionToRaw(raw: string, toRaw: ArrayLike<number>, inverse: Int32Array, start: number, end: number): RawRange | null {
  if (!(start >= 0 && start < end)) return null
  const r = cleanRangeToRaw(toRaw, start, end)
  if (!(r.start >= 0 && r.end <= raw.length && r.start < r.end)) return null
  const dropped = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (inverse[i] >= 0) return false
    return true
  }
  const n = r.end - r.start
  if (r.end + n <= raw.length && raw.slice(r.end, r.end + n) === raw.slice(r.start, r.end) && dropped(r.end, r.end + n)) return { start: r.start, end: r.end + n }
  // Doubled glyph by glyph (张张三三): the last glyph's copy.
  if (r.end < raw.length && raw[r.end] === raw[r.end - 1] && dropped(r.end, r.end + 1)) return { start: r.start, end: r.end + 1 }
  return r
}

/** `twin`: some unit reached the clean text through its twin in a doubled headline. */
export type Located = { article: number; start: number; end: number; twin: boolean } | { problem: string }

interface LocatableArticle {
  fragments: readonly RawRange[]
  clean: { text: string; toRaw: ArrayLike<number> }
}

/**
 * Returns a function placing a raw range in the clean text of the article owning it (ownership.ts)
 * when it maps to one contiguous piece of that text. A unit of a doubled headline's second copy,
 * which the clean text drops, stands for its twin: the nearest earlier copy of the same
 * character on its line.
 */
export function rawLocator(raw: string, articles: readonly LocatableArticle[], noise: readonly RawRange[] = []): (start: number, end: number) => Located {
  const owner = ownerIndex(raw.length, articles.map((a) => ({ spans: a.fragments })), noise)
  const rawToClean = new Int32Array(raw.length).fill(-1)
  articles.forEach((a, ai) => {
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
  const cleanOf = (r: number, article: number): number => {
    if (rawToClean[r] >= 0 || isWhitespaceCode(raw.charCodeAt(r))) return rawToClean[r]
    const unit = raw.charCodeAt(r)
    for (let t = r - 1; t >= 0 && raw.charCodeAt(t) !== 10; t--)
      if (raw.charCodeAt(t) === unit && owner[t] === article && rawToClean[t] >= 0) return rawToClean[t]
    return -1
  }

  return (start, end) => {
    if (!(start >= 0 && start < end && end <= raw.length)) return { problem: 'it lies outside the page text' }
    const own = ownerOf(owner, raw, start, end)
    if (own.kind === 'outside') return { problem: `'${raw[own.at]}' at raw ${own.at} belongs to no article` }
    if (own.kind === 'across') return { problem: `it runs across two articles (at raw ${own.at})` }
    if (own.kind === 'blank') return { problem: 'it covers no article text' }
    const article = own.article
    const hit = new Set<number>()
    let twin = false
    for (let r = start; r < end; r++) {
      const c = owner[r] === article ? cleanOf(r, article) : -1
      if (c < 0) continue
      hit.add(c)
      if (rawToClean[r] < 0) twin = true
    }
    if (hit.size === 0) return { problem: 'it covers no article text' }
    const first = Math.min(...hit)
    const last = Math.max(...hit)
    const { text, toRaw } = articles[article].clean
    for (let c = first; c <= last; c++) {
      if (hit.has(c) || (toRaw[c] >= start && toRaw[c] < end) || isWhitespaceCode(text.charCodeAt(c))) continue
      return { problem: 'it is not one contiguous piece of the article text' }
    }
    return { article, start: first, end: last + 1, twin }
  }
}
