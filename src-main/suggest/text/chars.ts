// Character classes used by every layer. Each is asked of nearly every character of a page,
// so single UTF-16 units are answered from a table built once from the class's regex; longer
// strings (a code point of two units) ask the regex itself.
const HAN = /\p{Script=Han}/u
const ASCII_ALNUM = /[A-Za-z0-9]/
const DIGIT = /[0-9０-９]/
const SPACE = /\s/

const Class = { Han: 1, AsciiAlnum: 2, Digit: 4, Space: 8 } as const
const CLASSES: [RegExp, number][] = [[HAN, Class.Han], [ASCII_ALNUM, Class.AsciiAlnum], [DIGIT, Class.Digit], [SPACE, Class.Space]]
const TABLE = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c)
  for (const [re, bit] of CLASSES) if (re.test(ch)) TABLE[c] |= bit
}

const is = (re: RegExp, bit: number) => (ch: string | undefined): boolean =>
  ch !== undefined && (ch.length === 1 ? (TABLE[ch.charCodeAt(0)] & bit) !== 0 : re.test(ch))

export const isHan = is(HAN, Class.Han)
export const isAsciiAlnum = is(ASCII_ALNUM, Class.AsciiAlnum)
export const isDigit = is(DIGIT, Class.Digit)
export const isSpace = is(SPACE, Class.Space)

// The same of the UTF-16 unit at `i` of a text, without taking the character out (false outside the text).
const at = (bit: number) => (text: string, i: number): boolean => (TABLE[text.charCodeAt(i)] & bit) !== 0

export const isHanAt = at(Class.Han)
export const isAsciiAlnumAt = at(Class.AsciiAlnum)
export const isSpaceAt = at(Class.Space)
