// Lexical cohesion between pieces of one page: Han-character bigrams weighted by rarity on the
// page (a bigram every article uses says nothing). Only used for the few ambiguous decisions;
// bigrams are numeric keys and cached per text, so the cost stays linear in the page.

export type Bag = Map<number, number>

function bigrams(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i)
    const b = text.charCodeAt(i + 1)
    // Offsets from U+4E00 keep the key a small integer (fast map keys).
    if (a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff) out.push((a - 0x4e00) * 0x5200 + (b - 0x4e00))
  }
  return out
}

export class Cohesion {
  private idf: IntTable
  private cache = new Map<string, number[]>()
  private bags = new Map<string, Bag>()
  constructor(paragraphs: Iterable<string>) {
    const texts = [...paragraphs]
    let total = 0
    for (const t of texts) total += t.length
    const df = new IntTable(total)
    texts.forEach((t, doc) => {
      for (const g of this.grams(t)) df.countOncePer(g, doc + 1)
    })
    this.idf = df.mapCounts((n) => Math.log((texts.length + 1) / n))
  }
  /** The bag of one text, cached. */
  bagOf(text: string): Bag {
    let b = this.bags.get(text)
    if (!b) this.bags.set(text, (b = this.bag([text])))
    return b
  }
  private grams(text: string): number[] {
    let g = this.cache.get(text)
    if (!g) this.cache.set(text, (g = bigrams(text)))
    return g
  }
  bag(texts: Iterable<string>): Bag {
    const bag: Bag = new Map()
    for (const t of texts) {
      for (const g of this.grams(t)) if (!bag.has(g)) bag.set(g, this.idf.get(g))
    }
    return bag
  }
  /** Cosine of the idf-weighted bigram sets. */
  sim(a: Bag, b: Bag): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a]
    let dot = 0
    for (const [g, w] of small) if (large.has(g)) dot += w * w
    if (!dot) return 0
    return dot / Math.sqrt(norm2(a) * norm2(b))
  }
}

const norms = new WeakMap<Bag, number>()
function norm2(bag: Bag): number {
  let n = norms.get(bag)
  if (n === undefined) {
    n = 0
    for (const w of bag.values()) n += w * w
    norms.set(bag, n)
  }
  return n
}

/** Open-addressing table from small non-negative integer keys to numbers: the page's hot path. */
class IntTable {
  private keys: Int32Array
  private values: Float64Array
  private marks: Int32Array
  private mask: number
  private shift: number
  constructor(capacity: number) {
    let bits = 4
    while (1 << bits < capacity * 2) bits++
    const size = 1 << bits
    this.mask = size - 1
    this.shift = 32 - bits
    this.keys = new Int32Array(size).fill(-1)
    this.values = new Float64Array(size)
    this.marks = new Int32Array(size)
  }
  private slot(key: number): number {
    // Fibonacci hashing: the product's high bits mix all of the key; its low bits see only the
    // key's low bits, which cluster for bigram keys (long probe chains).
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask
    return i
  }
  /** Adds one to the key's count unless `mark` already counted it. */
  countOncePer(key: number, mark: number): void {
    const i = this.slot(key)
    if (this.keys[i] === -1) this.keys[i] = key
    if (this.marks[i] === mark) return
    this.marks[i] = mark
    this.values[i]++
  }
  get(key: number): number {
    const i = this.slot(key)
    return this.keys[i] === key ? this.values[i] : 0
  }
  mapCounts(f: (n: number) => number): IntTable {
    for (let i = 0; i <= this.mask; i++) if (this.keys[i] !== -1) this.values[i] = f(this.values[i])
    return this
  }
}
