// Word boundaries and part-of-speech tags from jieba (HMM on, so unknown names come out as
// single "x" tokens rather than loose characters). The dictionary is loaded once, lazily;
// words are cut natively and tagged in word-tags.ts, exactly as jieba's own tagger would.
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import { wordTag } from './word-tags'

export interface Token {
  start: number
  end: number
  word: string
  tag: string
}

let jieba: Jieba | null = null

/** jieba's words of a text with their tags, as its tag(text, hmm) gives them. */
function tagged(text: string, hmm: boolean): { word: string; tag: string }[] {
  jieba ??= Jieba.withDict(dict)
  return jieba.cut(text, hmm).map((word) => ({ word, tag: wordTag(word) }))
}

export function tokenize(text: string): Token[] {
  jieba ??= Jieba.withDict(dict)
  const words = jieba.cut(text, true)
  const out: Token[] = new Array(words.length)
  let pos = 0
  words.forEach((word, k) => {
    out[k] = { start: pos, end: pos + word.length, word, tag: wordTag(word) }
    pos += word.length
  })
  return out
}

/** Index of the token covering each character. */
export function tokenIndexByChar(tokens: readonly Token[], length: number): Int32Array {
  const at = new Int32Array(length)
  tokens.forEach((t, k) => { for (let i = t.start; i < t.end; i++) at[i] = k })
  return at
}

const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg'])

/** `f` remembered for up to `limit` strings: word lookups repeat across a page and across pages. */
function memo<T>(f: (s: string) => T, limit = 100_000): (s: string) => T {
  const seen = new Map<string, T>()
  return (s) => {
    let v = seen.get(s)
    if (v !== undefined || seen.has(s)) return v as T
    v = f(s)
    if (seen.size < limit) seen.set(s, v)
    return v
  }
}

/** jieba's tag when its dictionary holds the whole string as one word (person names included), else null. */
export const dictionaryTag = memo((word: string): string | null => {
  const words = tagged(word, false)
  return words.length === 1 && words[0].tag !== 'x' ? words[0].tag : null
})

/** jieba's tag when its dictionary holds the whole string as one word that is not a person name, else null. */
export function commonWordTag(word: string): string | null {
  const tag = dictionaryTag(word)
  return tag !== null && !PERSON_TAGS.has(tag) ? tag : null
}

/** True when jieba's dictionary holds the whole string as one word that is not a person name. */
export const isCommonWord = (word: string): boolean => commonWordTag(word) !== null

const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'eng'])

/** True when jieba's dictionary cuts the string into common words of two characters or more ("文化旅游"). */
export const isCommonPhrase = memo((s: string): boolean => tagged(s, false).every((t) => t.word.length > 1 && !PROPER_TAGS.has(t.tag)))

/** Length of the longest common word of two to four characters starting at `i` ("调研" in "王强调研"), or 0. */
export function commonWordAt(text: string, i: number): number {
  for (let n = 4; n >= 2; n--) if (i + n <= text.length && isCommonWord(text.slice(i, i + n))) return n
  return 0
}

/**
 * The tokens re-cut so that each of `spans` (sorted, not overlapping) is one token of tag
 * `tag`: jieba often glues a place to its neighbour ("距上|都镇") where the dictionary knows it.
 * Pieces of a cut token keep its tag only when they are the whole token.
 */
export function mergeSpans(text: string, tokens: readonly Token[], spans: readonly { start: number; end: number }[], tag: string): Token[] {
  const out: Token[] = []
  let s = 0
  for (const t of tokens) {
    for (let i = t.start; i < t.end; ) {
      while (s < spans.length && spans[s].end <= i) s++
      const span = spans[s]
      if (span && span.start <= i) {
        if (span.start === i) out.push({ start: i, end: span.end, word: text.slice(i, span.end), tag })
        i = Math.min(span.end, t.end)
        continue
      }
      const end = Math.min(t.end, span ? span.start : t.end)
      // A token no span cuts is kept as it is (most of them).
      out.push(i === t.start && end === t.end ? t : { start: i, end, word: text.slice(i, end), tag: 'x' })
      i = end
    }
  }
  return out
}
