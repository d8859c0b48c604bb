// Table-driven tests of the rules added in SEGMENTER_VERSION rules-9, each for a phenomenon the
// held-out sets showed (heldout-18 … heldout-26). All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { articleOf, invariantProblems, reasonOf } from './fixtures'
import { classifyBlocks } from '../../../src-main/segment/classify'
import { splitLines } from '../../../src-main/segment/lines'
import { reclaimSignedStories } from '../../../src-main/segment/merge'
import { Cohesion } from '../../../src-main/segment/similarity'

// A brief column printed with no blank lines: the next item's headline starts after the last
// sentence of the item before, beside it on the same raw line, and goes on in the next line.
const gluedRows: readonly (readonly [string, string, string, string])[] = [
  // column text, the next item opening with a dateline
  ['年节水 60 万立方米。 老窑坑变身', '“露营”新去处', '本报讯 近日，位于青河区的一处废', '老窑坑变身“露营”新去处'],
  // the headline behind a bullet, the next item opening with its first sentence
  ['推广冷补等技术。 ■白水旗', '快递进村全覆盖', '截至 5 月底，白水旗 48 个行政村', '白水旗快递进村全覆盖'],
]
for (const [glued, rest, opening, title] of gluedRows) {
  test(`a headline printed beside the item before it starts a new item: ${title}`, () => {
    const raw = [
      '■旗县简讯', '',
      '青河区开展护路行动', '本报讯（记者 苏和）近日，青河区交通', '运输局对辖区 40 条农村公路开展', '专项巡查，发现问题 26 个，全部', glued, rest, opening,
      '弃采砂场完成生态修复，建成观景', '步道和露营基地，吸引游客前来。', '（王 建）', '',
    ].join('\n')
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    const next = articleOf(raw, seg, rest)
    expect(next).toBeGreaterThanOrEqual(0)
    expect(next).not.toBe(articleOf(raw, seg, '青河区开展护路行动'))
    expect(articleOf(raw, seg, '专项巡查')).toBe(articleOf(raw, seg, '青河区开展护路行动'))
    expect(seg.articles[next].title?.replace(/\s+/g, '')).toBe(title)
  })
}

test('a gap after a sentence inside a paragraph, the next line going on with it, cuts nothing', () => {
  const raw = ['青河区开展护路行动', '本报讯（记者 苏和）近日，青河区交通', '运输局开展专项巡查。 问题清单', '已全部建立，整改工作正在推进。', ''].join('\n')
  const seg = segmentPage(raw)
  expect(seg.articles).toHaveLength(1)
})

// A headline and its byline glued on top of the story's text, no blank line between them.
const bylineRows: readonly (readonly [string, string, boolean])[] = [
  ['□图雅 李建国', '图雅', false],
  ['本报记者 苏和', '苏和', false],
  // the headline and byline glued together, a blank line before the text
  ['□本报记者 苏和', '苏和', true],
]
for (const [byline, name, blank] of bylineRows) {
  test(`a headline over a byline line glued to its text heads that text: ${byline}${blank ? ' (blank line after)' : ''}`, () => {
    const raw = [
      '青河区开展护路行动', '本报讯（记者 王建）近日，青河区交', '通运输局对辖区 40 条农村公路开展', '了专项巡查。', '',
      '白水旗首家社区慈善基金成立', byline, ...(blank ? [''] : []), '5 月 2 日，白水旗巴彦镇的一个社', '区慈善基金正式成立，首批募集善', '款 20 万元。', '',
    ].join('\n')
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    const k = articleOf(raw, seg, '白水旗首家')
    expect(seg.articles[k].title).toBe('白水旗首家社区慈善基金成立')
    expect(seg.articles[k].bylines).toContain(name)
    expect(articleOf(raw, seg, '区慈善基金')).toBe(k)
    expect(seg.articles[k].fragments.find((f) => raw.slice(f.start, f.end).includes('5 月 2 日'))?.role).toBe('body')
  })
}

