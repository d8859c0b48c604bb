// Tests of the rules changed in SEGMENTER_VERSION rules-18, each for a phenomenon heldout-42
// showed. Texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { articleOf, invariantProblems, noiseAt, roleOf } from './fixtures'

const BRIEFS = [
  '■县域·快讯',
  '',
  '河西镇近日为沿河8个村的3000户群众发放防汛“明白卡”，卡上印有转移路线和联系人电话。“卡贴在门后，一看就知道往哪儿走。”村民王大娘说。',
  '',
  '5月6日，青河县召开水库汛情会商会，水文、气象等部门专家对库区水位和降雨走势进行研判，预计主汛期将提前到来。（通讯员 陈明）',
  '',
  '东山乡近日在河堤开展防汛抢险演练，乡应急、水利等4支队伍100余人参加，检验了物资调运和人员撤离能力。（李强）',
  '',
  '北坡村近日组织党员志愿者清理河道垃圾，共清运杂物20余吨，疏通排水沟渠3公里，村容村貌焕然一新。（赵小川）',
  '',
  '青河县召开水库汛情会商',
  '',
  '河西镇发放防汛“明白卡”',
  '',
  '东山乡开展防汛抢险演练',
  '',
  '北坡村清理河道迎汛期',
  '',
].join('\n')

test('a credit in parentheses closing a paragraph signs its brief off: the paragraph after it is another text', () => {
  const seg = segmentPage(BRIEFS)
  expect(invariantProblems(BRIEFS, seg)).toEqual([])
  expect(articleOf(BRIEFS, seg, '东山乡近日')).not.toBe(articleOf(BRIEFS, seg, '北坡村近日'))
  expect(articleOf(BRIEFS, seg, '5月6日')).not.toBe(articleOf(BRIEFS, seg, '东山乡近日'))
})

test('two headings of a stack that read like the two parts of one unsigned text cut it where the later part opens a report', () => {
  const seg = segmentPage(BRIEFS)
  const titleOf = (needle: string) => seg.articles[articleOf(BRIEFS, seg, needle)].title
  expect(articleOf(BRIEFS, seg, '河西镇近日')).not.toBe(articleOf(BRIEFS, seg, '5月6日'))
  expect(titleOf('河西镇近日')).toBe('河西镇发放防汛“明白卡”')
  expect(titleOf('5月6日')).toBe('青河县召开水库汛情会商')
})

test('bulleted items, each closed by its credit, stay one column under their heading', () => {
  const page = [
    '乡村简讯',
    '',
    '●近日，青河县首个乡村图书馆在河西镇开馆，藏书1.2万册。（陈明）',
    '',
    '●5月6日，东山乡举办农民丰收节，展销特色农产品50余种。（李强）',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '●近日')).toBe(articleOf(page, seg, '●5月6日'))
})

test("the page's note on its pictures is noise", () => {
  const page = [
    '青河县牧民合作社新棚圈投用',
    '',
    '本报讯（记者 李红）近日，青河县牧民合作社新建的标准化棚圈投入使用，可容纳肉牛800头。',
    '',
    '本版图片除署名外均由通讯员提供',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '本版图片')).toBe('other')
  expect(seg.articles.map((a) => a.title)).toEqual(['青河县牧民合作社新棚圈投用'])
})

test("a letter's salutation on a line of its own opens the letter, it is no headline", () => {
  const page = [
    '路灯照亮回家路',
    '',
    '编辑同志：',
    '',
    '我是青河县河西镇的一名退休教师。今年春天，镇里在我们小区门口装上了路灯，晚上出门散步再也不用摸黑了。',
    '',
    '（读者 王建国）',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles.map((a) => a.title)).toEqual(['路灯照亮回家路'])
  expect(roleOf(page, seg, '编辑同志')).toBe('body')
})

test('on a page with no blank lines the one-line folio, and the section name under it over a banner, are noise', () => {
  const page = [
    '5  2024年6月3日  星期一  草原晚报  责任编辑：李红',
    '美丽乡村行',
    '■县域·新闻',
    '“牧民的新棚圈”建到',
    '青河县800户门口',
    '本报讯（记者 李红）近日，青河县牧民合作',
    '社新建的标准化棚圈投入使用，可容纳肉牛',
    '800头。合作社理事长巴特尔说，过去牛羊',
    '冬天挤在土圈里，掉膘严重，如今有了暖',
    '棚，牲畜过冬不再发愁。据了解，全县今',
    '年计划新建棚圈1200座，覆盖18个嘎查。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '2024年6月3日')).toBe('other')
  expect(noiseAt(page, seg, '美丽乡村行')).toBe('section')
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].title).toContain('“牧民的新棚圈”建到')
})

