// Tests of the rules changed in SEGMENTER_VERSION rules-16, each for a phenomenon heldout-38
// showed once it was opened. Texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { articleOf, invariantProblems, noiseAt, reasonOf } from './fixtures'

test('run-on briefs: a dateline printed straight after a sentence end, no gap, starts the next item inside the line', () => {
  const page = [
    '青河县启动春季植树',
    '',
    '本报讯（记者 李红）3月12日，青河县启动春季植树行动，全县计划造林5万亩。植树现场热闹非凡。本报讯 记者王刚 近日，红山市新开通两条城乡公交线路，沿线20个村的村民进城更方便了。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '本报讯 记者王刚')).not.toBe(articleOf(page, seg, '青河县启动春季植树行动'))
  expect(articleOf(page, seg, '本报讯 记者王刚')).toBe(articleOf(page, seg, '沿线20个村'))
})

test('a sentence end followed by 本报 that opens no dateline is not cut', () => {
  const page = [
    '青河县启动春季植树',
    '',
    '本报讯（记者 李红）3月12日，青河县启动春季植树行动。本报记者了解到，全县计划造林5万亩，涉及12个乡镇。',
    '',
  ].join('\n')
  expect(segmentPage(page).articles).toHaveLength(1)
})

// A story whose sentence a slogan interrupts, then a photo report: the photo report's second
// caption must not be read as the rest of the interrupted sentence.
const sloganInside = [
  '□本报记者 李红',
  '',
  '近日，青河县白河镇的光伏新村建成投用，全村86户牧民住进了新居。',
  '',
  '村里新建的光伏电站，',
  '',
  '绿色发展 共建家园',
  '',
  '每年能为村集体增收30万元，村民们还用上了清洁电。',
  '',
  '草原上的光伏新村',
  '',
  '雪后的牧场',
  '',
  '□本报记者 王刚 摄影报道',
  '',
  '近日，牧民们在红山市北坡镇赶着羊群转场。 通讯员 赵明 摄',
  '',
  '北坡镇小学的孩子们在操场上堆起了雪人。',
  '',
].join('\n')

test('a parallel slogan between the halves of a sentence is noise, and the text after it finishes the sentence', () => {
  const seg = segmentPage(sloganInside)
  expect(invariantProblems(sloganInside, seg)).toEqual([])
  expect(reasonOf(sloganInside, '绿色发展')).toBe('a parallel phrase printed inside an unfinished paragraph: a slogan')
  expect(noiseAt(sloganInside, seg, '绿色发展')).toBe('slogan')
  expect(articleOf(sloganInside, seg, '每年能为村集体')).toBe(articleOf(sloganInside, seg, '村里新建的光伏电站'))
  expect(articleOf(sloganInside, seg, '北坡镇小学的孩子们')).toBe(articleOf(sloganInside, seg, '牧民们在红山市北坡镇'))
})

test('a parallel phrase after a broken line with no clause mark, over a finished text, is left to the other rules', () => {
  const page = [
    '青河县公交线路再加密',
    '',
    '本报讯 近日，青河县新开通两条城乡公交线路。今年全县还将实现行政村公交',
    '全覆盖',
    '',
    '冰雪消融 河开燕来',
    '',
    '3月8日，青河冰面开始消融，成群的燕子在河面上飞舞。（李红 文/图）',
    '',
  ].join('\n')
  expect(reasonOf(page, '冰雪消融')).not.toBe('a parallel phrase printed inside an unfinished paragraph: a slogan')
})

/** A page of three stories under column names with no mark, blank lines or none. */
const columns = (spaced: boolean) => {
  const lines = [
    '社区直通车',
    '家门口的食堂开张了',
    '□ 李红',
    '近日，青河县白河社区的老年食堂正式开张，60岁以上老人每餐只需8元。',
    '草原时评',
    '让好政策落到牧民心坎上',
    '□王刚',
    '政策好不好，牧民说了算。各地要把惠牧政策讲清楚、落到位，让牧民得到真正的实惠。',
    '民 生 快 递',
    '红山市新增三处便民驿站',
    '本报讯 近日，红山市新建的三处便民驿站投入使用，为快递员和环卫工人提供歇脚的地方。',
  ]
  return (spaced ? lines.flatMap((l, i) => (i && l.length < 12 ? ['', l] : [l])) : lines).join('\n') + '\n'
}

for (const spaced of [false, true]) {
  test(`column names ending in a column word are banner noise, the headline under each the title (${spaced ? 'blank lines' : 'no blank lines'})`, () => {
    const page = columns(spaced)
    const seg = segmentPage(page)
    expect(invariantProblems(page, seg)).toEqual([])
    for (const name of ['社区直通车', '草原时评', '民 生 快 递']) expect(noiseAt(page, seg, name), name).toBe('section')
    const titleOf = (probe: string) => seg.articles[articleOf(page, seg, probe)].title
    expect(titleOf('老年食堂正式开张')).toBe('家门口的食堂开张了')
    expect(titleOf('惠牧政策讲清楚')).toBe('让好政策落到牧民心坎上')
    expect(titleOf('三处便民驿站投入使用')).toBe('红山市新增三处便民驿站')
  })
}

test('a column name over bulleted briefs with no headlines of their own heads them', () => {
  const page = [
    '口岸简讯',
    '',
    '●近日，北湖口岸恢复客运通关，首日出入境旅客300余人次。',
    '●3月5日，南岭口岸启动智慧通关改造，预计年底完工。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(seg.articles[articleOf(page, seg, '北湖口岸恢复客运')].title).toBe('口岸简讯')
})

test('where blank lines part the items, a column name printed on the line over a headline is its kicker', () => {
  const page = [
    '基层治理新观察',
    '小区议事会议出好日子',
    '——青河县白河社区居民议事见闻',
    '',
    '□本报记者 李红',
    '',
    '近日，青河县白河社区的议事会又开会了，居民们围坐在一起商量加装电梯的事。大家你一言我一语，很快就拿出了方案，电梯费用按楼层分摊，低层住户少出一些。',
    '',
    '“以前有事找不到人商量，现在楼下就能议。”居民张大爷说。今年以来，社区议事会已经解决了停车难、路灯不亮等18件烦心事，居民满意度明显提高。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(noiseAt(page, seg, '基层治理新观察')).toBeUndefined()
  expect(seg.articles[articleOf(page, seg, '议事会又开会了')].title).toContain('小区议事会议出好日子')
})

test('a paragraph stopping inside an enumeration ("…、助") is taken up by the text that ends the item and the list ("医等…")', () => {
  const page = [
    '草原书屋开进牧区',
    '',
    '近日，青河县首批草原书屋在北坡嘎查建成，牧民们在放牧间隙也能读书看报，书屋还专门配备了',
    '',
    '社区食堂端出好日子',
    '',
    '□本报记者 李红',
    '',
    '青河县白河社区的老年食堂开张一年来，每天有200多位老人来这里吃饭，饭菜可口，价格实惠，老人们都说好。',
    '',
    '截至目前，青河县已建成老年助餐点86个。县民政局有关负责人介绍，下一步将推动助餐点与卫生服务站、养老服务中心等设施一体布局，让老年人在一个地方就能享受助餐、助浴、助',
    '',
    '本报讯 记者 王刚 通讯员 赵明',
    '',
    '记者从红山市社会保险事业中心获悉，今年起，全市养老金领取资格认证全面实行“静默认证”，老人不用跑腿也能完成认证。',
    '',
    '红山市养老金认证实现“静默办”',
    '',
    '医等多项照护，一些街道还组织年轻人结对陪伴独居长者，定期打扫房间、陪着聊天。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '医等多项照护')).toBe(articleOf(page, seg, '享受助餐、助浴'))
  expect(articleOf(page, seg, '医等多项照护')).not.toBe(articleOf(page, seg, '静默认证”，老人'))
})

test("an author's note closing a signed piece stays with it, though the next item's headline is printed under it with no blank line", () => {
  const page = [
    '做孩子心里的一盏灯',
    '',
    '□ 李红',
    '',
    '今年是我站上讲台的第十九个年头。十九年来，我教过的学生有的当了医生，有的回到家乡当了老师。',
    '',
    '作为一名乡村教师，我愿意做那个守着种子、等待花开的人。',
    '',
    '（作者单位：青河县白河镇第二中学）',
    '青河县助学贷款惠及三千学子',
    '',
    '本报 9 月 13 日讯（记者 王刚）记者从青河县教育局获悉，今年全县共为3000余名学生办理了生源地信用助学贷款。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '（作者单位')).toBe(articleOf(page, seg, '守着种子'))
  expect(seg.articles[articleOf(page, seg, '今年全县共为3000')].title).toBe('青河县助学贷款惠及三千学子')
})

test("a photo report's credit printed under its headline opens the report; it does not close the article before", () => {
  const page = [
    '青河县冬季旅游升温',
    '本报讯 近日，青河县冬季旅游持续升温，白河冰雪乐园每天接待游客3000余人次，周边民宿一房难求。',
    '冰面救援练兵',
    '□本报记者 王刚 摄影报道',
    '3月12日，青河县消防救援大队在白河冰面上开展救援演练，消防员们身着救生服，在冰面上展开营救。',
    '随着气温回升，冰层变薄，消防部门提醒游客不要擅自上冰。',
  ].join('\n') + '\n'
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(articleOf(page, seg, '□本报记者 王刚 摄影报道')).toBe(articleOf(page, seg, '3月12日，青河县消防'))
})

test('a date line after the page number is the folio; a short phrase under it, set apart from the headline, names the page section', () => {
  const page = [
    '6  2024年3月12日  星期二',
    '',
    '绿色青河',
    '',
    '青河县风电基地首批机组并网',
    '',
    '本报青河3月11日电（记者 李红）3月10日，青河县风电基地首批20台机组并网发电，年发电量可达8亿千瓦时。',
    '',
    '据介绍，基地全部建成后，每年可节约标准煤30万吨，减少二氧化碳排放80万吨。',
    '',
  ].join('\n')
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(noiseAt(page, seg, '2024年3月12日')).toBe('other')
  expect(noiseAt(page, seg, '绿色青河')).toBe('section')
  expect(seg.articles[articleOf(page, seg, '首批20台机组')].title).toBe('青河县风电基地首批机组并网')
})

// A story broken off mid-word on a short line glued under its paragraph ("…这是北坡嘎"), a
// brief printed in between, then the rest of the word and the sentence ("查实行…").
const strandedWord = [
  '草原书屋开进牧区',
  '',
  '本报讯 近日，青河县首批草原书屋在南岭苏木建成，',
  '牧民们在放牧间隙也能读书看报，书屋还专门配',
  '',
  '板上发电 板下牧羊',
  '',
  '□本报记者 李红',
  '',
  '三月的青河草原，积雪还没有完全融化。在北坡嘎查的光伏电站里，一排排光伏板下，',
  '羊群正在低头吃草。牧民们说，光伏板挡住了风，',
  '板下的草长得比外面还好。',
  '',
  '牧民其其格家是第一批进场放牧的。每年冬天，她家',
  '300多只羊就在电站里过冬，饲草料省了一大半。',
  '这是北坡嘎',
  '',
  '本报讯 记者王刚 3月8日，红山市首座加氢',
  '站投运，每天可为50辆氢能重卡加注燃料。',
  '',
  '红山市首座加氢站投运',
  '',
  '查实行划区轮换的第三年，参加的人家从最初的',
  '6户增加到31户，大家都尝到了甜头。',
  '',
].join('\n')

test('a short line glued under a paragraph opening with a word that points back (这是…) goes on with the paragraph', () => {
  expect(reasonOf(strandedWord, '这是北坡嘎')).toBe('glued under a paragraph, opening with a word that points back (这是…, 此外…): the text goes on')
  const seg = segmentPage(strandedWord)
  expect(invariantProblems(strandedWord, seg)).toEqual([])
  expect(articleOf(strandedWord, seg, '这是北坡嘎')).toBe(articleOf(strandedWord, seg, '牧民其其格家'))
})

test('after a brief and its headline, text whose first glyph completes a word with the broken-off end of a story resumes that story', () => {
  const seg = segmentPage(strandedWord)
  expect(articleOf(strandedWord, seg, '查实行划区')).toBe(articleOf(strandedWord, seg, '牧民其其格家'))
  expect(articleOf(strandedWord, seg, '查实行划区')).not.toBe(articleOf(strandedWord, seg, '首座加氢'))
  expect(seg.articles[articleOf(strandedWord, seg, '首座加氢')].title).toBe('红山市首座加氢站投运')
})

// Three briefs in hard-wrapped columns, then their headlines printed line under line in one
// block, a column's name among them.
const stackedLines = [
  '本报讯（记者 李红 通讯员 王刚）近日，青',
  '河县启动秋季重大动物疫病集中免疫，全县',
  '120万头只牲畜将在一个月内完成免疫，兽',
  '医人员进村入户开展防疫。',
  '',
  '近日，红山市北坡镇举办牧草种植技术培训',
  '班，农牧民学习了苜蓿播种和田间管理，还',
  '到示范田里看了种草的效果。',
  '（赵明）',
  '',
  '本报讯 9月以来，南岭苏木组织牧民维修加',
  '固草原围栏，已修好围栏80公里，换下',
  '了一批老旧的水泥桩。',
  '',
  '青河县启动秋季动物疫病集中免疫',
  '北坡镇培训农牧民牧草种植技术',
  '牧区快讯',
  '南岭苏木维修加固草原围栏',
  '',
].join('\n')

test('headlines of several briefs printed line under line in one block are cut apart, each to the brief it reads like; a column name among them is its banner', () => {
  const seg = segmentPage(stackedLines)
  expect(invariantProblems(stackedLines, seg)).toEqual([])
  const titleOf = (probe: string) => seg.articles[articleOf(stackedLines, seg, probe)].title
  expect(titleOf('秋季重大动物疫病')).toBe('青河县启动秋季动物疫病集中免疫')
  expect(titleOf('牧草种植技术培训')).toBe('北坡镇培训农牧民牧草种植技术')
  expect(titleOf('维修加')).toBe('南岭苏木维修加固草原围栏')
  expect(noiseAt(stackedLines, seg, '牧区快讯')).toBe('section')
})

// Hard-wrapped briefs and a feature: a place-led headline glued under the paragraph before,
// filling the column; a feature's byline glued over its first line.
const gluedUnderColumn = [
  '农村牧区  3',
  '',
  '秋收进行时',
  '',
  '新粮入库“不排队”',
  '',
  '本报讯 记者李红 近日，青河县粮食收储',
  '库开出预约售粮通道，农民在手机上预约',
  '后按时到库，卸车只要半个小时。全县已',
  '累计收购新季玉米21万吨，价格平稳。',
  '北坡镇：北斗农机“认路”又“算账”',
  '',
  '在北坡镇永联村的玉米地里，一台装有北',
  '斗导航终端的收割机正在作业，不漏收、',
  '不重收，还能自动记下作业面积。',
  '（王刚）',
  '',
  '□本报记者 赵明',
  '清晨的南岭苏木乌兰敖包嘎查，成片的玉',
  '米地一望无际。嘎查合作社的收割机在地',
  '里来回穿梭，牧民们忙着装车。',
  '',
  '金色嘎查迎来丰收季',
  '',
].join('\n')

test('a headline led by its place and a colon, glued under a finished paragraph, is a headline even where it fills the column', () => {
  const seg = segmentPage(gluedUnderColumn)
  expect(invariantProblems(gluedUnderColumn, seg)).toEqual([])
  expect(seg.articles[articleOf(gluedUnderColumn, seg, '永联村的玉米地')].title).toBe('北坡镇：北斗农机“认路”又“算账”')
  expect(articleOf(gluedUnderColumn, seg, '永联村的玉米地')).not.toBe(articleOf(gluedUnderColumn, seg, '预约售粮通道'))
})

test("the section's name beside the page number is the folio; a byline glued over the text it signs is cut from it", () => {
  const seg = segmentPage(gluedUnderColumn)
  expect(noiseAt(gluedUnderColumn, seg, '农村牧区')).toBe('other')
  expect(noiseAt(gluedUnderColumn, seg, '秋收进行时')).toBe('section')
  const feature = articleOf(gluedUnderColumn, seg, '清晨的南岭苏木')
  expect(feature).not.toBe(articleOf(gluedUnderColumn, seg, '永联村的玉米地'))
  expect(seg.articles[feature].bylines).toEqual(['赵明'])
  expect(seg.articles[feature].title).toBe('金色嘎查迎来丰收季')
})

test("where fake bold starts or stops between headline lines printed one under another, they are two articles' headlines", () => {
  const page = [
    '本报青河4月18日电（记者 李红）一季度，青河口岸进出口货运量达到',
    '486万吨，同比增长12.3%，创历史同期新高，口岸通关效率持续提升，',
    '进出境车辆日均通行800余辆次。',
    '青河口岸青河口岸首季货运量首季货运量创新高创新高',
    '南岭口岸“智慧通关”再升级',
    '本报南岭4月18日电（记者 王刚）近日，南岭口岸智慧通关系统升级',
    '完成，货车过境时间由过去的40分钟缩短到15分钟，司机不用下车。',
    '据介绍，系统上线以来，口岸日均通关车辆增加了两成。',
  ].join('\n') + '\n'
  const seg = segmentPage(page)
  expect(invariantProblems(page, seg)).toEqual([])
  expect(seg.articles[articleOf(page, seg, '进出口货运量')].title).toBe('青河口岸首季货运量创新高')
  expect(seg.articles[articleOf(page, seg, '智慧通关系统升级')].title).toBe('南岭口岸“智慧通关”再升级')
})
