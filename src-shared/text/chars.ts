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

/** Characters that end a sentence or a paragraph-like unit. */
const PARAGRAPH_END = new Set('。！？!?…⋯”’」』）)】；'.split('').map((s) => s.charCodeAt(0)))
export const endsParagraph = (c: number): boolean => PARAGRAPH_END.has(c)

/** Punctuation that only occurs inside running sentences (never in a headline). */
const SENTENCE_PUNCT = new Set('。，；！？,;'.split('').map((s) => s.charCodeAt(0)))
export const isSentencePunct = (c: number): boolean => SENTENCE_PUNCT.has(c)

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
