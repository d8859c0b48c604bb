// The clean article text derived from an article's raw fragments (spec: gold-dataset-format.md):
// title on the first line, then one paragraph per line in reading order; hard-wrapped lines
// joined, doubled glyphs repaired, stray spaces between CJK characters dropped. The raw page is
// never altered: toRaw maps every clean unit back to the raw unit it came from.
import type { Fragment, RawRange } from '../domain/types'
import { isSpace as importedIsSpace } from './chars'
import {
  SPACE_AT as importedSpaceAt,
  cleanLineInto as importedCleanLineInto,
  closesParagraph as importedClosesParagraph,
  joinNeedsSpace as importedJoinNeedsSpace,
  lineOut,
  type SpaceMode,
} from './join-lines'

export interface CleanText {
  /** The clean article text. */
  text: string
  /** For each UTF-16 index of `text`, the raw index it came from (length text.length + 1; last = end). */
  toRaw: number[]
}

/** The non-blank lines [start, end) of a raw range, without their line ends. */
export function linesOf(raw: string, range: RawRange): RawRange[] {
  const out: RawRange[] = []
  let s = range.start
  for (let i = range.start; i <= range.end; i++) {
    if (i === range.end || raw.charCodeAt(i) === 10) {
      let a = s
      let b = i
      while (a < b && raw.charCodeAt(a) <= 32) a++
      while (b > a && raw.charCodeAt(b - 1) <= 32) b--
      if (b > a) out.push({ start: a, end: b })
      s = i + 1
    }
  }
  return out
}

/** Local bindings: called per unit, and a module namespace lookup each time is measurable. */
const isSpace = importedIsSpace
const SPACE_AT = importedSpaceAt
const cleanLineInto = importedCleanLineInto
const closesParagraph = importedClosesParagraph
const joinNeedsSpace = importedJoinNeedsSpace

/**
 * Clean text under construction: the text as slices of the raw page (one per run of adjacent
 * raw units, usually one per line) and its raw origin per unit in a reused Int32Array.
 */
class Builder {
  text = ''
  n = 0
  /** The last unit of text, -1 while empty. */
  last = -1
  constructor(
    readonly raw: string,
    public map: Int32Array,
  ) {}

  private room(k: number): void {
    if (this.n + k <= this.map.length) return
    const bigger = new Int32Array(Math.max(this.map.length * 2, this.n + k))
    bigger.set(this.map.subarray(0, this.n))
    this.map = bigger
  }

  /** An inserted unit (space, line break) that stands for the raw position `raw`. */
  insert(code: 32 | 10, raw: number): void {
    this.room(1)
    this.text += code === 32 ? ' ' : '\n'
    this.map[this.n++] = raw
    this.last = code
  }

  /** The units of a cleaned line (see cleanLineInto; negative: an inserted space). */
  emit(units: Int32Array, count: number): void {
    if (!count) return
    this.room(count)
    const { raw, map } = this
    let n = this.n
    let text = this.text
    let runStart = -1
    let prev = -2
    for (let i = 0; i < count; i++) {
      const u = units[i]
      if (u < 0) {
        if (runStart >= 0) text += raw.slice(runStart, prev + 1)
        runStart = -1
        prev = -2
        text += ' '
        map[n++] = SPACE_AT(u)
        continue
      }
      if (u !== prev + 1) {
        if (runStart >= 0) text += raw.slice(runStart, prev + 1)
        runStart = u
      }
      prev = u
      map[n++] = u
    }
    if (runStart >= 0) text += raw.slice(runStart, prev + 1)
    const lastUnit = units[count - 1]
    this.last = lastUnit < 0 ? 32 : raw.charCodeAt(lastUnit)
    this.text = text
    this.n = n
  }
}

/** visualWidth of the text of a cleaned line's units (inserted spaces count 0, as spaces do). */
function unitsWidth(raw: string, units: Int32Array, count: number): number {
  let w = 0
  for (let i = 0; i < count; i++) {
    const u = units[i]
    if (u < 0) continue
    const c = raw.charCodeAt(u)
    if (isSpace(c) || c === 0x0a) continue
    if (c >= 0xdc00 && c <= 0xdfff) continue // second half of a pair
    w += c < 0x100 ? 0.5 : 1
  }
  return w
}

