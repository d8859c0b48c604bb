import { expect, test } from '@playwright/test'
import { crossesParagraph, occurrences, snapToName } from '../../../src-shared/model/tagging'

test.describe('a selection snapped to the name it holds', () => {
  for (const [text, sel, want] of [
    ['“郑海川”说', [0, 5], '郑海川'],
    ['  白桦镇，', [0, 6], '白桦镇'],
    ['（松原市农牧局）', [0, 8], '松原市农牧局'],
    ['记者□刘晓燕 摄', [2, 7], '刘晓燕'],
    ['，。', [0, 2], null],
    ['𠮷师傅来了', [0, 4], '𠮷师傅'],
  ] as const)
    test(`${text} ${sel}`, () => {
      const r = snapToName(text, { start: sel[0], end: sel[1] })
      expect(r && text.slice(r.start, r.end)).toBe(want)
    })
})

test.describe('every occurrence of a form', () => {
  test('also across a line break or stray spaces, never across a blank line, never overlapping', () => {
    const text = '巴彦\n淖尔市的农民说，巴 彦淖尔市今年丰收。\n\n巴彦\n\n淖尔市\n巴彦淖尔市巴彦淖尔市'
    const hits = occurrences(text, '巴彦淖尔市').map((r) => text.slice(r.start, r.end))
    expect(hits).toEqual(['巴彦\n淖尔市', '巴 彦淖尔市', '巴彦淖尔市', '巴彦淖尔市'])
  })
  test('a form is compared without whitespace; an empty one matches nothing', () => {
    expect(occurrences('甲乙甲乙', ' 甲 乙 ').length).toBe(2)
    expect(occurrences('甲乙', '   ')).toEqual([])
    expect(occurrences('aaaa', 'aa').length).toBe(2)
  })
})

// A name wraps across a line break, never across paragraphs; a blank line the text runs on over
// (a column break mid-sentence) parts none.
const crossing: readonly (readonly [string, string, boolean])[] = [
  ['张\n建国说', '张\n建国', false],
  ['社会·民生\n\n老旧小区加装电梯', '民生\n\n老旧小区', true],
  ['广告\n\n江滨日报社', '广告\n\n江滨日报社', true],
  ['居民阅读需求；联合青川县\n\n蓝天救援队开展培训', '青川县\n\n蓝天救援队', false],
  ['今年的活动圆满结束。青川县\n\n蓝天救援队开展培训', '青川县\n\n蓝天', false],
  ['柳河县举办乡村文化节活动\n\n本报讯 柳河县日前', '文化节活动\n\n本报', true],
  ['居民阅读需求得到满足。\n\n蓝天救援队开展培训', '满足。\n\n蓝天', true],
]
for (const [text, range, want] of crossing) {
  test(`crossesParagraph: ${JSON.stringify(range)} in ${JSON.stringify(text)}`, () => {
    const start = text.indexOf(range)
    expect(crossesParagraph(text, { start, end: start + range.length })).toBe(want)
  })
}
