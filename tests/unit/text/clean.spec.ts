import { expect, test } from '@playwright/test'
import type { Fragment } from '../../../src-shared/domain/types'
import { cleanText, cleanTextMapped, fromRawMap, rawRangeToClean, titleOf } from '../../../src-shared/text/clean'

/** Fragments for whole raw lines given as [first line, last line, role] (0-based). */
function frags(raw: string, spec: [number, number, Fragment['role']][]): Fragment[] {
  const starts = [0]
  for (let i = 0; i < raw.length; i++) if (raw[i] === '\n') starts.push(i + 1)
  const lineEnd = (n: number) => (n + 1 < starts.length ? starts[n + 1] - 1 : raw.length)
  return spec.map(([a, b, role]) => ({ start: starts[a], end: lineEnd(b), role }))
}

const WRAPPED = [
  '本报东川 3 月 2 日电 （记者 王小', // 0
  '明）总投资 3.48 亿元，占地 1.6', // 1
  '万平方米。', // 2
  '', // 3
  '据了解，场馆年内对外开放。', // 4
  '东川县', // 5
  '文化中心正式开放', // 6
].join('\n')

test('hard-wrapped lines join without spaces; paragraphs stay; title first', () => {
  const f = frags(WRAPPED, [[5, 6, 'title'], [0, 2, 'body'], [4, 4, 'body']])
  const clean = cleanText(WRAPPED, f)
  expect(clean.text).toBe('东川县文化中心正式开放\n本报东川3月2日电（记者王小明）总投资3.48亿元，占地1.6万平方米。\n据了解，场馆年内对外开放。')
  expect(titleOf(WRAPPED, f)).toBe('东川县文化中心正式开放')
})

const spaceCases: [string, Fragment['role'], string][] = [
  ['本 报 记 者 赵 立 新 实 习 生 周 红', 'byline', '本报记者赵立新实习生周红'],
  ['□本报记者 钱多多 实习生 李小红', 'byline', '□本报记者 钱多多 实习生 李小红'],
  ['倡导勤俭节约、邻里和睦 and 尊老爱幼。', 'body', '倡导勤俭节约、邻里和睦 and 尊老爱幼。'],
  ['装机 700 MW，投资 3 亿元。', 'body', '装机700 MW，投资3亿元。'],
  ['稳就业促增收 加快建设美丽乡村', 'title', '稳就业促增收 加快建设美丽乡村'],
  ['赤峰市 12345 热线', 'title', '赤峰市12345热线'],
  // A bold quoted phrase inside a plain headline: only it was printed twice.
  ['““雪乡雪乡””迎客', 'title', '“雪乡”迎客'],
  ['““雪乡雪乡””迎客迎客', 'title', '“雪乡”迎客'],
]
for (const [line, role, want] of spaceCases) {
  test(`spaces and doubling in a ${role} line: ${line}`, () => {
    expect(cleanText(line, [{ start: 0, end: line.length, role }]).text).toBe(want)
  })
}

test('title lines: a space only between two full phrases', () => {
  const raw = '阿拉善盟\n32个重点项目开工\n总投资218.36亿元'
  expect(titleOf(raw, [{ start: 0, end: raw.length, role: 'title' }])).toBe('阿拉善盟32个重点项目开工 总投资218.36亿元')
})

test('toRaw maps every clean unit to the raw unit it came from, astral characters included', () => {
  const raw = '题目𠮷野家\n\n本报讯 𠮷野家在东\n城开业，顾客 2000\n人。'
  const f = frags(raw, [[0, 0, 'title'], [2, 4, 'body']])
  const clean = cleanText(raw, f)
  expect(clean.text).toBe('题目𠮷野家\n本报讯𠮷野家在东城开业，顾客2000人。')
  expect(clean.toRaw.length).toBe(clean.text.length + 1)
  expect(clean.toRaw[clean.text.length]).toBe(raw.length)
  for (let c = 0; c < clean.text.length; c++) {
    if (clean.text[c] === '\n' || clean.text[c] === ' ') continue
    expect(raw[clean.toRaw[c]]).toBe(clean.text[c])
  }
  // Both ways: the raw range of the second 𠮷野家 and back.
  const rawStart = raw.indexOf('𠮷野家', 3)
  const inverse = fromRawMap(clean, raw.length)
  const onClean = rawRangeToClean(clean, inverse, rawStart, rawStart + 4)
  expect(onClean).not.toBeNull()
  expect(clean.text.slice(onClean!.start, onClean!.end)).toBe('𠮷野家')
  expect(clean.toRaw[onClean!.start]).toBe(rawStart)
  expect(clean.toRaw[onClean!.end - 1] + 1).toBe(rawStart + 4)
  // A range across a hard-wrapped line break maps to one contiguous clean range.
  const across = raw.indexOf('东')
  const wrappedRange = rawRangeToClean(clean, inverse, across, across + 3)
  expect(clean.text.slice(wrappedRange!.start, wrappedRange!.end)).toBe('东城')
})

test('a doubled glyph maps to its first printed copy; the second copy has no clean unit', () => {
  const raw = '““雪乡雪乡””'
  const clean = cleanText(raw, [{ start: 0, end: raw.length, role: 'title' }])
  expect(clean.text).toBe('“雪乡”')
  expect(clean.toRaw.slice(0, 4)).toEqual([0, 2, 3, 6])
  const inverse = fromRawMap(clean, raw.length)
  expect(inverse[1]).toBe(-1)
  expect(inverse[2]).toBe(1)
})

test('no fragments: empty text', () => {
  expect(cleanText('正文', [])).toEqual({ text: '', toRaw: [0] })
})

test('cleanTextMapped: the same text and offsets as cleanText, toRaw as an Int32Array', () => {
  const raw = `${WRAPPED}\n““雪乡雪乡””迎客迎客\n本 报 记 者 赵 立 新`
  const f = frags(raw, [[7, 7, 'title'], [5, 6, 'title'], [8, 8, 'byline'], [0, 2, 'body'], [4, 4, 'body']])
  const clean = cleanText(raw, f)
  const mapped = cleanTextMapped(raw, f)
  expect(mapped.toRaw).toBeInstanceOf(Int32Array)
  expect(mapped.text).toBe(clean.text)
  expect(Array.from(mapped.toRaw)).toEqual(clean.toRaw)
  // A second call reuses the scratch buffer: the first result must not change.
  const again = cleanTextMapped(WRAPPED, frags(WRAPPED, [[0, 2, 'body']]))
  expect(Array.from(mapped.toRaw)).toEqual(clean.toRaw)
  expect(again.text).toBe(cleanText(WRAPPED, frags(WRAPPED, [[0, 2, 'body']])).text)
})
