import { test, expect } from '@playwright/test'
import { codePointIndex, isWhitespaceCode } from '../../../src-shared/text/codepoints'

test('BMP text: offsets are the same in both units', () => {
  const ix = codePointIndex('江泽民在北京')
  expect(ix.length).toBe(6)
  expect(ix.toCodePoint(3)).toBe(3)
  expect(ix.toUtf16(6)).toBe(6)
  expect(ix.toCodePoint(7)).toBe(-1)
  expect(ix.slice(3, 5)).toBe('在北')
  expect(ix.slice(5, 3)).toBeNull()
})

test('astral characters count as one code point', () => {
  const text = '𠮷a😀b'
  const ix = codePointIndex(text)
  expect(ix.length).toBe(4)
  expect([0, 1, 2, 3, 4, 5, 6].map(ix.toCodePoint)).toEqual([0, -1, 1, 2, -1, 3, 4])
  expect([0, 1, 2, 3, 4].map(ix.toUtf16)).toEqual([0, 2, 3, 5, 6])
  expect(ix.toUtf16(5)).toBe(-1)
  expect(ix.slice(0, 1)).toBe('𠮷')
  expect(ix.slice(1, 3)).toBe('a😀')
  expect(ix.slice(3, 9)).toBeNull()
})

test('lone surrogates count as one code point each, as in Python', () => {
  const text = '\uD842a\uDFB7\uD842\uDFB7\uD83D'
  const ix = codePointIndex(text)
  expect(ix.length).toBe(Array.from(text).length)
  expect(ix.length).toBe(5)
  expect(ix.toCodePoint(4)).toBe(-1)
})

test('conversion agrees with Array.from on random mixed text', () => {
  const alphabet = ['a', '江', '𠮷', '😀', '\n', ' ', '。']
  let seed = 7
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let round = 0; round < 50; round++) {
    const text = Array.from({ length: 1 + Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('')
    const chars = Array.from(text)
    const ix = codePointIndex(text)
    expect(ix.length).toBe(chars.length)
    let u = 0
    chars.forEach((ch, cp) => {
      expect(ix.toUtf16(cp)).toBe(u)
      expect(ix.toCodePoint(u)).toBe(cp)
      u += ch.length
    })
    const a = Math.floor(rand() * chars.length)
    const b = a + Math.floor(rand() * (chars.length - a + 1))
    expect(ix.slice(a, b)).toBe(chars.slice(a, b).join(''))
  }
})

test('isWhitespaceCode is exactly \\s', () => {
  const differing: string[] = []
  for (let c = 0; c < 0x10000; c++) if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differing.push(`U+${c.toString(16)}`)
  expect(differing).toEqual([])
})