/** Title lines joined into one: a space only between two lines that each read as a full phrase. */
function appendTitle(out: Builder, raw: string, fragments: readonly Fragment[]): void {
  let prevWidth = 0
  for (const f of fragments) {
    if (f.role !== 'title') continue
    for (const line of linesOf(raw, f)) {
      const count = cleanLineInto(raw, line.start, line.end, 'heading')
      if (!count) continue
      const units = lineOut.units
      const width = unitsWidth(raw, units, count)
      const last = out.last
      if (out.n && prevWidth >= 8 && width >= 8 && last !== 0xff1a && last !== 0x3a) out.insert(32, line.start)
      else if (out.n && joinNeedsSpace(last, raw.charCodeAt(units[0]))) out.insert(32, line.start)
      out.emit(units, count)
      prevWidth = width
    }
  }
}

/** Reused between calls: each result gets an exact-size copy. */
let scratch: Int32Array = new Int32Array(4096)

/** cleanText with toRaw as an Int32Array (no per-unit array of numbers): what the export uses. */
export function cleanTextMapped(raw: string, fragments: readonly Fragment[]): { text: string; toRaw: Int32Array } {
  const out = new Builder(raw, scratch)
  appendTitle(out, raw, fragments)
  // Paragraph state: the role of the open paragraph, null when the last line closed it.
  let open: Fragment['role'] | null = null
  for (const f of fragments) {
    if (f.role === 'title') continue
    const mode: SpaceMode = f.role === 'byline' ? 'heading' : 'body'
    for (const line of linesOf(raw, f)) {
      const count = cleanLineInto(raw, line.start, line.end, mode)
      if (!count) continue
      const units = lineOut.units
      const first = units[0] < 0 ? 32 : raw.charCodeAt(units[0])
      if (open === f.role) {
        if (f.role === 'byline' || joinNeedsSpace(out.last, first)) out.insert(32, line.start - 1)
      } else if (out.n) out.insert(10, line.start)
      out.emit(units, count)
      open = f.role === 'byline' || !closesParagraph(out.last) ? f.role : null
    }
  }
  const end = fragments.length ? fragments[fragments.length - 1].end : 0
  out.map = out.map.length > out.n ? out.map : growTo(out.map, out.n + 1)
  out.map[out.n] = end
  scratch = out.map
  return { text: out.text, toRaw: out.map.slice(0, out.n + 1) }
}

function growTo(map: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(Math.max(size, map.length * 2))
  bigger.set(map)
  return bigger
}

export function cleanText(raw: string, fragments: readonly Fragment[]): CleanText {
  const { text, toRaw } = cleanTextMapped(raw, fragments)
  return { text, toRaw: Array.from(toRaw) }
}

/** The article title as a reader writes it: the title fragments' clean text. */
export function titleOf(raw: string, fragments: readonly Fragment[]): string {
  const out = new Builder(raw, scratch)
  appendTitle(out, raw, fragments)
  scratch = out.map
  return out.text
}

/**
 * The inverse map: for each raw index, the clean index of the unit copied from it, or -1 when
 * the raw unit was dropped (whitespace, a doubled glyph's second copy) or is outside the article.
 */
export function fromRawMap(clean: { text: string; toRaw: ArrayLike<number> }, rawLength: number): Int32Array {
  const map = new Int32Array(rawLength + 1).fill(-1)
  const { text, toRaw } = clean
  for (let c = 0; c < text.length; c++) {
    const r = toRaw[c]
    // Inserted spaces and line breaks carry a raw origin too; the copied unit wins.
    if (r >= 0 && r < rawLength && (map[r] < 0 || text[map[r]] === '\n' || text[map[r]] === ' ')) map[r] = c
  }
  return map
}

/**
 * A raw range on the clean text: from the first to the last raw unit of the range that has a
 * clean counterpart; null when none has, or the pieces are not one contiguous clean range.
 */
export function rawRangeToClean(clean: { text: string; toRaw: ArrayLike<number> }, inverse: Int32Array, start: number, end: number): RawRange | null {
  let first = -1
  let last = -1
  for (let r = start; r < end; r++) {
    const c = inverse[r]
    if (c < 0) continue
    if (first < 0 || c < first) first = c
    if (c > last) last = c
  }
  if (first < 0) return null
  for (let c = first; c <= last; c++) {
    const r = clean.toRaw[c]
    if (r < start || r >= end) return null
  }
  return { start: first, end: last + 1 }
}
