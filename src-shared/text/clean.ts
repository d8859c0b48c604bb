// The clean article text derived from an article's raw fragments (spec: gold-dataset-format.md):
// title on the first line, then one paragraph per line in reading order; hard-wrapped lines
// joined, doubled glyphs repaired, stray spaces between CJK characters dropped. The raw page is
// never altered: toRaw maps every clean unit back to the raw unit it came from.
import type { Fragment, RawRange } from '../domain/types'
import { visualWidth } from './chars'
import { MappedText, SPACE_AT, cleanLine, closesParagraph, joinNeedsSpace, type SpaceMode } from './join-lines'

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

function emit(out: MappedText, raw: string, units: readonly number[]): void {
  for (const u of units) {
    if (u < 0) out.insert(' ', SPACE_AT(u))
    else out.push(raw[u], u)
  }
}

const textOf = (raw: string, units: readonly number[]) => units.map((u) => (u < 0 ? ' ' : raw[u])).join('')

/** Title lines joined into one: a space only between two lines that each read as a full phrase. */
function appendTitle(out: MappedText, raw: string, fragments: readonly Fragment[]): void {
  let prevWidth = 0
  for (const f of fragments) {
    if (f.role !== 'title') continue
    for (const line of linesOf(raw, f)) {
      const units = cleanLine(raw, line.start, line.end, 'heading')
      if (!units.length) continue
      const width = visualWidth(textOf(raw, units))
      const last = out.lastCode
      if (out.text.length && prevWidth >= 8 && width >= 8 && last !== 0xff1a && last !== 0x3a) out.insert(' ', line.start)
      else if (out.text.length && joinNeedsSpace(last, raw.charCodeAt(units[0]))) out.insert(' ', line.start)
      emit(out, raw, units)
      prevWidth = width
    }
  }
}

export function cleanText(raw: string, fragments: readonly Fragment[]): CleanText {
  const out = new MappedText()
  appendTitle(out, raw, fragments)
  // Paragraph state: the role of the open paragraph, null when the last line closed it.
  let open: Fragment['role'] | null = null
  for (const f of fragments) {
    if (f.role === 'title') continue
    const mode: SpaceMode = f.role === 'byline' ? 'heading' : 'body'
    for (const line of linesOf(raw, f)) {
      const units = cleanLine(raw, line.start, line.end, mode)
      if (!units.length) continue
      const first = units[0] < 0 ? 32 : raw.charCodeAt(units[0])
      if (open === f.role) {
        if (f.role === 'byline' || joinNeedsSpace(out.lastCode, first)) out.insert(' ', line.start - 1)
      } else if (out.text.length) out.insert('\n', line.start)
      emit(out, raw, units)
      open = f.role === 'byline' || !closesParagraph(out.lastCode) ? f.role : null
    }
  }
  const end = fragments.length ? fragments[fragments.length - 1].end : 0
  out.toRaw.push(end)
  return { text: out.text, toRaw: out.toRaw }
}

/** The article title as a reader writes it: the title fragments' clean text. */
export function titleOf(raw: string, fragments: readonly Fragment[]): string {
  const out = new MappedText()
  appendTitle(out, raw, fragments)
  return out.text
}

/**
 * The inverse map: for each raw index, the clean index of the unit copied from it, or -1 when
 * the raw unit was dropped (whitespace, a doubled glyph's second copy) or is outside the article.
 */
export function fromRawMap(clean: CleanText, rawLength: number): Int32Array {
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
export function rawRangeToClean(clean: CleanText, inverse: Int32Array, start: number, end: number): RawRange | null {
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
