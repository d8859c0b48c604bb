// Proper-name lexicon for the model, taken from jieba's own dictionary (a dependency, not
// the benchmark): every person/place/organisation/other-proper word covering a character,
// whichever segmentation jieba chose, and each character's habits in such words. With little
// training text they help most for names the model never saw annotated.
import { dict } from '@node-rs/jieba/dict'

/** Lexicon classes, one bit each. */
export const LEX = { PER: 1, LOC: 2, ORG: 4, OTHER: 8 } as const
export const LEX_CLASSES = 4
const PREFIX = 16 // a longer entry continues this string
const CLASS_OF: Record<string, number> = { nr: LEX.PER, nrfg: LEX.PER, nrt: LEX.PER, ns: LEX.LOC, nt: LEX.ORG, nz: LEX.OTHER, j: LEX.OTHER }
const MAX_LEN = 12

let entries: Map<string, number> | null = null
let profiles: Map<number, number> | null = null
/** The first two UTF-16 codes of every entry: most positions of a text start none, and are passed without a lookup. */
let openings: Set<number> | null = null
const opening = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1)

function load(): Map<string, number> {
  const m = new Map<string, number>()
  // Per character: how many dictionary words hold it (any tag), and per (class, B/M/E) how many name words.
  const total = new Map<number, number>()
  const named = new Map<number, Uint32Array>()
  for (const line of new TextDecoder().decode(dict).split('\n')) {
    const [word, , tag] = line.split(' ')
    if (!word) continue
    const cls = CLASS_OF[tag?.trim()]
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      total.set(code, (total.get(code) ?? 0) + 1)
      if (!cls || cls === LEX.OTHER || word.length < 2) continue
      let a = named.get(code)
      if (!a) named.set(code, (a = new Uint32Array(9)))
      a[(31 - Math.clz32(cls)) * 3 + (i === 0 ? 0 : i === word.length - 1 ? 2 : 1)]++
    }
    if (!cls || word.length < 2 || word.length > MAX_LEN) continue
    m.set(word, (m.get(word) ?? 0) | cls)
    for (let k = 2; k < word.length; k++) {
      const p = word.slice(0, k)
      m.set(p, (m.get(p) ?? 0) | PREFIX)
    }
  }
  openings = new Set([...m.keys()].map((k) => opening(k, 0)))
  profiles = new Map()
  for (const [code, a] of named) {
    const t = total.get(code)! + 5
    let p = 0
    a.forEach((x, k) => { p |= (x / t < 0.05 ? 0 : x / t < 0.15 ? 1 : x / t < 0.4 ? 2 : 3) << (2 * k) })
    if (p) profiles.set(code, p)
  }
  return m
}

/**
 * A character's profile in the dictionary: 2 bits per (PER/LOC/ORG, begin/middle/end) for how
 * often the words holding it are names of that class with it at that place ("省" ends places,
 * "王" begins people). It generalises to characters the training text never showed in a name.
 */
export function charProfile(code: number): number {
  entries ??= load()
  return profiles!.get(code) ?? 0
}

/** A lexicon word found in the text. */
export interface LexMatch {
  start: number
  end: number
  classes: number
}

/** All lexicon words in `text` (overlapping, at least two characters). */
export function lexiconMatches(text: string): LexMatch[] {
  entries ??= load()
  const out: LexMatch[] = []
  for (let i = 0; i < text.length - 1; i++) {
    if (!openings!.has(opening(text, i))) continue
    for (let j = i + 2; j <= text.length && j - i <= MAX_LEN; j++) {
      const v = entries.get(text.slice(i, j))
      if (v === undefined) break
      if (v & ~PREFIX) out.push({ start: i, end: j, classes: v & ~PREFIX })
      if (!(v & PREFIX)) break
    }
  }
  return out
}

