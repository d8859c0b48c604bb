// Tests of the rules changed in SEGMENTER_VERSION rules-14, each for a phenomenon heldout-36 or 37
// showed once it was opened. Texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { classifyBlocks, isEditorialCredit, isFolio, splitLead } from '../../../src-main/segment/classify'
import { newDraft } from '../../../src-main/segment/draft'
import { resumedAfterCluster } from '../../../src-main/segment/grouping'
import { headingOverByline } from '../../../src-main/segment/headlines'
import { Cohesion } from '../../../src-main/segment/similarity'
import { makeBlock, splitLines } from '../../../src-main/segment/lines'
import { leavesQuoteOpen } from '../../../src-shared/text/chars'
import { articleOf, fragmentText, invariantProblems } from './fixtures'

test('a text stops inside a quotation or title mark it opened, and only then', () => {
  const table: [string, boolean][] = [
    ['开幕式以“歌声嘹亮', true],
    ['《草原的孩子', true],
    ['“歌声嘹亮 骏马飞驰”为主题', false],
    ['社区义诊进楼栋', false],
    ['“一车多送”“快递进村”', false],
    ['他说：「今年', true],
  ]
  for (const [text, open] of table) expect(leavesQuoteOpen(text), text).toBe(open)
})

test('a paragraph whose first space falls inside a quotation opens with no brief lead phrase', () => {
  const line = '开幕式以“歌声嘹亮 骏马飞驰”为主题，600多名演员带来马队方阵、长调演唱等节目，现场观众掌声不断。'
  const page = splitLines(line + '\n')
  expect(splitLead(makeBlock(page.blocks[0].lines), line + '\n')).toBeNull()
  // A real lead phrase still splits.
  const brief = '社区义诊进楼栋 本报讯（通讯员 李强）日前，青河县人民医院的医生走进白河社区，为居民义诊。\n'
  expect(splitLead(makeBlock(splitLines(brief).blocks[0].lines), brief)).not.toBeNull()
})

// One paragraph per line: a dated story interrupted by two photo items (the second about the
// races), resumed mid-sentence, then a section under a subheading about the races.
const sportsPage = [
  '草原运动会在青河县开幕',
  '',
  '本报青河7月11日电（记者 图雅）7月11日，青河县第十届草原运动会在白河镇开幕，全县1200余名运动员将在三天里角逐摔跤、赛马、射箭等9个项目。',
  '',
  '摔跤比赛最受关注。开幕式后，300多名摔跤手依次入场，来自白河镇的19岁小将巴特尔连胜四轮，晋级十六强。他告诉记者，自己从8岁开始跟着父',
  '',
  '少年骑手赛马场上逐风来',
  '在青少年赛马比赛中，来自红山镇的小骑手们策马扬鞭，骏马在草原赛道上飞驰，少年骑手们个个不甘落后，赛马场边的观众为骑手们加油。',
  '□李强 摄影报道',
  '',
  '亲练摔跤，去年入选县摔跤队，每周训练五天。县摔跤协会副会长王建介绍，今年摔跤比赛首次引入视频回放，八强名单将于12日产生。',
  '',
  '赛马：百匹骏马驰骋赛道',
  '',
  '在赛马场，来自红山镇、白河镇的百余匹骏马轮番上场，骑手们策马扬鞭。赛马比赛由县马业协会负责登记和检疫，确保赛马比赛公平、安全，骑手们在赛道上你追我赶。',
  '',
].join('\n')

test('a section under a subheading goes on with the story even when it reads like a photo item printed inside that story', () => {
  const seg = segmentPage(sportsPage)
  expect(invariantProblems(sportsPage, seg)).toEqual([])
  const story = articleOf(sportsPage, seg, '本报青河7月11日电')
  expect(articleOf(sportsPage, seg, '亲练摔跤')).toBe(story)
  expect(articleOf(sportsPage, seg, '赛马：百匹骏马')).toBe(story)
  expect(articleOf(sportsPage, seg, '在赛马场')).toBe(story)
  expect(fragmentText(sportsPage, seg, story, 'title').replace(/\s+/g, '')).toBe('草原运动会在青河县开幕')
  expect(articleOf(sportsPage, seg, '在青少年赛马比赛中')).not.toBe(story)
})

