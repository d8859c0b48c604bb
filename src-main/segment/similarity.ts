// Lexical cohesion between pieces of one page: Han-character bigrams weighted by rarity on the
// page (a bigram every article uses says nothing). Only used for the few ambiguous decisions.
// Bigrams get dense integer ids per page (one hash pass over the page), a text's ids are cached,
// and a bag is the list of its distinct weighted ids in first-seen order, so building and
// comparing bags allocates no maps and the cost stays linear in the page.

/**
 * The distinct bigrams of some texts. `ids` holds the bigrams the page's paragraphs use (positive
 * weight) in first-seen order; `size` also counts bigrams they never use (weight 0).
 */
export interface Bag {
  readonly ids: Int32Array
  readonly size: number
  /** Sum of squared weights, accumulated in `ids` order. */
  readonly norm2: number
  /** Membership bitset over ids, built on first use as the larger side of `sim`. */
  bits: Uint32Array | null
}

const HAN_FIRST = 0x4e00
const HAN_LAST = 0x9fff

export class Cohesion {
  private ids: IdTable
  /** idf by id, for the ids the paragraphs use (ids below `known`); later ids weigh 0. */
  private weight: Float64Array
  private known: number
  private stamp: Int32Array
  private mark = 0
  private scratch: Int32Array
  private buf = new Int32Array(256)
  private cache = new Map<string, Int32Array>()
  private bags = new Map<string, Bag>()
  constructor(paragraphs: Iterable<string>) {
    const texts = [...paragraphs]
    let total = 0
    for (const t of texts) total += t.length
    this.ids = new IdTable(total)
    const df = new Int32Array(total + 1)
    const last = new Int32Array(total + 1)
    for (let doc = 0; doc < texts.length; doc++) {
      const g = this.grams(texts[doc])
      for (let i = 0; i < g.length; i++) {
        const id = g[i]
        if (last[id] === doc + 1) continue
        last[id] = doc + 1
        df[id]++
      }
    }
    const known = (this.known = this.ids.count)
    const weight = (this.weight = new Float64Array(known))
    // Document frequencies are small integers: one log per distinct frequency.
    const logs = new Float64Array(texts.length + 1)
    for (let id = 0; id < known; id++) {
      const n = df[id]
      weight[id] = logs[n] || (logs[n] = Math.log((texts.length + 1) / n))
    }
    this.stamp = new Int32Array(Math.max(16, known * 2))
    this.scratch = new Int32Array(known)
  }
  /** Whether some paragraph of the page holds the bigram of these two ideographs. */
  knows(a: number, b: number): boolean {
    if (a < HAN_FIRST || a > HAN_LAST || b < HAN_FIRST || b > HAN_LAST) return false
    const id = this.ids.find((a - HAN_FIRST) * 0x5200 + (b - HAN_FIRST))
    return id >= 0 && id < this.known
  }
  /** Whether some ideograph bigram of `text` occurs in a paragraph of the page. */
  sharesBigram(text: string): boolean {
    for (let i = 0; i + 1 < text.length; i++) if (this.knows(text.charCodeAt(i), text.charCodeAt(i + 1))) return true
    return false
  }
  /** The bag of one text, cached. */
  bagOf(text: string): Bag {
    let b = this.bags.get(text)
    if (!b) this.bags.set(text, (b = this.bag([text])))
    return b
  }
  /** Bigram ids of a text, cached. */
  private grams(text: string): Int32Array {
    let g = this.cache.get(text)
    if (g) return g
    const table = this.ids
    if (this.buf.length < text.length) this.buf = new Int32Array(text.length * 2)
    const buf = this.buf
    let n = 0
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text.charCodeAt(i)
      if (a < HAN_FIRST || a > HAN_LAST) continue
      const b = text.charCodeAt(i + 1)
      if (b < HAN_FIRST || b > HAN_LAST) {
        i++ // b cannot start a bigram either
        continue
      }
      buf[n++] = table.idOf((a - HAN_FIRST) * 0x5200 + (b - HAN_FIRST))
    }
    g = buf.slice(0, n)
    this.cache.set(text, g)
    return g
  }
  bag(texts: Iterable<string>): Bag {
    const mark = ++this.mark
    const known = this.known
    const weight = this.weight
    const out = this.scratch
    let size = 0
    let n = 0
    let norm2 = 0
    for (const t of texts) {
      const g = this.grams(t)
      let stamp = this.stamp
      if (stamp.length < this.ids.count) {
        const grown = new Int32Array(this.ids.count * 2)
        grown.set(stamp)
        this.stamp = stamp = grown
      }
      for (let i = 0; i < g.length; i++) {
        const id = g[i]
        if (stamp[id] === mark) continue
        stamp[id] = mark
        size++
        if (id < known) {
          out[n++] = id
          const w = weight[id]
          norm2 += w * w
        }
      }
    }
    return { ids: out.slice(0, n), size, norm2, bits: null }
  }
  /** Cosine of the idf-weighted bigram sets. */
  sim(a: Bag, b: Bag): number {
    const small = a.size <= b.size ? a : b
    const large = small === a ? b : a
    const bits = (large.bits ??= this.bitsOf(large))
    const ids = small.ids
    const weight = this.weight
    let dot = 0
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]
      if (bits[id >>> 5] & (1 << (id & 31))) {
        const w = weight[id]
        dot += w * w
      }
    }
    if (!dot) return 0
    return dot / Math.sqrt(a.norm2 * b.norm2)
  }
  private bitsOf(bag: Bag): Uint32Array {
    const bits = new Uint32Array((this.known + 31) >>> 5)
    const ids = bag.ids
    for (let i = 0; i < ids.length; i++) bits[ids[i] >>> 5] |= 1 << (ids[i] & 31)
    return bits
  }
}

