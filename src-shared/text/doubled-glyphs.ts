// Fake-bold headlines are extracted with every glyph run printed twice: "““鹰巡鹰巡””" is “鹰巡”.
// A line is repaired only when doubled chunks cover almost all of it, so real reduplication
// inside ordinary text (高高兴兴, 研究研究) stays.
import { isSpace as importedIsSpace } from './chars'

/** A local binding: called per character, and a module namespace lookup each time is measurable. */
const isSpace = importedIsSpace

const MIN_LENGTH = 6
/** Doubled chunks must cover more than this share of the line. */
const MIN_COVERAGE = 0.8
const MAX_LINE = 240

/**
 * Indices (into s) of the characters to keep after undoubling, or null when s is not a doubled
 * line. Greedy left to right, preferring the longest chunk X at each position with XX following.
 */
export function undoubledIndices(s: string): number[] | null {
  return doubledLine(s) ?? boldQuotes(s)
}

/**
 * A quoted phrase set bold inside a plain headline ("把““饭碗饭碗””端在自己手里"): the marks
 * and the phrase doubled, the rest once. A doubled quotation mark never occurs in running text.
 */
const DOUBLED_MARK = /([“‘《「『])\1/
const BOLD_QUOTE = /([“‘《「『])\1(([^“”‘’《》「」『』\s]{1,16}?)\3)([”’》」』])\4/g

function boldQuotes(s: string): number[] | null {
  if (s.length > MAX_LINE || !DOUBLED_MARK.test(s)) return null
  const drop = new Set<number>()
  for (const m of s.matchAll(BOLD_QUOTE)) {
    const at = m.index!
    const half = m[3].length
    drop.add(at + 1)
    for (let j = 0; j < half; j++) drop.add(at + 2 + half + j)
    drop.add(at + 2 + 2 * half + 1)
  }
  if (!drop.size) return null
  const keep: number[] = []
  for (let i = 0; i < s.length; i++) if (!drop.has(i)) keep.push(i)
  return keep
}

function doubledLine(s: string): number[] | null {
  const n = s.length
  if (n < MIN_LENGTH || n > MAX_LINE || hasSinglePunct(s)) return null
  const keep: number[] = []
  let doubled = 0
  let solid = 0
  let i = 0
  while (i < n) {
    if (isSpace(s.charCodeAt(i))) {
      keep.push(i++)
      continue
    }
    let k = 0
    // Only distances to a later copy of this unit can start a doubled chunk.
    const c = s.charCodeAt(i)
    for (let j = i + 1; j - i <= (n - i) >> 1; j++) {
      if (s.charCodeAt(j) === c && repeats(s, i, j)) k = j - i
    }
    if (k > 0) {
      for (let j = i; j < i + k; j++) keep.push(j)
      doubled += 2 * k
      i += 2 * k
    } else {
      keep.push(i++)
      if (++solid >= n * (1 - MIN_COVERAGE)) return null
    }
  }
  if (doubled < MIN_LENGTH || doubled / (doubled + solid) <= MIN_COVERAGE) return null
  return keep
}

export function undouble(s: string): string {
  const keep = undoubledIndices(s)
  return keep ? keep.map((i) => s[i]).join('') : s
}

/** A lone 。 or ，: running text. A doubled line doubles its punctuation too ("，，"). */
function hasSinglePunct(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c === 0x3002 || c === 0xff0c || c === 0x2c) && s.charCodeAt(i - 1) !== c && s.charCodeAt(i + 1) !== c) return true
  }
  return false
}

/** Whether s[i, j) is followed by a copy of itself. */
function repeats(s: string, i: number, j: number): boolean {
  for (let a = i, b = j; a < j; a++, b++) if (s.charCodeAt(a) !== s.charCodeAt(b)) return false
  return true
}
