// Line-level cleaning with an offset map: every emitted UTF-16 unit records the raw index it
// came from, so clean ranges map back onto the raw page and the raw text is never altered.
import { endsParagraph as importedEndsParagraph, isAsciiAlnum as importedIsAsciiAlnum, isSpace as importedIsSpace, isWide as importedIsWide } from './chars'
import { undoubledIndices as importedUndoubledIndices } from './doubled-glyphs'

/** Clean text under construction plus its raw origin per unit. */
export class MappedText {
  text = ''
  toRaw: number[] = []
  push(s: string, raw: number): void {
    this.text += s
    for (let i = 0; i < s.length; i++) this.toRaw.push(raw + i)
  }
  /** An inserted unit (space, line break) that stands for the raw position `raw`. */
  insert(s: string, raw: number): void {
    this.text += s
    this.toRaw.push(raw)
  }
  get lastCode(): number {
    return this.text.length ? this.text.charCodeAt(this.text.length - 1) : -1
  }
}

/**
 * How whitespace inside a line is treated.
 * - `body`: whitespace between wide glyphs (and between a wide glyph and a digit) is dropped.
 * - `heading`: as body, except a space between two multi-glyph words stays one space
 *   ("稳就业促增收 加快建设美丽乡村"); spaced-out lines ("本 报 记 者") lose all spaces.
 */
export type SpaceMode = 'body' | 'heading'

/** An inserted space standing for the whitespace at raw index r is encoded as -1 - r. */
export const SPACE_AT = (r: number): number => -1 - r

/**
 * One raw line [start, end) cleaned: doubled glyphs repaired, stray spaces removed. Returns the
 * raw indices of the units to emit, in order (see SPACE_AT for inserted spaces).
 */
export function cleanLine(raw: string, start: number, end: number, mode: SpaceMode): number[] {
  const n = cleanLineInto(raw, start, end, mode)
  return Array.from(lineOut.units.subarray(0, n))
}

// Scratch buffers reused by every call (cleaning runs per line, per article, per page: no garbage).
let kept = new Int32Array(256)
let tokFrom = new Int32Array(128)
let tokTo = new Int32Array(128)
/** cleanLineInto's output: the first n entries of `units` are the line's units (valid until the next call). */
export const lineOut = { units: new Int32Array(256) }

/** Local bindings: these run per character and a module namespace lookup each time is measurable. */
const isSpace = importedIsSpace
const isWide = importedIsWide
const isAsciiAlnum = importedIsAsciiAlnum
const undoubledIndices = importedUndoubledIndices
const endsParagraph = importedEndsParagraph

/**
 * cleanLine without allocating: the units go into `lineOut.units` and their count is returned.
 * Same result as cleanLine, unit for unit.
 */
export function cleanLineInto(raw: string, start: number, end: number, mode: SpaceMode): number {
  const len = end - start
  // undoubledIndices refuses lines outside 6..240 units itself: no slice needed for those.
  const doubled = len >= 6 && len <= 240 ? undoubledIndices(raw.slice(start, end)) : null
  const nk = doubled ? doubled.length : len
  if (kept.length < nk) kept = new Int32Array(Math.max(nk, kept.length * 2))
  if (doubled) for (let k = 0; k < nk; k++) kept[k] = doubled[k]
  else for (let k = 0; k < nk; k++) kept[k] = k
  // Tokens: maximal runs of non-space kept units, with the whitespace before each.
  let nt = 0
  let singles = 0
  let inToken = false
  for (let k = 0; k < nk; k++) {
    if (isSpace(raw.charCodeAt(start + kept[k]))) {
      if (inToken && tokTo[nt - 1] - tokFrom[nt - 1] === 1) singles++
      inToken = false
    } else if (!inToken) {
      if (nt === tokFrom.length) {
        const from = new Int32Array(nt * 2)
        from.set(tokFrom)
        tokFrom = from
        const to = new Int32Array(nt * 2)
        to.set(tokTo)
        tokTo = to
      }
      tokFrom[nt] = k
      tokTo[nt] = k + 1
      nt++
      inToken = true
    } else tokTo[nt - 1] = k + 1
  }
  if (inToken && tokTo[nt - 1] - tokFrom[nt - 1] === 1) singles++
  const spacedOut = nt >= 4 && singles * 2 >= nt
  // At most one inserted space per token beside the kept units.
  if (lineOut.units.length < nk + nt) lineOut.units = new Int32Array(Math.max(nk + nt, lineOut.units.length * 2))
  const out = lineOut.units
  let n = 0
  for (let ti = 0; ti < nt; ti++) {
    const from = tokFrom[ti]
    const to = tokTo[ti]
    if (ti > 0) {
      const pFrom = tokFrom[ti - 1]
      const pTo = tokTo[ti - 1]
      const a = raw.charCodeAt(start + kept[pTo - 1])
      const b = raw.charCodeAt(start + kept[from])
      if (keepSpace(a, b, pTo - pFrom, to - from, mode, spacedOut)) out[n++] = -1 - (start + kept[from - 1])
    }
    for (let k = from; k < to; k++) out[n++] = start + kept[k]
  }
  return n
}

const isLatin = (c: number): boolean => isAsciiAlnum(c) && !(c >= 0x30 && c <= 0x39)

function keepSpace(a: number, b: number, lenA: number, lenB: number, mode: SpaceMode, spacedOut: boolean): boolean {
  const wideA = isWide(a)
  const wideB = isWide(b)
  if (!wideA && !wideB) return true // Latin words, numbers: the space is meaningful
  if ((wideA && !wideB && !isAsciiAlnum(b)) || (wideB && !wideA && !isAsciiAlnum(a))) return false
  if (isAsciiAlnum(a) || isAsciiAlnum(b)) {
    // Between a wide glyph and a digit the space is an extraction artefact ("3.48 亿元");
    // a Latin word keeps its spacing ("和睦 and 尊老").
    return isLatin(a) || isLatin(b)
  }
  return mode === 'heading' && !spacedOut && lenA >= 2 && lenB >= 2
}

/** Whether a hard-wrapped join between two lines needs a space (two Latin words). */
export function joinNeedsSpace(prevCode: number, nextCode: number): boolean {
  return isAsciiAlnum(prevCode) && isAsciiAlnum(nextCode) && !(prevCode <= 0x39 && nextCode <= 0x39)
}

/** Whether a line ending in this unit closes its paragraph. */
export const closesParagraph = (code: number): boolean => code < 0 || endsParagraph(code)
