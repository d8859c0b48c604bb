// Table-driven tests of the rules added after heldout-15/16's first look: a headline-like line
// whose next paragraph opens with 的 is that paragraph's first words; a photo credit inside a
// line with the next item's text after it is cut out of the line; on column text a two-line
// heading after an unfinished paragraph is a heading (a photo item printed inside the story),
// not the rest of the paragraph. All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { articleOf, invariantProblems, reasonOf, roleOf } from './fixtures'

test('a headline-like line before a paragraph opening with 的 is the start of its sentence', () => {
  const raw = [
    '民营经济的底盘更扎实', '',
    '■上接第1版 去年，青川旗民营经济增加值占全旗的一半以上。企业负责人说，心里更有底了。', '',
    '让企业吃下“定心丸”', '',
    '的，是一份份看得见的政策清单。青川旗今年出台了二十条措施，企业负责人说政策清单很实在。', '',
    '围绕融资难题，青川旗设立了一支产业基金，已为四十家企业解决了资金难题。', '',
    '记者在青川产业园看到，一批科技企业的新厂房正在建设，园区负责人说今年还将引进十家企业。', '',
    '本报青川3月14日电（记者 苏禾）青川旗今年新增民营企业三百户，新增就业岗位两千个。', '',
    '青川民企新增三百户', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(roleOf(raw, seg, '让企业吃下')).toBe('body')
  expect(articleOf(raw, seg, '让企业吃下')).toBe(articleOf(raw, seg, '■上接第1版'))
  expect(articleOf(raw, seg, '的，是一份份')).toBe(articleOf(raw, seg, '■上接第1版'))
  expect(reasonOf(raw, '让企业吃下')).toBe('opens the sentence the paragraph after it goes on with')
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

test('on column text a slogan of two parallel phrases after an unfinished paragraph is not its rest', () => {
  const raw = [
    '绿野春深', '',
    '本报青川 6 月 3 日电 （记者 苏禾）青川',
    '旗的草场今年返青早，牧民们说，一场',
    '好雨下透了，再晚半个月就得从头再', '',
    '青山有绿意 牧场有新声', '',
    '来。”今年全旗补播牧草 6 万亩，草原植',
    '被盖度提高了 3 个百分点。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(roleOf(raw, seg, '青山有绿意')).not.toBe('body')
  expect(articleOf(raw, seg, '来。”今年')).toBe(articleOf(raw, seg, '本报青川'))
})

test('a picture credited inside a story: the text after the credit goes on with the story', () => {
  const raw = [
    '老琴师的新徒弟', '',
    '□本报记者 苏禾', '',
    '青川旗的老琴师阿木尔今年七十岁，制琴已经五十年，工作室里挂满了半成品。', '',
    '阿木尔说，一把好琴要选上好的木料，木料至少要晾上三年才能用。', '',
    '阿木尔的工作室去年收了三个徒弟，都是附近嘎查的年轻人。', '',
    '图为阿木尔在工作室里给琴身上漆。', '',
    '本报记者 苏禾 摄', '',
    '如今，阿木尔的三个徒弟都已能独立制作琴身，阿木尔说工作室的手艺有人接了。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].why?.some((w) => w.endsWith('credits a picture inside the story: the text after it goes on with it'))).toBe(true)
})

test('a photo credit and the next item’s headline glued under a caption are two units', () => {
  const raw = [
    '草原上的赛马', '',
    '6 月 1 日，青川旗牧人那达慕上，骑手们',
    '在赛马比赛中策马飞驰，吸引了周边的',
    '牧民前来观看。',
    '本报记者 高岩 摄',
    '千余名游客乘专列来到青川', '',
    '本报 6 月 2 日讯 （记者 王晶）6 月 1',
    '日，满载千余名游客的旅游专列驶入青',
    '川站，游客将在青川游览五天。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(roleOf(raw, seg, '本报记者 高岩')).toBe('byline')
  expect(roleOf(raw, seg, '千余名游客乘专列')).toBe('title')
  expect(articleOf(raw, seg, '千余名游客乘专列')).toBe(articleOf(raw, seg, '本报 6 月 2 日讯'))
})

test('subheadings marked alike are sections of one story', () => {
  const body = (topic: string) => `青川旗刺绣工坊的绣娘们把${topic}绣进了手机壳和抱枕，刺绣工坊去年的刺绣产品卖出上万件，绣娘们人均增收一万多元。`
  const raw = [
    '青川刺绣绣出增收路', '', '□本报记者 苏禾', '', body('传统纹样'), '',
    '■老手艺有了新市场', '', body('草原花卉'), '',
    '■纹样焕发新活力', '', `${body('云纹')}青川旗文化馆的老师每月到工坊指导一次。`, '',
    '■线上线下齐发力', '', body('骏马'), '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].why?.filter((w) => w.includes('a subheading inside one story'))).toHaveLength(3)
})

test('a parallel phrase at the page top over a dateline it takes no words from is the page slogan', () => {
  const raw = [
    '文旅·冰雪季', '',
    '冰雪之约 青川有礼', '',
    '本报青川 1 月 8 日电 （记者 苏禾）青川',
    '旗的冬季那达慕日前开幕，牧民们赛骆驼、',
    '套马，游客纷纷前来观看。', '',
    '青川冬季那达慕开幕', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.noise.find((n) => raw.slice(n.start, n.end) === '冰雪之约 青川有礼')?.role).toBe('slogan')
  expect(seg.articles[0].title).toBe('青川冬季那达慕开幕')
})

test('a parallel headline at the page top taking its words from the story stays its headline', () => {
  const raw = ['冬闲变冬学 书屋亮起来', '', '本报讯（记者 苏禾）入冬以来，青草嘎查的书屋每晚亮起来，冬闲的牧民变着法子冬学。', ''].join('\n')
  const seg = segmentPage(raw)
  expect(seg.articles[0].title).toBe('冬闲变冬学 书屋亮起来')
})

test('on column text a fake-bold line after an unfinished paragraph is a headline, not the paragraph’s rest', () => {
  const raw = [
    '本报青川 4 月 8 日电 （记者 苏禾）班列',
    '在口岸实现了一次申报、一次查', '',
    '青河口岸青河口岸：：不夜的通道不夜的通道', '',
    '3 月 30 日晚，青河口岸货运通道灯火通明，',
    '跨境车辆排队有序通关。', '',
    '□高岩 摄影报道', '',
    '验、一次放行，通关时间压缩到 4 小时。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(roleOf(raw, seg, '青河口岸青河口岸')).toBe('title')
})

test('a column banner in a headline stack: the column’s headline and author head the text after it', () => {
  const raw = [
    '本报青川 4 月 8 日电 （记者 苏禾）青川',
    '口岸一季度进出境货运量增长两成。', '',
    '本报白河 4 月 8 日电 （记者 高岩）白河',
    '口岸新建的物流园区日前投运。', '',
    '青川口岸货运量增长两成', '',
    '白河口岸物流园区投运', '',
    '·北疆观察·', '',
    '让口岸“流量”变成“增量”', '',
    '□乌 兰', '',
    '口岸是开放的前沿，流量要变成增量，关键',
    '在于落地加工。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '让口岸')).toBe(articleOf(raw, seg, '口岸是开放的前沿'))
  expect(articleOf(raw, seg, '白河口岸物流园区投运')).toBe(articleOf(raw, seg, '本报白河'))
})

test('a photo credit inside a caption block, the next item’s caption running on under it, cuts the block', () => {
  const raw = [
    '光伏板下长出牧草', '',
    '青川旗光伏治沙项目装机 20 万千瓦，光伏',
    '板下种下的牧草长势喜人。本报记者 苏禾 摄 日前，',
    '在白河旗境内，输电运检人员冒着严寒对外送',
    '线路开展特巡，逐基排查铁塔覆冰隐患。', '',
    '踏雪巡线护绿电', '',
    '□高岩 摄影报道', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(roleOf(raw, seg, '本报记者 苏禾')).toBe('byline')
  expect(articleOf(raw, seg, '在白河旗境内')).not.toBe(articleOf(raw, seg, '青川旗光伏治沙'))
  expect(articleOf(raw, seg, '日前，')).toBe(articleOf(raw, seg, '在白河旗境内'))
})

test('a headline after a continuation from another page heads the dated article after it', () => {
  const raw = [
    '■上接第1版 今年以来，全区各级人社部门把高',
    '校毕业生就业摆在突出位置，累计提供岗位',
    '42 万个。', '',
    '青城举办冬季',
    '大型招聘会', '',
    '本报青城 11 月 30 日电 （记者 苏禾）11',
    '月 29 日，青城冬季大型招聘会举行，186',
    '家用人单位带来 4300 多个岗位。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '青城举办冬季')).toBe(articleOf(raw, seg, '本报青城'))
})

test('a byline after a continuation from another page opens the text after it', () => {
  const raw = [
    '■上接第1版 群众身边的法律服务需求，青川',
    '旗各苏木都建起了调解室。', '',
    '□本报记者 苏禾 通讯员 高岩', '',
    '清晨，白河苏木的调解员骑马出发，去牧',
    '民家调解草场纠纷。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '□本报记者 苏禾')).toBe(articleOf(raw, seg, '清晨，白河苏木'))
})

test('a (fake-bold) headline between a story broken off mid-sentence and a credited caption heads the photo item', () => {
  const raw = [
    '本报青川 1 月 8 日电 （记者 苏禾）冬季那',
    '达慕吸引了不少游客，牧户游接待点从进入腊', '',
    '雪原雪原驼球驼球争锋争锋', '',
    '1 月 6 日，在青川冰雪营地，骑手在驼球',
    '比赛中挥杆击球，驼球是本届那达慕人气颇',
    '高的项目。本报记者 高岩 摄', '',
    '月起就订满了，一个月就能增收 2 万多元。', '',
    '青川冬季那达慕开幕', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '雪原雪原')).toBe(articleOf(raw, seg, '1 月 6 日'))
  expect(articleOf(raw, seg, '月起就订满了')).toBe(articleOf(raw, seg, '本报青川'))
})

test('short groups of a slogan at the page top over a dateline are the page slogan too', () => {
  const raw = ['交通·民生', '', '建好 管好 护好 运营好', '', '本报青川 3 月 21 日电 （记者 苏禾）青川旗今年新改建乡村公路 128 公里。', '', '青川新改建乡村公路128公里', ''].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.noise.some((n) => raw.slice(n.start, n.end) === '建好 管好 护好 运营好')).toBe(true)
  expect(seg.articles[0].title).toBe('青川新改建乡村公路128公里')
})

test('a marked banner alone over briefs it shares no word with is noise, not their headline', () => {
  const raw = [
    '本报青川 4 月 3 日电 （记者 苏禾）青川一中的年轻教师们组建了',
    '支教小组，每周到牧区小学上课。', '',
    '■公益快讯', '',
    '本报讯 白河盟首家社区慈善基金日前成立，首期募集资金 50 万元。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.noise.some((n) => raw.slice(n.start, n.end) === '■公益快讯')).toBe(true)
})

test('a parallel kicker or deck printed on the line over or under a headline is part of the heading', () => {
  const raw = [
    '党建引领 基层善治',
    '“红色议事厅”议出嘎查新气象', '',
    '□本报记者 苏禾', '',
    '青草嘎查的红色议事厅每月开一次会，牧民的大事小情摆上桌面商量。', '',
    '走近新时代青川牧骑队员',
    '台上是演员 台下是教员', '',
    '□本报记者 高岩', '',
    '青川牧骑的队员们一年有二百多天在基层，除了演出，还要教牧民唱歌。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles.map((a) => a.title)).toEqual(['党建引领 基层善治 “红色议事厅”议出嘎查新气象', '走近新时代青川牧骑队员 台上是演员 台下是教员'])
})

test('a marked brief headline printed right over its text is a headline, not a banner', () => {
  const raw = ['■文化简讯', '', '▲漫瀚调公益课堂开进社区', '近日，青川旗文化馆在社区开设漫瀚调公益课堂，每周两次。', ''].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  // The mark is no title text (the bullet before a brief's headline).
  expect(seg.articles[0]?.title).toBe('漫瀚调公益课堂开进社区')
})