// Hard-wrapped: a feature's paragraph stops mid-word ("…可第一时间联"); a banner and a photo
// item closed by its credit are printed inside it; the paragraph's tail follows the credit.
const photoInsidePage = [
  '青河县旅游协会今年组织全县 60 家', '旅行社开展冬季服务培训，要求旅游', '大巴全部配备防滑链和应急保暖包。', '协会还联合县人民医院开通急救热线，', '游客一旦出现冻伤等情况，可第一时', '间联',
  '',
  '冬日·风景线',
  '',
  '白河湾里看雪橇',
  '',
  '1 月 12 日，游客在白河湾乘坐马拉', '雪橇穿行于白桦林间，马蹄踏雪，', '铃声一路。□苏和 摄',
  '',
  '系就近医疗机构救治。',
  '',
  '北疆假日旅行社还为每个团配备了', '“暖心包”，暖宝宝、保温杯一应俱', '全。导游萨仁说，她带的团每到一', '个景点，第一件事就是清点人数。',
  '',
  '■冬日快讯',
  '',
  '红山村迎来首批研学团', '本报讯 1 月 10 日，来自外地的 80', '名中小学生抵达红山村，开启为期', '5 天的冬季研学之旅，学生们将走', '进驯鹿养殖基地。（记者 图雅）',
  '白河冰雪嘉年华开幕', '1 月 13 日，白河镇首届冰雪嘉年华', '在湿地公园开幕，设置冰滑梯、雪', '地碰碰车等 18 个游乐项目，游客', '和旅行社导游可免费入园。', '（王建）',
  '',
].join('\n')

test('untitled text after a photo item\'s credit resumes the paragraph the item interrupted mid-sentence', () => {
  const seg = segmentPage(photoInsidePage)
  expect(invariantProblems(photoInsidePage, seg)).toEqual([])
  const feature = articleOf(photoInsidePage, seg, '青河县旅游协会')
  expect(articleOf(photoInsidePage, seg, '系就近医疗机构')).toBe(feature)
  expect(articleOf(photoInsidePage, seg, '北疆假日旅行社')).toBe(feature)
  expect(articleOf(photoInsidePage, seg, '1 月 12 日，游客')).not.toBe(feature)
  // So the paragraph is closed before the brief column: no brief there takes it up.
  expect(articleOf(photoInsidePage, seg, '1 月 13 日，白河镇')).not.toBe(feature)
})

// Hard-wrapped: a paragraph's line ends in a quoted term ("一批“老大难”"), the line under it is
// short of the column and has no punctuation, then a dated brief interrupts; the paragraph resumes.
const quotedTermPage = [
  '“以前暖气不热，打电话不知道找', '谁，现在在群里说一声，社区和热力', '公司的人一块儿就来了。”居民王建', '说。据统计，入冬以来，白河街道已', '受理供热诉求 318 件，办结率 100%，', '群众满意率达 97.6%，一批“老大难”', '问题在楼栋里、在家门口就地化',
  '',
  '本报 11 月 2 日讯（记者 图雅）记者', '从青河燃气有限责任公司获悉，入冬', '以来，该公司组织 260 名安检员对全', '县 8 万户燃气用户开展入户安全检', '查，目前已完成 6 万户。',
  '',
  '解，不少居民专门给社区送来了锦旗', '和感谢信。',
  '',
].join('\n')

test('a line under running text that ends in a quoted term goes on with that text, not as a glued headline', () => {
  const seg = segmentPage(quotedTermPage)
  expect(invariantProblems(quotedTermPage, seg)).toEqual([])
  const story = articleOf(quotedTermPage, seg, '以前暖气不热')
  expect(articleOf(quotedTermPage, seg, '问题在楼栋里')).toBe(story)
  expect(fragmentText(quotedTermPage, seg, story, 'title')).toBe('')
  expect(articleOf(quotedTermPage, seg, '本报 11 月 2 日讯')).not.toBe(story)
})

