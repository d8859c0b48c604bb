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

/** True when jieba's dictionary holds the whole string as one word that is not a person name. */
export function isCommonWord(word: string): boolean {
  jieba ??= Jieba.withDict(dict)
  const tagged = jieba.tag(word, false)
  return tagged.length === 1 && !PERSON_TAGS.has(tagged[0].tag) && tagged[0].tag !== 'x'
}
