// UTF-16 <-> code point offsets. The dataset promises code point offsets (Python's str
// indexing) while JavaScript indexes UTF-16 units. A table built once per string makes every
// conversion O(1); text without surrogates (almost all Chinese news) needs no table at all.

export interface CodePointIndex {
  /** The text's length in code points. */
  readonly length: number
  /** Code point offset of a UTF-16 offset; -1 when outside the text or inside a surrogate pair. */
  toCodePoint(utf16: number): number
  /** UTF-16 offset of a code point offset; -1 when outside the text. */
  toUtf16(codePoint: number): number
  /** The text between two code point offsets (Python's text[start:end]); null when out of range. */
  slice(start: number, end: number): string | null
}

const SURROGATE = /[\uD800-\uDFFF]/

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** Text without surrogates: code point and UTF-16 offsets are the same (no table, no closures). */
class SameOffsets implements CodePointIndex {
  readonly length: number
  constructor(private readonly text: string) {
    this.length = text.length
  }
  toCodePoint(i: number): number {
    return Number.isInteger(i) && i >= 0 && i <= this.length ? i : -1
  }
  toUtf16(i: number): number {
    return Number.isInteger(i) && i >= 0 && i <= this.length ? i : -1
  }
  slice(s: number, e: number): string | null {
    return this.toCodePoint(s) >= 0 && this.toCodePoint(e) >= s ? this.text.slice(s, e) : null
  }
}

export function codePointIndex(text: string): CodePointIndex {
  const n = text.length
  if (!SURROGATE.test(text)) return new SameOffsets(text)
  // cpOf[u]: code point offset of UTF-16 offset u (-1 between the halves of a pair);
  // unitOf[c]: UTF-16 offset of code point c. A lone surrogate counts as one code point, as in Python.
  const cpOf = new Int32Array(n + 1)
  const unitOf = new Int32Array(n + 1)
  let cp = 0
  for (let u = 0; u < n; u++) {
    if (u > 0 && isLow(text.charCodeAt(u)) && isHigh(text.charCodeAt(u - 1))) {
      cpOf[u] = -1
      continue
    }
    cpOf[u] = cp
    unitOf[cp++] = u
  }
  cpOf[n] = cp
  unitOf[cp] = n
  const length = cp
  const toUtf16 = (c: number) => (Number.isInteger(c) && c >= 0 && c <= length ? unitOf[c] : -1)
  return {
    length,
    toCodePoint: (u) => (Number.isInteger(u) && u >= 0 && u <= n ? cpOf[u] : -1),
    toUtf16,
    slice: (s, e) => {
      const a = toUtf16(s)
      const b = toUtf16(e)
      return a >= 0 && b >= a ? text.slice(a, b) : null
    },
  }
}

/** Whether a UTF-16 unit is whitespace in the sense of JavaScript's \s (without a regex: hot loops). */
export function isWhitespaceCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
