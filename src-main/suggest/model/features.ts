// Features of each character for the sequence model: character n-grams around it, its place
// in the jieba word and that word's tag, the dictionary/rule layers' opinion, whether it
// could start a Han name, the proper-name lexicon (see lexicon.ts), and where the next
// organisation or place head word is (head-cues.ts). Features are 30-bit hashes of
// (template id, numbers), not strings: building strings per character cost more than the
// model itself, so word and span values are coded once. Collisions are negligible at the
// model's feature counts.
import { isSurname } from '../../../src-shared/text/surnames'
import type { Token } from '../text/tokens'
import type { Span } from '../types'
import { headCues } from './head-cues'
import { charProfile, LEX_CLASSES, lexiconMatches } from './lexicon'

/** Feature of template `t` over up to three values (UTF-16 codes, hashes). */
function chars(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1)
  h = Math.imul(h ^ a, 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35)
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f)
  return (h ^ (h >>> 15)) >>> 2
}

const hashes = new Map<string, number>()
/** FNV-1a of a short string, memoised: word-level feature values repeat a lot. */
function hash(s: string): number {
  let h = hashes.get(s)
  if (h === undefined) {
    h = 0x811c9dc5
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
    if (hashes.size < 200_000) hashes.set(s, h)
  }
  return h
}

function charClass(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return 1
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return 2
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 3
  return c === 0 ? 0 : 4
}

const LABEL_CODE: Record<string, number> = { PER: 1, LOC: 2, ORG: 3 }
const SOURCE_CODE: Record<string, number> = { rule: 0, dictionary: 1, model: 2 }

/**
 * Every character's features in one array: character i has values[offsets[i]] up to
 * values[offsets[i + 1]]. One array per character would hold hundreds of MB on a 4 MiB page.
 */
export interface FeatureRows {
  offsets: Int32Array
  values: Int32Array
}

/** Features of one character at most: the fixed templates, one per lexicon class, three of the character's profile. */
const MAX_PER_CHAR = 21 + LEX_CLASSES + 3

export function extractFeatures(text: string, tokens: readonly Token[], signals: readonly Span[]): FeatureRows {
  const n = text.length
  const code = new Int32Array(n + 4) // text[i] at i + 2; 0 pads the edges
  for (let i = 0; i < n; i++) code[i + 2] = text.charCodeAt(i)
  const c = (i: number) => code[i + 2]
  const k = (i: number) => charClass(code[i + 2])
  // Place in the jieba word (S/B/M/E × length up to 5) and the word's tag; index i + 1, 0 pads.
  const wordPos = new Int32Array(n + 2)
  const wordTag = new Int32Array(n + 2)
  const word = new Int32Array(n)
  for (const t of tokens) {
    const len = t.end - t.start
    const tag = hash(t.tag) | 0
    const w = len <= 4 ? hash(t.word) | 0 : 0
    for (let i = t.start; i < t.end; i++) {
      const pos = len === 1 ? 1 : i === t.start ? 2 : i === t.end - 1 ? 4 : 3
      wordPos[i + 1] = pos * 8 + Math.min(len, 5)
      wordTag[i + 1] = tag
      word[i] = w
    }
  }
  // The layers' span at each character: B/I × label × source; index i + 1, 0 = none.
  const signal = new Int32Array(n + 1)
  for (const s of signals) {
    const v = LABEL_CODE[s.label] * 4 + SOURCE_CODE[s.source]
    for (let i = s.start; i < s.end; i++) signal[i + 1] = (i === s.start ? 16 : 32) + v
  }
  // Per character and lexicon class: bits 1/2/4 when a word of that class starts/continues/ends here.
  const lex = new Uint8Array(n * LEX_CLASSES)
  for (const m of lexiconMatches(text)) {
    for (let k = 0; k < LEX_CLASSES; k++) {
      if (!(m.classes & (1 << k))) continue
      lex[m.start * LEX_CLASSES + k] |= 1
      for (let i = m.start + 1; i < m.end - 1; i++) lex[i * LEX_CLASSES + k] |= 2
      lex[(m.end - 1) * LEX_CLASSES + k] |= 4
    }
  }
  const cues = headCues(text, tokens)
  const offsets = new Int32Array(n + 1)
  const values = new Int32Array(n * MAX_PER_CHAR)
  for (let i = 0; i < n; i++) {
    const f = [
      0, // bias
      chars(1, c(i)), chars(2, c(i - 1)), chars(3, c(i + 1)), chars(4, c(i - 2)), chars(5, c(i + 2)),
      chars(6, c(i - 1), c(i)), chars(7, c(i), c(i + 1)), chars(8, c(i - 2), c(i - 1)), chars(9, c(i + 1), c(i + 2)),
      chars(10, c(i - 1), c(i), c(i + 1)),
      chars(11, k(i - 1), k(i), k(i + 1)),
      chars(12, wordPos[i + 1], wordTag[i + 1]), chars(13, wordPos[i], wordTag[i]), chars(14, wordPos[i + 2], wordTag[i + 2]),
      chars(15, word[i]),
      chars(16, signal[i + 1]), chars(17, signal[i], signal[i + 1]),
      chars(18, isSurname(text[i]) ? 1 : 0, i > 0 && isSurname(text[i - 1]) ? 1 : 0),
      chars(21, cues.distance[i]), chars(22, cues.reach[i]),
    ]
    for (let k = 0; k < LEX_CLASSES; k++) if (lex[i * LEX_CLASSES + k]) f.push(chars(19, k, lex[i * LEX_CLASSES + k]))
    const p = charProfile(c(i))
    for (let k = 0; k < 3; k++) if ((p >> (6 * k)) & 63) f.push(chars(20, k, (p >> (6 * k)) & 63))
    values.set(f, offsets[i])
    offsets[i + 1] = offsets[i] + f.length
  }
  return { offsets, values: values.subarray(0, offsets[n]) }
}