test('a fake-bold headline with a comma is a headline, and heads the credited caption printed under it after a stack', () => {
  const raw = [
    '本报讯（记者 王建）近日，青河区教', '育局组织 80 名教师到乡镇学校支', '教，为期一年。', '',
    '本报讯（记者 苏和）日前，白水旗教', '育局对 30 家校外培训机构开展拉', '网式检查，发现问题 12 个。', '',
    '青河区 80 名教师到乡镇支教', '', '■校园新事', '', '白水旗检查校外培训机构', '',
    '““书包书包””轻了轻了，，笑声多了笑声多了', '',
    '在白水旗第二小学的种植园里，学', '生们在“无作业日”参加劳动课，', '采收自己种下的豆角。（乌日', '娜 摄）', '',
    '青河区心理健康示范校公布', '本报青河5月10日电（记者 图雅）日', '前，青河区 12 所中小学入选心理', '健康教育示范校。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const k = articleOf(raw, seg, '在白水旗第二小学')
  expect(seg.articles[k].title).toBe('“书包”轻了，笑声多了')
  expect(seg.articles[k].kind).toBe('photo')
  expect(articleOf(raw, seg, '青河区心理健康')).not.toBe(k)
})

// A brief column with no blank lines: each headline glued over its item's first words, a
// report's opening word or its date. A full-width line there is a paragraph's first line.
const reportRows: readonly (readonly [string, string, boolean])[] = [
  ['青河开通冷链“直通车”', '近日，青河区至北湖的冷链物流专线', true],
  ['白水旗老字号展销会成交300万元', '5 月 8 日至 10 日，白水旗首届老字', true],
  ['今年以来全旗新建的冷库和仓储设施', '截至 5 月底，已有 40 多家企业入驻', false],
]
for (const [head, first, isHeadline] of reportRows) {
  test(`a line glued over a report's first words ${isHeadline ? 'heads it' : 'is no headline when full-width'}: ${head}`, () => {
    const raw = [
      '■商贸简讯', '',
      '北湖新建农贸市场投入使用', '本报讯（记者 苏和）近日，北湖区新', '建的农贸市场投入使用，可容纳 200', '多个摊位，方便了周边居民。', head, first,
      '开通，每周发车 6 班，运输时间缩', '短至 12 小时以内。（图雅）', '',
    ].join('\n')
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    const k = articleOf(raw, seg, head)
    expect(k).toBeGreaterThanOrEqual(0)
    expect(seg.articles[k].title === head).toBe(isHeadline)
    expect(k !== articleOf(raw, seg, '北湖新建')).toBe(isHeadline)
  })
}

// Briefs printed one after another: one raw line holds the end of an item, its reporter's
// credit, and the dateline of the next.
const datelineRows: readonly (readonly [string, string])[] = [
  ['3 天成交 260 万元。（图雅） 本报讯 5 月 11', '图雅'],
  ['3 天成交 260 万元。 本报讯 5 月 11', ''],
]
for (const [line, name] of datelineRows) {
  test(`an item's dateline printed on the line ending the one before opens a new item: ${line}`, () => {
    const raw = [
      '白水旗老字号展销会成交260万元', '5 月 8 日至 10 日，白水旗首届老字', '号展销会在白水会展中心举办，', line,
      '日，青河区首个电商服务中心投入', '运营，可为 200 多家商户服务。', '（苏和）', '',
    ].join('\n')
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    const first = articleOf(raw, seg, '白水旗老字号')
    expect(articleOf(raw, seg, '本报讯')).not.toBe(first)
    expect(articleOf(raw, seg, '日，青河区')).toBe(articleOf(raw, seg, '本报讯'))
    if (name) expect(seg.articles[first].bylines).toContain(name)
  })
}

test('a stack ending in a heading signed by its author: the heading and byline head the text after, the others go to the texts before', () => {
  const raw = [
    '本报青河5月4日电（记者 苏和）青河区零工市场', '日均接待求职者 2000 余人次，零工们在', '市场里登记、揽活，当天就能上岗。', '',
    '本报5月4日讯（记者 王建）白水职业学校', '与 12 家企业合办订单班，学生毕业即上', '岗，企业抢着要订单班的毕业生。', '',
    '零工市场“搭桥”', '日均 2000 余人次“揽活”', '',
    '■春风行动进行时', '',
    '校企合办“订单班”', '毕业即上岗 企业抢着要', '',
    '学门手艺 牧民转身当“技工”', '——北湖旗以技能培训促牧民转移就业', '',
    '□本报记者 图雅', '',
    '清晨，北湖旗的牧民巴特尔走进技工', '学校的实训车间，跟着老师学焊接。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const title = (needle: string) => seg.articles[articleOf(raw, seg, needle)].title?.replace(/\s+/g, '')
  expect(title('本报青河5月4日电')).toBe('零工市场“搭桥”日均2000余人次“揽活”')
  expect(title('本报5月4日讯')).toBe('校企合办“订单班”毕业即上岗企业抢着要')
  expect(title('清晨，北湖旗')).toBe('学门手艺牧民转身当“技工”——北湖旗以技能培训促牧民转移就业')
  expect(seg.articles[articleOf(raw, seg, '清晨，北湖旗')].bylines).toEqual(['图雅'])
})

test('a series label between two articles\' headlines heads the one printed under it', () => {
  const raw = [
    '本报青河10月4日电（记者 苏和）青河灌', '区全面推行河湖长制，今年秋浇亩均', '用水降近两成，河湖长对 12 条干渠', '开展巡查，基层探索出新办法，确保', '不跑水、不决口。', '',
    '青河灌区秋浇', '亩均用水降近两成', '',
    '全面推行河湖长制·基层探索', '',
    '三千条渠道有了“管家”', '——白水县织密渠系管护责任网见闻', '',
    '□王建 图雅', '',
    '深秋时节，走进白水县丰乐镇，纵横', '交错的渠道旁，一块块公示牌格外醒', '目：渠长姓名、管护范围一目了然。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(articleOf(raw, seg, '河湖长制·基层')).toBe(articleOf(raw, seg, '三千条渠道'))
  expect(articleOf(raw, seg, '青河灌区秋浇')).toBe(articleOf(raw, seg, '本报青河'))
})

test('an article whose headline is printed under its text takes no section printed after that headline', () => {
  const raw = [
    '本报青河5月4日电（记者 苏和）青河灌', '区今年组织渠长带头清理淤泥 2 万立', '方米，疏通口闸 140 余座，渠长带头', '清淤泥，群众跟着干。', '',
    '渠长带头清淤泥', '青河灌区疏通口闸 140 余座', '',
    '三千条渠道有了“管家”', '——白水县织密渠系管护责任网见闻', '',
    '□王建 图雅', '',
    '深秋时节，走进白水县丰乐镇，纵横', '交错的渠道旁，一块块公示牌格外醒', '目：渠长姓名、管护范围一目了然。', '',
    '村里定下规矩', '',
    '每年开春，丰乐镇的渠长带头清理淤', '泥，疏通口闸，渠长带头清淤泥，村', '民跟着干。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '深秋时节')
  expect(articleOf(raw, seg, '村里定下规矩')).toBe(story)
  expect(articleOf(raw, seg, '每年开春')).toBe(story)
})

test('after a feature opened by its headline and byline, its subheaded sections stay with it', () => {
  const raw = [
    '科技赋能 牛业提质', '',
    '本报青河4月9日电（记者 苏和）青河旗', '千名“牛保姆”进村入户，为养牛户', '提供肉牛改良、饲草配方、疫病防控', '服务，全旗肉牛存栏增长一成，养牛', '户户均增收 8000 元，牛业提质增效。', '',
    '稳产保供 兴牧富民', '',
    '一头牛的“增值之旅”', '——探访白水一家肉类加工企业', '',
    '□本报记者 图雅', '',
    '清晨，白水草原食品公司的车间里，', '工人们正在分割牛肉。公司负责人说，', '一头牛在这里能卖出更好的价钱。', '',
    '订单养殖稳牛源', '',
    '公司与周边 300 多户养牛户签订收购', '合同，统一饲草配方和肉牛改良服务，', '养牛户户均增收，牛源稳定了。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const feature = articleOf(raw, seg, '清晨，白水')
  expect(articleOf(raw, seg, '订单养殖稳牛源')).toBe(feature)
  expect(articleOf(raw, seg, '公司与周边')).toBe(feature)
  expect(seg.articles[feature].title).toContain('一头牛的“增值之旅”')
})

test('on a paragraph page with blank lines, a short line glued between an unfinished paragraph and its rest is that paragraph', () => {
  const raw = [
    '白水机场新开航线11条', '',
    '本报青河1月10日电（记者 苏和）白水机场冬春航季新开、加密航线11条，通达城市增至36个，每周航班量比去年同期增加120班次，冰雪旅游客源地实现直飞全覆盖。', '',
    '新开通的航线中，白水至杭州、白水至成都为首次开通，填补了冬季直飞空白。', '',
    '为应对极寒和降雪天气，机场今冬储备除冰液420吨，新购置的2台除冰车已投入使用，确保航班正常放行。今冬，机场还在到达大厅开设了',
    '冰雪游客专属服务区',
    '和防寒装备租赁点，旅客下飞机就能换上装备直奔景区。', '',
    '据统计，冬春航季以来，白水机场旅客吞吐量同比增长两成。', '',
    '图为游客在白水机场到达大厅的冰雪主题打卡点拍照留念。本报记者 苏和 摄', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].fragments.find((f) => raw.slice(f.start, f.end).includes('冰雪游客专属服务区'))?.role).toBe('body')
  expect(reasonOf(raw, '冰雪游客专属服务区')).toBe('completes the unfinished paragraph before it')
})

// Column text: a headline glued under the closed paragraph above it, ending in a closing quote,
// or with a subtitle that fills the column.
const gluedUnderRows: readonly (readonly string[])[] = [
  ['冰雪热里更要有“冷思考”'],
  ['“托管代养”鼓起农户钱袋子', '——白水县 43 家合作社托管肉牛 2 万头'],
]
for (const heading of gluedUnderRows) {
  test(`a headline glued under a closed paragraph in column text is cut from it: ${heading[0]}`, () => {
    const raw = [
      '本报青河4月9日电（记者 苏和）青河县', '推广肉牛托管代养，今年全县新发展', '托管合作社 10 家，托管肉牛突破', '3 万头。', ...heading, '',
      '本报4月9日讯（记者 王建）记者从白水', '旗获悉，全旗肉牛活体抵押贷款突破', '3.8 亿元，惠及养殖户 2000 余户。', '',
    ].join('\n')
    const seg = segmentPage(raw)
    expect(invariantProblems(raw, seg)).toEqual([])
    const k = articleOf(raw, seg, heading[0])
    expect(seg.articles[k].fragments.find((f) => raw.slice(f.start, f.end).includes(heading[0]))?.role).toBe('title')
  })
}

test('a subtitle may hold a comma: it stays with the heading over its story', () => {
  const raw = [
    '落实新一轮草原补奖政策', '白水旗3.2亿元补奖资金直达牧户', '', '——全旗1.16万户牧民受益，禁牧草原稳中向好', '',
    '本报青河4月16日电（记者 苏和）记者从白水旗林业和草原局获悉，今年全旗3.2亿元草原补奖资金已通过“一卡通”直接发放到1.16万户牧民手中，禁牧草原植被稳中向好。', '',
    '记者在白水旗巴彦苏木看到，牧民们拿着刚打印出来的明细单，对补奖资金的去向一目了然。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.articles).toHaveLength(1)
  expect(seg.articles[0].title?.replace(/\s+/g, '')).toBe('落实新一轮草原补奖政策白水旗3.2亿元补奖资金直达牧户——全旗1.16万户牧民受益，禁牧草原稳中向好')
})

test('on a paragraph page a photo item\'s headline after a text is the photo\'s, not that text\'s own printed under it', () => {
  const raw = [
    '本报青河4月18日电（记者 苏和）全区非遗传承人研修班在青河开班，来自各盟市的60名传承人参加，研修班为期一个月，由青河职业学院承办。', '',
    '据介绍，研修班结束后，学员须提交一件结合传统技艺与现代设计的作品，优秀作品将在全区非遗展上展出。', '',
    '“传承人+院校+企业”模式首次引入', '全区非遗传承人研修班开班', '',
    '匠心守艺 薪火相传', '',
    '白水非遗工坊见闻', '一把马头琴的四十道工序', '',
    '走进白水的马头琴非遗工坊，满屋都是松木的清香，老匠人正在给一把新琴调音，十几名学徒在一旁学着开料、制箱、雕琴首。', '',
    '如今，工坊制作的马头琴不仅供应当地乐团和学校，还远销外地。（本报记者 图雅）', '',
    '巴林石上雕“百骏”', '',
    '4月13日，在白水镇的一家石雕工作室里，工匠正在雕刻一幅巴林石作品。', '',
    '□王建 摄影报道', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const k = articleOf(raw, seg, '走进白水')
  expect(seg.articles[k].title?.replace(/\s+/g, '')).toBe('白水非遗工坊见闻一把马头琴的四十道工序')
  expect(articleOf(raw, seg, '全区非遗传承人研修班开班')).toBe(articleOf(raw, seg, '本报青河'))
})

test('a column\'s name with no mark over a brief\'s headline is a section banner', () => {
  const raw = [
    '本报青河5月8日讯（记者 苏和）青河区今年启动老旧小区改造项目36个，惠及居民1.2万户，改造内容包括管网、屋面和电梯。', '',
    '青河36个老旧小区启动改造', '',
    '法院简讯', '',
    '白水法院巡回审判进牧区', '',
    '本报讯 近日，白水旗人民法院把巡回法庭开到牧区，当天调解纠纷5起。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(seg.noise.some((n) => raw.slice(n.start, n.end) === '法院简讯')).toBe(true)
  expect(seg.articles[articleOf(raw, seg, '本报讯 近日')].title).toBe('白水法院巡回审判进牧区')
})

test('a story headed and signed under its text takes back its first paragraphs from the dated article printed before it', () => {
  const raw = [
    '冬季到户外去', '',
    '本报青河12月16日电（记者 苏和）全区冰雪惠民季今天在青河启幕，160余项群众性冰雪活动将持续到明年3月。', '',
    '据自治区体育局介绍，本届冰雪惠民季以人人参与为主题，各盟市都将举办冰雪运动会。', '',
    '清晨7点，白水苏木的雪场里，牧民巴特尔已经在检查雪道。雪场开业三年，带动周边牧民增收。', '',
    '“以前一到冬天，嘎查里的年轻人都出去打工，现在雪场就在家门口。”巴特尔说，雪场新修了雪道。', '',
    '雪场负责人说，雪场配备了专业救护队，每条雪道都有安全员，今年雪季游客比去年多了一倍。', '',
    '白水雪场里的冬日“热”经济', '', '□本报记者 图雅', '',
  ].join('\n')
  // The drafts as the earlier stages leave them: the dated article took the story's first paragraphs.
  const page = splitLines(raw)
  const units = classifyBlocks(page, raw)
  const [title, opener, second, scene, quote, last, storyTitle, byline] = units
  const body = (u: typeof opener) => ({ unit: u, role: 'body' as const })
  const dated = { titles: [title], parts: [body(opener), body(second), body(scene), body(quote)], why: [] }
  const story = { titles: [storyTitle], parts: [body(last), { unit: byline, role: 'byline' as const }], why: [] }
  reclaimSignedStories([dated, story], new Cohesion(units.filter((u) => u.kind === 'body' || u.kind === 'opener').map((u) => u.block.norm)))
  expect(dated.parts.map((p) => p.unit)).toEqual([opener, second])
  expect(story.parts.map((p) => p.unit)).toEqual([scene, quote, last, byline])
})