/** Open-addressing table from bigram keys (non-negative integers) to dense ids: the page's hot path. */
class IdTable {
  count = 0
  /** key + 1 per slot; 0 marks an empty slot (a fresh table needs no fill). */
  private keys: Int32Array
  private vals: Int32Array
  private mask: number
  private shift: number
  constructor(capacity: number) {
    let bits = 4
    while (1 << bits < capacity * 2) bits++
    this.keys = new Int32Array(1 << bits)
    this.vals = new Int32Array(1 << bits)
    this.mask = (1 << bits) - 1
    this.shift = 32 - bits
  }
  /** The id of a key already in the table, or -1. */
  find(key: number): number {
    const k1 = key + 1
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & this.mask) {
      const k = this.keys[i]
      if (k === k1) return this.vals[i]
      if (k === 0) return -1
    }
  }
  idOf(key: number): number {
    const keys = this.keys
    const k1 = key + 1
    // Fibonacci hashing: the product's high bits mix all of the key; its low bits see only the
    // key's low bits, which cluster for bigram keys (long probe chains).
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = keys[i]
      if (k === k1) return this.vals[i]
      if (k === 0) break
      i = (i + 1) & this.mask
    }
    keys[i] = k1
    const id = (this.vals[i] = this.count++)
    if (this.count * 2 > this.mask + 1) this.grow()
    return id
  }
  private grow(): void {
    const { keys, vals } = this
    const size = (this.mask + 1) * 2
    this.keys = new Int32Array(size)
    this.vals = new Int32Array(size)
    this.mask = size - 1
    this.shift--
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === 0) continue
      let i = Math.imul(keys[j] - 1, 0x9e3779b1) >>> this.shift
      while (this.keys[i] !== 0) i = (i + 1) & this.mask
      this.keys[i] = keys[j]
      this.vals[i] = vals[j]
    }
  }
}

/**
 * Whether the texts use a good part (over a third) of the ideograph bigrams of `text`: a headline
 * takes its words from its story; a column banner, logo or slogan may share a word by chance.
 */
export function takesWordsFrom(text: string, texts: readonly string[]): boolean {
  const isHan = (c: number) => c >= HAN_FIRST && c <= HAN_LAST
  const grams = new Set<string>()
  for (let i = 0; i + 1 < text.length; i++) if (isHan(text.charCodeAt(i)) && isHan(text.charCodeAt(i + 1))) grams.add(text.slice(i, i + 2))
  let shared = 0
  for (const gram of grams) if (texts.some((t) => t.includes(gram))) shared++
  return shared > 0 && shared * 3 > grams.size
}
