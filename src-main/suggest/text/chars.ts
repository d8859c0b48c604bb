// Character classes used by every layer.
const HAN = /\p{Script=Han}/u

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch)
export const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch)
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && /[0-9０-９]/.test(ch)
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch)
