// Features of each character for the sequence model: character n-grams around it, its place
// in the jieba word and that word's tag, the dictionary/rule layers' opinion, and whether it
// could start a Han name. Features are 30-bit hashes of (template id, UTF-16 codes or a string
// hash), not strings: small integers are the fastest Map keys, and building strings cost more
// than the model itself. Collisions are negligible at the model's feature counts.
import { isSurname } from '../dictionaries/surnames'
import type { Token } from '../text/tokens'
import type { Span } from '../types'

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
const str = (t: number, s: string) => chars(t, hash(s))

function charClass(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return 1
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return 2
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 3
  return c === 0 ? 0 : 4
}

export function extractFeatures(text: string, tokens: readonly Token[], signals: readonly Span[]): number[][] {
  const n = text.length
  const code = new Int32Array(n + 4) // text[i] at i + 2; 0 pads the edges
  for (let i = 0; i < n; i++) code[i + 2] = text.charCodeAt(i)
  const c = (i: number) => code[i + 2]
  const k = (i: number) => charClass(code[i + 2])
  const wordPos = new Array<string>(n + 2).fill('_') // index i + 1
  const word = new Array<number>(n).fill(0)
  for (const t of tokens) {
    const len = t.end - t.start
    for (let i = t.start; i < t.end; i++) {
      const pos = len === 1 ? 'S' : i === t.start ? 'B' : i === t.end - 1 ? 'E' : 'M'
      wordPos[i + 1] = `${pos}${Math.min(len, 5)}|${t.tag}`
      word[i] = len <= 4 ? hash(t.word) : 0
    }
  }
  const signal = new Array<string>(n + 1).fill('O') // index i + 1
  for (const s of signals) for (let i = s.start; i < s.end; i++) signal[i + 1] = `${i === s.start ? 'B' : 'I'}-${s.label}-${s.source}`
  const out: number[][] = new Array(n)
  for (let i = 0; i < n; i++) {
    out[i] = [
      0, // bias
      chars(1, c(i)), chars(2, c(i - 1)), chars(3, c(i + 1)), chars(4, c(i - 2)), chars(5, c(i + 2)),
      chars(6, c(i - 1), c(i)), chars(7, c(i), c(i + 1)), chars(8, c(i - 2), c(i - 1)), chars(9, c(i + 1), c(i + 2)),
      chars(10, c(i - 1), c(i), c(i + 1)),
      chars(11, k(i - 1), k(i), k(i + 1)),
      str(12, wordPos[i + 1]), str(13, wordPos[i]), str(14, wordPos[i + 2]),
      chars(15, word[i]),
      str(16, signal[i + 1]), str(17, signal[i] + signal[i + 1]),
      chars(18, isSurname(text[i]) ? 1 : 0, i > 0 && isSurname(text[i - 1]) ? 1 : 0),
    ]
  }
  return out
}
