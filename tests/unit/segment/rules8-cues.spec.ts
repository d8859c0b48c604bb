// Table-driven tests of the rules added after heldout-15/16's first look: a headline-like line
// whose next paragraph opens with 的 is that paragraph's first words; a photo credit inside a
// line with the next item's text after it is cut out of the line; on column text a two-line
// heading after an unfinished paragraph is a heading (a photo item printed inside the story),
// not the rest of the paragraph. All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { invariantProblems } from './fixtures'

type Seg = ReturnType<typeof segmentPage>
const articleOf = (raw: string, seg: Seg, needle: string): number => {
  const at = raw.indexOf(needle)
  return seg.articles.findIndex((a) => a.fragments.some((f) => f.start <= at && at < f.end))
}
const roleOf = (raw: string, seg: Seg, needle: string): string | undefined => {
  const at = raw.indexOf(needle)
  return seg.articles.flatMap((a) => a.fragments).find((f) => f.start <= at && at < f.end)?.role
}

test('a headline-like line before a paragraph opening with 的 is the start of its sentence', () => {
  const raw = [
    '青河旗新办科技小院', '',
    '本报讯（记者 木兰）青河旗日前在三个嘎查办起科技小院，农技人员住进村里。', '',
    '让牧民吃上“技术饭”', '',
    '的，是一批扎根基层的年轻农技员。他们白天下地，晚上办夜校。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(roleOf(raw, seg, '让牧民吃上')).toBe('body')
})

const creditRows: readonly (readonly [string, string[]])[] = [
  // paragraph page: the credit after the caption's last sentence, the next caption after it
  ['连日来，沙湾镇的温室里一片繁忙，菜农正在采摘黄瓜。本报记者 苏和 摄 入冬以来，河西苏木的冷库里，工人们忙着装箱。', ['连日来', '入冬以来']],
  // the credit opening a line, the next caption's first words after it
  ['□高岩 摄影报道 入冬以来，', ['入冬以来']],
]
for (const [line, starts] of creditRows) {
  test(`a photo credit inside a line is cut out of it: ${line.slice(0, 16)}`, () => {
    const raw = ['冬菜上市', '', '菜农们把新摘的黄瓜装进了筐子，准备运往集市。', '', line, '', '河西苏木冷库今年扩建了两座，储量翻了一番。', '', '冷库扩容保供应', ''].join('\n')
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    const credit = raw.indexOf(line.includes('□') ? '□高岩' : '本报记者 苏和')
    const byline = seg.articles.flatMap((a) => a.fragments).find((f) => f.start === credit)
    expect(byline?.role).toBe('byline')
    // what follows the credit is the next item's text, not the credited one's
    const after = starts[starts.length - 1]
    expect(articleOf(raw, seg, after)).not.toBe(articleOf(raw, seg, '菜农们把新摘'))
  })
}

test('on column text a two-line heading after an unfinished paragraph is a heading, not its rest', () => {
  const raw = [
    '本报青川 6 月 3 日电 （记者 苏禾）青川',
    '旗那达慕日前开幕，搏克比赛中，来自东',
    '湖苏木的 19 岁小将乌恩',
    '',
    '绿茵逐梦',
    '少年足球联赛开赛',
    '',
    '6 月 2 日，全旗少年足球联赛在体育场开',
    '赛，24 支球队参赛。',
    '',
    '本报记者 高岩 摄',
    '',
    '巴雅尔连胜四轮夺冠。赛后，他说自己从',
    '小就跟着父亲练习搏克。',
    '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(roleOf(raw, seg, '绿茵逐梦')).toBe('title')
  expect(articleOf(raw, seg, '绿茵逐梦')).toBe(articleOf(raw, seg, '6 月 2 日'))
  expect(articleOf(raw, seg, '绿茵逐梦')).not.toBe(articleOf(raw, seg, '本报青川'))
})