test('a letters column\'s name (…来信) over a letter is a banner, not the letter\'s headline', () => {
  const page = [
    '本报讯（记者 李红）近日，河西镇完成春季造林2万亩，成活率达到九成以上。',
    '草原读者来信',
    '编辑同志：',
    '我是青河县河西镇的一名退休教师。今年春天，镇里在我们小区门口装上了路灯，晚上出门散步再也不用摸黑了。',
    '（读者 王建国）',
    '河西镇完成春季造林',
    '路灯照亮回家路',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '草原读者来信')).toBe('section')
  expect(seg.articles.map((a) => a.title)).toEqual(['河西镇完成春季造林', '路灯照亮回家路'])
})

test('a salutation printed right under the letter\'s headline, no blank line between, is cut from it', () => {
  const page = [
    '路灯照亮回家路',
    '编辑同志：',
    '我是青河县河西镇的一名退休教师。今年春天，镇里在我们小区门口装上了路灯，',
    '晚上出门散步再也不用摸黑了。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles.map((a) => a.title)).toEqual(['路灯照亮回家路'])
  expect(roleOf(page, seg, '编辑同志')).toBe('body')
})

test('a short line of phrases a comma parts, right over a byline of its own, is the headline', () => {
  const page = [
    '河西镇完成春季造林',
    '',
    '本报讯（记者 李红）近日，河西镇完成春季造林2万亩，成活率达到九成以上。',
    '',
    '转移名单上，别落下独居老人',
    '',
    '□青河读者 王建国',
    '',
    '我家住在河西镇的老村子里，每年汛期前村里都要排查转移名单。今年我发现，有几位独居老人差点没被列进名单。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles.map((a) => a.title)).toEqual(['河西镇完成春季造林', '转移名单上，别落下独居老人'])
})

test('no blank lines, hard-wrapped: a caption\'s photo credit closing a line inside a block ends the photo item, the story it interrupted goes on', () => {
  const page = [
    '青河牧民开上新皮卡',
    '本报讯（记者 李红）近日，青河县牧民',
    '合作社为社员统一购置运输车辆，巴特',
    '尔家新添了两辆皮',
    '棚圈里的新生羊羔',
    '3 月 2 日，东山乡牧民在棚圈里照看',
    '刚出生的羊羔。入春以来，全乡已接',
    '羔 2 万余只。 本报记者 王冬梅 摄',
    '卡，往返县城送奶一天能跑两趟。他',
    '说，车辆由合作社统一保养，社员按',
    '里程分担费用，一年能省下不少钱。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(roleOf(page, seg, '本报记者 王冬梅 摄')).toBe('byline')
  expect(articleOf(page, seg, '3 月 2 日')).not.toBe(articleOf(page, seg, '本报讯'))
  expect(articleOf(page, seg, '卡，往返县城')).toBe(articleOf(page, seg, '本报讯'))
})

test('no blank lines: running text whose line ends in a quoted "…摄影" is not cut as a credit', () => {
  const page = [
    '东山乡冰雪游持续升温',
    '本报讯（记者 李红）入冬以来，东山乡接待',
    '游客 3 万人次，同比增长 41%。当地还推出“冰雪摄影',
    '季”，吸引各地摄影爱好者前来创作，',
    '民宿、餐饮等消费同步升温。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(roleOf(page, seg, '冰雪摄影')).toBe('body')
})

test('no blank lines, hard-wrapped: a headline in fake bold under a paragraph line is cut from the paragraph', () => {
  const page = [
    '青河县风电场带动牧民就业',
    '本报讯（记者 李红）近日，青河县风电场',
    '招收本地牧民 60 人，经培训后上岗，嘎',
    '查里的人都看在眼里。今年 52 岁的牧民阿拉',
    '光伏板下光伏板下““长长””出好牧草出好牧草',
    '近日，在东山乡沙地治理基地，工人们正',
    '在补种紫花苜蓿。该基地已治理沙化土地',
    '6 万亩，去年种下的牧草长势良好。',
    '本报记者 王冬梅 摄',
    '坦夫妇都在风电场上班，一年收入十多',
    '万元。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(roleOf(page, seg, '光伏板下光伏板下')).toBe('title')
  expect(articleOf(page, seg, '近日，在东山乡')).not.toBe(articleOf(page, seg, '本报讯'))
  expect(articleOf(page, seg, '坦夫妇')).toBe(articleOf(page, seg, '本报讯'))
})

test('no blank lines: a caption\'s closing credit stays a byline when a bold headline is printed right under it', () => {
  const page = [
    '9 月 8 日，青河县消防救援大队的消防员',
    '走进河西镇第三小学，为 600 余名师生讲',
    '解火场逃生知识。  通讯员 王建国 摄',
    '消防员走进校园消防员走进校园',
    '本报讯（记者 李红）近日，青河县启动秋季',
    '校园安全检查，排查隐患 30 余处。',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(roleOf(page, seg, '通讯员 王建国 摄')).toBe('byline')
})
