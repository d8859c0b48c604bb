// Character classes used by the clean-text and segmentation stages (UTF-16 code units).

/** Han ideographs (incl. extension A and the surrogate halves of the astral extensions). */
export const isHan = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff)

/** Full-width punctuation and symbols printed in CJK text (“”（），。、：；！？《》「」【】—…· etc.). */
export const isWidePunct = (c: number): boolean =>
  (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027) || c === 0x00b7 || (c >= 0x25a0 && c <= 0x25ff)

/** A glyph set in CJK text: ideograph or full-width punctuation. */
export const isWide = (c: number): boolean => isHan(c) || isWidePunct(c)

export const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

export const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a)

/** One flag byte per UTF-16 unit for the punctuation sets below: a table load, not a hash probe. */
const FLAGS = new Uint8Array(0x10000)
const PARAGRAPH_END = 1
const SENTENCE_PUNCT = 2
for (const ch of '。！？!?…⋯”’」』）)】；') FLAGS[ch.charCodeAt(0)] |= PARAGRAPH_END
for (const ch of '。，；！？,;') FLAGS[ch.charCodeAt(0)] |= SENTENCE_PUNCT

/** Characters that end a sentence or a paragraph-like unit. */
export const endsParagraph = (c: number): boolean => (FLAGS[c] & PARAGRAPH_END) !== 0

/** Whether s contains punctuation that only occurs inside running sentences (never in a headline). */
export function hasSentencePunct(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (FLAGS[s.charCodeAt(i)] & SENTENCE_PUNCT) return true
  return false
}

const QUOTE_PAIRS = ['“”', '‘’', '「」', '『』', '《》']

/** Whether s opens a quotation or title mark it does not close ("开幕式以“牧歌悠扬"): s stops inside it. */
export function leavesQuoteOpen(s: string): boolean {
  return QUOTE_PAIRS.some(([open, close]) => s.split(open).length > s.split(close).length)
}

/** Printed width of a string in ideograph units: wide glyphs 1, ASCII 0.5, whitespace 0. */
export function visualWidth(s: string, start = 0, end = s.length): number {
  let w = 0
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i)
    if (isSpace(c) || c === 0x0a) continue
    if (c >= 0xdc00 && c <= 0xdfff) continue // second half of a pair
    w += c < 0x100 ? 0.5 : 1
  }
  return w
}

/** Exactly the units /\s/ matches. */
const isRegexSpace = (c: number): boolean =>
  c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 && (c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f)

/**
 * s[start, end) with every /\s/ unit removed (slices between them, no copy when there are none)
 * and that text's visualWidth, in one pass.
 */
export function withoutSpaces(s: string, start: number, end: number): { text: string; width: number } {
  let text = ''
  let from = start
  let width = 0
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i)
    if (isRegexSpace(c)) {
      if (i > from) text += s.slice(from, i)
      from = i + 1
    } else if (c < 0xdc00 || c > 0xdfff) width += c < 0x100 ? 0.5 : 1
  }
  return { text: from === start ? s.slice(start, end) : text + s.slice(from, end), width }
}

/** The marks banners, column names, briefs' headlines and subheadings are printed behind ("■…", "●…"). */
export const HEADING_MARKS = '■◆◇●▲▌▍◎★'
/** Bullets a brief column's items open behind ("▲近日，…"). */
export const BULLET_MARKS = '▲●◆'
export const HEADING_MARK = new RegExp(`^[${HEADING_MARKS}]`)
