// jieba's part-of-speech tag of a word its cut returned, as its own tagger gives it: the
// dictionary's tag, else "m" for ASCII digits, "eng" for other ASCII letters and digits, "x"
// for anything else; a few common nouns its dictionary tags as names are read as nouns.
// Cutting and then tagging here is several times cheaper than jieba's tag, which builds an
// object per word across the native boundary. The dictionary is read once
// into a hash table of offsets into its own text (a Map of its 350,000 words would hold
// 60 MB in every worker).
import { dict } from '@node-rs/jieba/dict'

interface Table {
  text: string
  starts: Int32Array
  lengths: Uint16Array
  tags: Uint8Array
  tagNames: string[]
  /** Open addressing: entry index + 1 per slot, 0 = empty. */
  slots: Int32Array
}

let table: Table | null = null

function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

function load(): Table {
  const text = new TextDecoder().decode(dict)
  const starts: number[] = [], lengths: number[] = [], tags: number[] = []
  const tagNames: string[] = [], tagIndex = new Map<string, number>()
  for (let line = 0; line < text.length; ) {
    const nl = text.indexOf('\n', line)
    const end = nl < 0 ? text.length : nl
    const space = text.indexOf(' ', line)
    if (space > line && space < end) {
      const tag = text.slice(text.lastIndexOf(' ', end) + 1, end).trim()
      if (!tagIndex.has(tag)) { tagIndex.set(tag, tagNames.length); tagNames.push(tag) }
      starts.push(line)
      lengths.push(space - line)
      tags.push(tagIndex.get(tag)!)
    }
    line = end + 1
  }
  let size = 1024
  while (size < starts.length * 2) size *= 2
  const slots = new Int32Array(size)
  starts.forEach((s, k) => {
    let slot = hash(text, s, s + lengths[k]) & (size - 1)
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1)
    slots[slot] = k + 1
  })
  return { text, starts: Int32Array.from(starts), lengths: Uint16Array.from(lengths), tags: Uint8Array.from(tags), tagNames, slots }
}

/** The dictionary's tag of `word`, or null when it is not a dictionary word. */
function dictionaryWordTag(word: string): string | null {
  const t = (table ??= load())
  const mask = t.slots.length - 1
  for (let slot = hash(word, 0, word.length) & mask; t.slots[slot] !== 0; slot = (slot + 1) & mask) {
    const k = t.slots[slot] - 1
    if (t.lengths[k] === word.length && t.text.startsWith(word, t.starts[k])) return t.tagNames[t.tags[k]]
  }
  return null
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

/** Common nouns jieba's dictionary tags as names (城市/ns): read as the nouns they are. */
const COMMON_NOUNS = new Set(['城市'])

export function wordTag(word: string): string {
  if (COMMON_NOUNS.has(word)) return 'n'
  const known = dictionaryWordTag(word)
  if (known !== null) return known
  let ascii = 0, digits = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (isAsciiDigit(c)) { ascii++; digits++ } else if (isAsciiLetter(c)) ascii++
  }
  return ascii === 0 ? 'x' : ascii === digits ? 'm' : 'eng'
}
