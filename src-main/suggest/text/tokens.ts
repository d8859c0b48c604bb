// Word boundaries and part-of-speech tags from jieba (HMM on, so unknown names come out as
// single "x" tokens rather than loose characters). The dictionary is loaded once, lazily.
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'

export interface Token {
  start: number
  end: number
  word: string
  tag: string
}

let jieba: Jieba | null = null

export function tokenize(text: string): Token[] {
  jieba ??= Jieba.withDict(dict)
  const out: Token[] = []
  let pos = 0
  for (const { word, tag } of jieba.tag(text, true)) {
    out.push({ start: pos, end: pos + word.length, word, tag })
    pos += word.length
  }
  return out
}

/** Index of the token covering each character. */
export function tokenIndexByChar(tokens: readonly Token[], length: number): Int32Array {
  const at = new Int32Array(length)
  tokens.forEach((t, k) => { for (let i = t.start; i < t.end; i++) at[i] = k })
  return at
}

const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg'])

const dictionaryTags = new Map<string, string | null>()

/** jieba's tag when its dictionary holds the whole string as one word (person names included), else null. */
export function dictionaryTag(word: string): string | null {
  let tag = dictionaryTags.get(word)
  if (tag === undefined) {
    jieba ??= Jieba.withDict(dict)
    const tagged = jieba.tag(word, false)
    tag = tagged.length === 1 && tagged[0].tag !== 'x' ? tagged[0].tag : null
    if (dictionaryTags.size < 100_000) dictionaryTags.set(word, tag)
  }
  return tag
}

/** jieba's tag when its dictionary holds the whole string as one word that is not a person name, else null. */
export function commonWordTag(word: string): string | null {
  const tag = dictionaryTag(word)
  return tag !== null && !PERSON_TAGS.has(tag) ? tag : null
}

/** True when jieba's dictionary holds the whole string as one word that is not a person name. */
export const isCommonWord = (word: string): boolean => commonWordTag(word) !== null

const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'eng'])

/** True when jieba's dictionary cuts the string into common words of two characters or more ("文化旅游"). */
export function isCommonPhrase(s: string): boolean {
  jieba ??= Jieba.withDict(dict)
  return jieba.tag(s, false).every((t) => t.word.length > 1 && !PROPER_TAGS.has(t.tag))
}

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
      out.push({ start: i, end, word: text.slice(i, end), tag: i === t.start && end === t.end ? t.tag : 'x' })
      i = end
    }
  }
  return out
}