// One paragraph per line: a dated story under a parallel phrase, its headline glued under its
// last paragraph; after a blank line a feature's heading over its byline and text.
const oneHeadingPage = [
  '草原开幕式',
  '',
  '本报青河7月11日电（记者 图雅）7月11日，青河县草原运动会在白河镇开幕，1200余名运动员将角逐9个项目。',
  '',
  '开幕式上，800多名演员带来马队方阵、长调演唱等节目，现场观众掌声不断。',
  '',
  '红山镇新建三座体育场',
  '',
  '本报讯（记者 李强）日前，红山镇三座体育场建成开放，居民在家门口就能打篮球、踢足球。',
  '',
  '白河镇举办牧民篮球赛',
  '',
  '本报讯（通讯员 王芳）7月8日，白河镇第五届牧民篮球赛落幕，16支球队参赛。',
  '',
  '全民健身 活力河畔',
  '',
  '本报7月12日讯（记者 苏和）傍晚时分，白河畔的健身步道上，跑步、骑行的市民络绎不绝，新建的社区健身驿站每天早6点到晚9点免费开放。',
  '',
  '近年来，青河县先后建成体育公园3个、社区健身驿站36个，让市民出门15分钟就能健身。',
  '据统计，今年上半年，青河县共举办群众性体育赛事47场，参与群众超过5万人次。',
  '白河畔学生健身热',
  '青河县织密“15分钟健身圈”',
  '',
  '摔跤进校园 草原少年练硬功',
  '',
  '□王建 李强',
  '',
  '“站稳脚跟，重心放低！”7月9日，在青河县第二中学体育馆，教练巴特尔正在给30多名学生上暑期摔跤课。',
  '',
  '2021年起，县摔跤协会在全县9所中小学开设摔跤课程，选派15名退役摔跤手担任兼职教练。',
  '',
].join('\n')

test('headlines glued under a text, then the heading over the next text\'s byline: an article takes one heading, so the first is the text before\'s', () => {
  const seg = segmentPage(oneHeadingPage)
  expect(invariantProblems(oneHeadingPage, seg)).toEqual([])
  const story = articleOf(oneHeadingPage, seg, '本报7月12日讯')
  const feature = articleOf(oneHeadingPage, seg, '“站稳脚跟')
  expect(story).not.toBe(feature)
  expect(articleOf(oneHeadingPage, seg, '白河畔学生健身热')).toBe(story)
  expect(articleOf(oneHeadingPage, seg, '青河县织密')).toBe(story)
  expect(fragmentText(oneHeadingPage, seg, feature, 'title').replace(/\s+/g, '')).toBe('摔跤进校园草原少年练硬功')
})

// One paragraph per line: a dated story stops mid-sentence; a banner phrase, another story's
// headline and text interrupt it; then it resumes.
const bannerPage = [
  '青河县老旧小区供热改造惠及1.2万户',
  '',
  '本报青河12月6日电（记者 图雅）今年以来，青河县把老旧小区供热管网改造列为民生实事，共改造管网36公里。',
  '',
  '县住房和城乡建设局负责人介绍，改造工程采取“先地下、后地上”的方式，与道路维修、雨污分流同步实',
  '',
  '同心共筑北疆梦',
  '',
  '白河镇热电联产项目首台机组并网',
  '',
  '本报讯（记者 李强）12月4日，白河镇热电联产项目首台机组顺利并网发电，每年可节约标准煤3万吨。',
  '',
  '施，居民在手机上就能查询室温、报修缴费，今年供热投诉量同比下降了42%。',
  '',
].join('\n')

test('a phrase of ideographs over another headline after an unfinished paragraph is no rest of its sentence', () => {
  const seg = segmentPage(bannerPage)
  expect(invariantProblems(bannerPage, seg)).toEqual([])
  const story = articleOf(bannerPage, seg, '本报青河12月6日电')
  expect(articleOf(bannerPage, seg, '施，居民在手机上')).toBe(story)
  expect(fragmentText(bannerPage, seg, story, 'body')).not.toContain('同心共筑北疆梦')
  expect(articleOf(bannerPage, seg, '本报讯（记者 李强）')).not.toBe(story)
})

