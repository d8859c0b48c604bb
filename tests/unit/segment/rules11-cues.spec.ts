// Tests of the rules changed in SEGMENTER_VERSION rules-11, each for a phenomenon the held-out sets showed
// (heldout-28 … heldout-29). All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { startsMidClause } from '../../../src-main/segment/grouping'
import { articleOf, invariantProblems } from './fixtures'

const fragmentText = (raw: string, seg: ReturnType<typeof segmentPage>, a: number, role: string) =>
  seg.articles[a].fragments.filter((f) => f.role === role).map((f) => raw.slice(f.start, f.end)).join(' ')

test('a paragraph stopping on a word that wants more, a quoted phrase, then text glued under it: one sentence, no headline', () => {
  const raw = [
    '□苏和 王建', '',
    '清晨，青河镇白音嘎查的牧民王建早早赶着羊群出了门，今年他家的羊比去年多了八十只。', '',
    '这样的变化正在全镇铺开。镇党委书记李强介绍，全镇今年已举办培训二十场，培训牧民六百余人次。', '',
    '今年，镇里还推出了', '',
    '“技术员+合作社+牧户”',
    '服务模式，由技术员牵头联系合作社统一采购饲草，带动牧户户均增收一万元。', '',
    '“技术员来了，不光带技术，还带来了销路。”王建说。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '□苏和')
  for (const text of ['今年，镇里', '“技术员+合作社', '服务模式', '“技术员来了']) expect(articleOf(raw, seg, text)).toBe(story)
  expect(fragmentText(raw, seg, story, 'title')).toBe('')
  expect(fragmentText(raw, seg, story, 'body')).toContain('“技术员+合作社+牧户”')
})

test('a paragraph closing a quotation it did not open is a sentence\'s tail', () => {
  const table: [string, boolean][] = [
    ['税区建一座冷链仓库，专做牛羊肉进口。”', true],
    ['肉进口。”他说，今年还要扩建。', true],
    ['“数据会说话。”他说。', false],
    ['青河海关开通“绿色通道”，企业通关更快。', false],
  ]
  for (const [text, tail] of table) expect(startsMidClause(text), text).toBe(tail)
})

test('a parenthesised photo credit opening a line, the next caption\'s first words after it: credit, then a caption that goes on', () => {
  const raw = [
    '青河口岸驼队换新颜', '',
    '4 月 6 日，一列满载日用百货的', '班列从青河站缓缓驶出，今年以来', '经青河口岸的班列已达 800 列。',
    '（苏和巴特尔 摄）夜幕下的',
    '北湖口岸联检大楼灯火通明，等待', '出境的货车在停车场排成长龙。', '',
    '本报记者 图雅 摄', '',
    '口岸夜色', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const first = articleOf(raw, seg, '4 月 6 日')
  const second = articleOf(raw, seg, '北湖口岸联检')
  expect(second).not.toBe(first)
  expect(articleOf(raw, seg, '（苏和巴特尔')).toBe(first)
  expect(articleOf(raw, seg, '夜幕下的')).toBe(second)
  expect(seg.articles[first].bylines).toEqual(['苏和巴特尔'])
  expect(fragmentText(raw, seg, second, 'body').replace(/\s+/g, '')).toMatch(/^夜幕下的北湖口岸/)
})
