// Line-level cleaning with an offset map: every emitted UTF-16 unit records the raw index it
// came from, so clean ranges map back onto the raw page and the raw text is never altered.
import { endsParagraph, isAsciiAlnum, isSpace, isWide } from './chars'
import { undoubledIndices } from './doubled-glyphs'

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
  const line = raw.slice(start, end)
  const kept = undoubledIndices(line) ?? identity(line.length)
  // Tokens: maximal runs of non-space kept units, with the whitespace before each.
  const tokens: { from: number; to: number }[] = []
  let t = -1
  for (let k = 0; k < kept.length; k++) {
    if (isSpace(line.charCodeAt(kept[k]))) {
      t = -1
    } else if (t < 0) {
      tokens.push({ from: k, to: k + 1 })
      t = tokens.length - 1
    } else tokens[t].to = k + 1
  }
  const spacedOut = tokens.length >= 4 && tokens.filter((x) => x.to - x.from === 1).length * 2 >= tokens.length
  const out: number[] = []
  tokens.forEach((tok, ti) => {
    if (ti > 0) {
      const prev = tokens[ti - 1]
      const a = line.charCodeAt(kept[prev.to - 1])
      const b = line.charCodeAt(kept[tok.from])
      if (keepSpace(a, b, prev.to - prev.from, tok.to - tok.from, mode, spacedOut)) out.push(SPACE_AT(start + kept[tok.from - 1]))
    }
    for (let k = tok.from; k < tok.to; k++) out.push(start + kept[k])
  })
  return out
}

function keepSpace(a: number, b: number, lenA: number, lenB: number, mode: SpaceMode, spacedOut: boolean): boolean {
  const wideA = isWide(a)
  const wideB = isWide(b)
  if (!wideA && !wideB) return true // Latin words, numbers: the space is meaningful
  if ((wideA && !wideB && !isAsciiAlnum(b)) || (wideB && !wideA && !isAsciiAlnum(a))) return false
  if (isAsciiAlnum(a) || isAsciiAlnum(b)) {
    // Between a wide glyph and a digit the space is an extraction artefact ("3.48 亿元");
    // a Latin word keeps its spacing ("和睦 and 尊老").
    const latin = (c: number) => isAsciiAlnum(c) && !(c >= 0x30 && c <= 0x39)
    return latin(a) || latin(b)
  }
  return mode === 'heading' && !spacedOut && lenA >= 2 && lenB >= 2
}

function identity(n: number): number[] {
  const out = new Array<number>(n)
  for (let i = 0; i < n; i++) out[i] = i
  return out
}

/** Whether a hard-wrapped join between two lines needs a space (two Latin words). */
export function joinNeedsSpace(prevCode: number, nextCode: number): boolean {
  return isAsciiAlnum(prevCode) && isAsciiAlnum(nextCode) && !(prevCode <= 0x39 && nextCode <= 0x39)
}

/** Whether a line ending in this unit closes its paragraph. */
export const closesParagraph = (code: number): boolean => code < 0 || endsParagraph(code)