test('the heading over a byline opening the text after starts under a subtitle that ends another heading', () => {
  const cases: [string[], number][] = [
    [['青河县第三十六届那达慕开幕', '——1268名搏克手同场竞技', '一座博物馆里的“草原记忆”', '□王建 李强'], 2],
    [['一座博物馆里的“草原记忆”', '——走进红山镇民俗博物馆', '□王建 李强'], 0],
    [['青河县第三十六届那达慕开幕', '一座博物馆里的“草原记忆”', '□王建 李强'], 0],
    [['青河县第三十六届那达慕开幕', '——1268名搏克手同场竞技'], -1],
  ]
  // Printed with no blank lines, under paragraphs of a paragraph-per-line page.
  const paragraphs = Array.from({ length: 12 }, (_, i) => `第${i + 1}段，青河县的牧民今年在白河镇的草场上新建了暖棚和储草库，冬季转场的压力小了许多。`)
  for (const [lines, start] of cases) {
    const raw = [...paragraphs, ...lines].join('\n') + '\n'
    const units = classifyBlocks(splitLines(raw), raw).slice(paragraphs.length)
    expect(units.map((u) => u.block.norm), raw).toEqual(lines.map((l) => l.replace(/\s+/g, '')))
    expect(headingOverByline(units), raw).toBe(start)
  }
})

test('after a photo report\'s credit ("…摄影报道") text is the report\'s own; after a plain photo credit it resumes the story the photo interrupted', () => {
  for (const [credit, resumes] of [['□苏和 摄', true], ['□本报记者 图雅 摄影报道', false]] as const) {
    const raw = ['合作社也在沙地上办起田间课堂，每亩梭梭接种肉苁', '', credit, '', '“过去各家自己剪，费时费力，总卖不上价。”合作社负责人说。', ''].join('\n')
    const units = classifyBlocks(splitLines(raw), raw)
    const [story, byline, text] = units
    expect(byline.photoCredit, credit).toBeTruthy()
    const open = newDraft('test')
    open.parts.push({ unit: story, role: 'body' })
    const co = new Cohesion([story.block.norm, text.block.norm])
    const resumed = resumedAfterCluster([open], text, [byline], null, new Set(), co, () => co.bag([]))
    expect(resumed, credit).toBe(resumes ? open : null)
  }
})

test('a page folio: the date with its weekday, the page or issue number, alone on a line', () => {
  const table: [string, boolean][] = [
    ['2024年7月16日星期二', true],
    ['2023年6月15日', true],
    ['星期四', true],
    ['08', true],
    ['4', true],
    ['第4版', true],
    ['第386期', true],
    ['2024年7月16日，', false],
    ['12.6', false],
    ['第十届', false],
    ['4月', false],
  ]
  for (const [norm, folio] of table) expect(isFolio(norm), norm).toBe(folio)
  expect(isEditorialCredit('本版邮箱：banmian@example.com')).toBe(true)
  expect(isEditorialCredit('责任编辑：王建版式策划：李强')).toBe(true)
})

test('folio lines above the page\'s first text are noise; the page\'s section name under them is still found', () => {
  const raw = ['2024 年 7 月 16 日 星期二', '', '08', '', '要闻', '', '本报青河7月15日电（记者 图雅）7月15日，青河县第十届草原运动会在白河镇开幕，1200余名运动员参赛。', '', '开幕式上，800多名演员带来马队方阵等节目，现场观众掌声不断。', '', '责任编辑：王 建 版式策划：李强', '本版邮箱：banmian@example.com', ''].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const noise = seg.noise.map((n) => raw.slice(n.start, n.end))
  expect(noise).toEqual(expect.arrayContaining(['2024 年 7 月 16 日 星期二', '08', '要闻']))
  expect(noise.join('\n')).toContain('本版邮箱')
  expect(seg.articles).toHaveLength(1)
})

test('a whole paragraph repeated from text printed earlier as two paragraphs is a duplicate', () => {
  const item = ['日前，青河县启动 2023 年草原有害生物普查工作，组织 12 支', '普查小组，对全县 100 多万亩草原的鼠害、虫害分布情况开展调']
  const rest = ['查。据悉，普查工作将持续到 8 月底，结果将纳入监测预警数据库。']
  const raw = ['普查开始了', '', ...item, '', ...rest, '（图雅）', '', '责任编辑：王建', '', ...item, ...rest, ''].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const copy = raw.lastIndexOf('日前，青河县')
  expect(seg.noise.some((n) => n.start <= copy && copy < n.end && n.role === 'duplicate')).toBe(true)
  expect(seg.articles).toHaveLength(1)
})
