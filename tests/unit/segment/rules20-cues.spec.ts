// Tests of the rules changed in SEGMENTER_VERSION rules-20, each for a phenomenon heldout-44
// showed. Texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { articleOf, fragmentText, invariantProblems, noiseAt, roleOf, wrap as wrapColumns } from './fixtures'

const wrap = (text: string) => wrapColumns(text, 18)

test('a folio line whose fields are set apart by wide gaps and split by stray spaces is the folio, not a headline', () => {
  const page = [
    ' 3   2025 年 2 月 11 日 星期二   责任编辑：吴 敏   版式：丁 一',
    '',
    '青河县冬储饲草全部到位',
    ...wrap('本报青河2月10日电（记者 王明）入冬以来，青河县组织农牧户储备青贮和干草3.2万吨，确保牲畜安全越冬。'),
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '2025 年')).toBe('other')
  expect(seg.articles[articleOf(page, seg, '本报青河')].title).toBe('青河县冬储饲草全部到位')
})

test('a photo report credit whose 摄影报道 stray spaces split stays one byline', () => {
  const page = [
    '河湾冰场开门迎客',
    '',
    ...wrap('2月8日，孩子们在青河县河湾冰场上滑冰嬉戏。今年冰场面积扩大到两万平方米，每天接待游客三千多人次。'),
    '',
    '□本 报 记 者 王 明 摄 影 报 道',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '影 报 道')).toBeUndefined()
  expect(roleOf(page, seg, '影 报 道')).toBe('byline')
  expect(seg.articles[articleOf(page, seg, '□本')].bylines).toEqual(['王明'])
})

test('running text wrapped right after "…的摄影" (摄影爱好者) is no photo credit: the story goes on unbroken', () => {
  const page = [
    '■县域·冬韵',
    '',
    '雪乡民宿里的“冬日经济”',
    '',
    '□王明 李强',
    '',
    ...wrap('清晨七点，青河县北沟村的木屋民宿已经升起炊烟。今年冬天，村里新开了十二家民宿，主打“围炉煮茶”“雪地'),
    '研学”“冰湖摄影”的牌子。来自南方的摄影',
    ...wrap('爱好者陈思已经是第三次来北沟村了，她说这里的雾凇是别处看不到的风景，今年还带来了五个朋友。'),
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].bylines).toEqual(['王明', '李强'])
  expect(fragmentText(page, seg, 0, 'byline')).toBe('□王明 李强')
})

test('four ideographs alone between a section banner and the first text are the column’s logo, and the headline after the body is the article’s', () => {
  const page = [
    '5 2025年1月14日 星期二 责任编辑：吴敏',
    '',
    '■县域·冬韵',
    '',
    '冰雪青河',
    '',
    ...wrap('本报青河1月13日电（记者 王明）1月12日，第五届青河冰雪节在河湾公园开幕，冰雕、雪雕和冰上运动吸引了上万名游客。'),
    '',
    ...wrap('今年的冰雪节持续到2月底，还将举办冬季那达慕和冰上拔河比赛。'),
    '',
    '第五届青河冰雪节开幕',
    '',
    ...wrap('本报讯 记者李强 通讯员赵小川 1月10日，北山滑雪场新建的两条初级雪道投入使用，滑雪场的雪道总长度达到八公里。'),
    '',
    '北山滑雪场新添两条雪道',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '冰雪青河')).toBe('section')
  expect(seg.articles[articleOf(page, seg, '本报青河')].title).toBe('第五届青河冰雪节开幕')
  expect(seg.articles[articleOf(page, seg, '本报讯')].title).toBe('北山滑雪场新添两条雪道')
})

test('an article’s opening repeated and cut short after two column lines is a duplicate, not a new article', () => {
  const opening = '本报青河1月8日电（记者 王明 通讯员 赵小川）1月7日，青河县第一届冬季那达慕在河湾草原开幕，摔跤、赛马和冰上射箭等项目吸引了四百多名牧民参赛。'
  const page = [
    '青河县冬季那达慕开幕',
    '',
    ...wrap(opening),
    '',
    ...wrap('本届那达慕为期三天，还设有民族服饰展示和奶食品展销。'),
    '',
    ...wrap(opening).slice(0, 2),
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(noiseAt(page, seg, wrap(opening)[0] + '\n' + wrap(opening)[1] + '\n\n')).toBeUndefined()
  const copyAt = page.lastIndexOf(wrap(opening)[0])
  expect(seg.noise.find((n) => n.start <= copyAt && copyAt < n.end)?.role).toBe('duplicate')
})
