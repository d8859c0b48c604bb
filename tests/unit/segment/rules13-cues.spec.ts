// Tests of the rules changed in SEGMENTER_VERSION rules-13, each for a phenomenon the held-out sets
// showed (heldout-35's first look). Texts invented; one test reads a held-out page.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { startsMidClause } from '../../../src-main/segment/grouping'
import { articleOf, fragmentText, invariantProblems } from './fixtures'

const title = (raw: string, seg: ReturnType<typeof segmentPage>, text: string) => fragmentText(raw, seg, articleOf(raw, seg, text), 'title').replace(/\s+/g, '')

// A hard-wrapped page ending in a feature with its own head (headline, subtitle, a byline of bare
// names) under a stack of other stories' headlines.
const stackPage = [
  '本报青河4月8日电（记者 苏和）', '4月1日起，青河县全面启动今年草', '原春季休牧，全县62万亩可利用草', '原陆续进入休牧期，休牧期不少于', '45天。县林草局在主要路口设立临', '时检查点12处，对违规放牧行为发', '现一起、制止一起，同时为休牧',
  '',
  '补播忙',
  '',
  '4月6日，白河镇的牧民在退化草场', '上补播羊草种子，补播后的草场将', '实行3年禁牧。', '本报记者 图雅 摄',
  '',
  '牧户发放饲草料补贴，每亩补助1.5', '元，确保休牧期间牲畜不掉膘。', '“补贴拿到手，羊也饿不着。”牧', '民王建说。',
  '',
  '本报讯（记者 李强）连日来，白河', '镇草原站的技术人员分赴全镇18个', '监测样地，开展牧草返青期动态监', '测。截至4月7日，全镇牧草返青', '面积已达30万亩，返青时间较常年', '提前5天左右。',
  '',
  '青河县草原春季休牧全面启动',
  '',
  '护好一片绿 守住一方富',
  '',
  '白河镇牧草返青较常年提前5天',
  '',
  '草原上的“守望者”',
  '——记白河镇生态管护员巴特尔',
  '',
  '□赵海峰 刘 晓东',
  '',
  '凌晨5点，天刚蒙蒙亮，巴特尔就', '骑上摩托车出了门，开始一天的巡', '护。今年52岁的他已经在这片草原', '上守了13个年头。',
  '',
].join('\n')

test('a headline stack reaches past a photo item printed inside the texts: each headline goes to the untitled text it reads like (heldout-35a)', () => {
  const raw = fs.readFileSync(path.join(__dirname, '../../fixtures/segment-eval/heldout-35/eval_h35a_grass_wrapped.txt'), 'utf8')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  // The first story is interrupted by a photo item, then a second story; their headlines are printed together after both.
  expect(title(raw, seg, '本报锡林浩特')).toBe('春季休牧全面启动锡林郭勒盟1.62亿亩草原进入春季休牧期')
  expect(title(raw, seg, '本报讯 （记者 乌日罕')).toBe('西乌珠穆沁旗牧草返青较常年提前5天')
})

test('□ and two bare names, one broken by a stray space, sign the feature under its head', () => {
  const seg = segmentPage(stackPage)
  const feature = articleOf(stackPage, seg, '凌晨5点')
  expect(articleOf(stackPage, seg, '□赵海峰')).toBe(feature)
  expect(seg.articles[feature].bylines).toEqual(['赵海峰', '刘晓东'])
  expect(title(stackPage, seg, '凌晨5点')).toBe('草原上的“守望者”——记白河镇生态管护员巴特尔')
})

test('a parallel phrase printed right over text continued from another page is its jump headline, not a slogan', () => {
  const raw = [
    '本报讯（记者 图雅）近日，青河县召开', '禁牧区生态补偿推进会，部署今年禁牧', '补助资金发放工作。', '',
    '县林草局局长王建介绍，全县今年共发', '放禁牧补助资金3800万元。', '',
    '禁牧补助资金足额发放',
    '',
    '禁牧不禁富 牧民有奔头',
    '（上接第一版）户均增收1.2万元。在', '白河镇，牧民图雅在禁牧区外的舍饲', '棚圈里养起了肉羊，一年出栏200多', '只。', '',
    '“禁牧以后，草场一年比一年好，收入', '也没少。”图雅说。',
    '“空中哨兵”巡草原',
    '4月5日，青河县林草部门工作人员在', '禁牧区操作无人机开展巡护，巡护人', '员通过回传画面可实时掌握牲畜活动', '情况。（苏和 摄）',
    '',
    '白河镇“招鹰”控鼠护草场',
    '',
    '本报讯（记者 李强）近日，白河镇启', '动春季草原鼠害生物防治，在草场立', '起招鹰架80个，引来猛禽捕食害鼠。', '',
    '“化学药物灭鼠容易误伤其他动物，招', '鹰控鼠既环保又省钱。”镇草原站站长', '王建说。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(title(raw, seg, '（上接第一版）')).toBe('禁牧不禁富牧民有奔头')
  expect(seg.noise.some((n) => raw.slice(n.start, n.end).includes('禁牧不禁富'))).toBe(false)
  // So the continuation has its headline, and the one glued under its end heads the photo item.
  expect(title(raw, seg, '4月5日，青河县')).toBe('“空中哨兵”巡草原')
  expect(articleOf(raw, seg, '4月5日，青河县')).not.toBe(articleOf(raw, seg, '（上接第一版）'))
})

test('on a paragraph-per-line page, a headline after an untitled photo item\'s credit, reading more like its caption, is its, not the dated text\'s under it', () => {
  const raw = [
    '■城乡·镜头', '',
    '青河镇举办冬季那达慕', '',
    '本报讯（记者 图雅）1月5日，青河镇冬季那达慕在白音湖冰面开幕，来自全镇12个嘎查的300余名牧民参加了赛马、搏克等比赛。', '',
    '草原上的小骑手', '',
    '1月6日，青河镇少年骑手在雪原上策马奔驰。近年来，青河镇组建少年马术队，每年冬季开展雪地赛马训练。本报记者 图雅 摄', '',
    '1月8日，白河镇中心校的学生在校园冰场上练习速滑。学校利用操场浇筑冰场两块，开设速滑、冰壶等冰雪课程，全校学生每周上两节冰雪体育课。',
    '□苏和 摄影报道', '',
    '冰雪课程进校园', '',
    '本报青河1月9日电（记者 李强）近日，青河县为乡村教师新建周转宿舍120套，让在偏远嘎查任教的年轻教师住得安心。', '',
    '县教育局局长王建介绍，周转宿舍配齐了家具家电，今年还将再建80套。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(title(raw, seg, '1月8日，白河镇中心校')).toBe('冰雪课程进校园')
  expect(title(raw, seg, '本报青河1月9日电')).toBe('')
})

test('a banner over a heading and its byline starts no column when the text after has its own jump headline: the heading is in a stack', () => {
  const raw = [
    '本报青河3月19日电（记者 苏和）近日，青河县为乡村教师新建周转宿舍1260套，让在偏远嘎查任教的年轻教师住得安心。', '',
    '县教育局局长王建介绍，周转宿舍配齐了家具家电，乡村教师拎包即可入住，今年全县还将再建周转宿舍300套。', '',
    '本报白河3月18日讯 走进白河区实验小学的后厨，操作间的摄像头把切配、烹饪的每个环节实时传到监管平台，家长用手机就能查看。', '',
    '白河区市场监管局介绍，全区87所学校食堂已全部接入智慧监管平台，今年将实现中小学校全覆盖。', '',
    '让乡村教师“留得住、教得好”',
    '青河县建成教师周转宿舍1260套', '',
    '■盟市·教育动态', '',
    '智慧监管守护校园“舌尖安全”',
    '——白河区87所学校食堂接入智慧监管平台',
    '□图门 刘畅', '',
    '全区教育系统部署新学期重点工作',
    '（上接第一版）育人质量。会议要求，各盟市要推进义务教育优质均衡发展，扩大优质教育资源覆盖面。', '',
    '会议强调，要深化职业教育产教融合，办好人民满意的教育。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(title(raw, seg, '本报青河3月19日电')).toBe('让乡村教师“留得住、教得好”青河县建成教师周转宿舍1260套')
  expect(title(raw, seg, '本报白河3月18日讯')).toBe('智慧监管守护校园“舌尖安全”——白河区87所学校食堂接入智慧监管平台')
  expect(title(raw, seg, '（上接第一版）')).toBe('全区教育系统部署新学期重点工作')
})

test('bulleted items under a brief column\'s banner start an article of their own, never the rest of an earlier story they share words with', () => {
  const raw = [
    '本报青河4月8日电（记者 苏和）4月1', '日起，青河县全面启动草原春季休牧，', '全县62万亩草原进入休牧期。县草原', '监督管理局组建巡查队伍，对休牧草', '场实行网格化巡查，发现违规放牧行', '为一起、制止一起。', '',
    '青河县草原春季休牧全面启动', '',
    '本报讯（记者 李强）近日，白河镇启', '动春季草原鼠害生物防治，在草场立', '起招鹰架80个，引来猛禽捕食害鼠。', '',
    '白河镇“招鹰”控鼠护草场', '',
    '·草原简讯·', '',
    '▲近日，青河县草原监督管理局开展', '春季草原执法检查，共走访牧户186', '户，发放禁牧休牧政策明白纸1500余', '份，查处违规放牧案件4起。（图雅）', '',
    '▲连日来，白河镇组织草原生态管护', '员开展禁牧巡护业务培训，培训结束', '后还组织了现场考核。（王建）', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const briefs = articleOf(raw, seg, '▲近日')
  expect(briefs).not.toBe(articleOf(raw, seg, '本报青河4月8日电'))
  expect(briefs).not.toBe(articleOf(raw, seg, '本报讯（记者 李强）'))
})

test('a short line glued under a paragraph and over the jump marker sending it to another page is that paragraph\'s end, not a headline', () => {
  const raw = [
    '■交通·关注', '',
    '深化“四好农村路”建设', '青河县今年将新改建', '农村公路210公里', '',
    '本报青河5月14日电 （记者 苏和）记', '者从青河县交通运输局获悉，今年全', '县计划投资3.8亿元，新改建农村公', '路210公里，实施危桥改造16座。', '',
    '据悉，今年青河县还将把12条“旅游', '路”“产业路”纳入示范创建项目库，', '推动农村公路由“通起来”',
    '向“好起来”',
    '■下转第6版', '',
    '雨后抢通保安全', '',
    '5月10日，白河镇公路养护站的工人', '在清理被强降雨冲毁的路基土石，当', '晚恢复了双向通行。', '本报记者 图雅 摄', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  const story = articleOf(raw, seg, '本报青河5月14日电')
  expect(articleOf(raw, seg, '向“好起来”')).toBe(story)
  expect(fragmentText(raw, seg, story, 'body')).toContain('向“好起来”')
  expect(title(raw, seg, '本报青河5月14日电')).toBe('深化“四好农村路”建设青河县今年将新改建农村公路210公里')
})

test('a headline glued under a finished paragraph may end its first line in a quoted term: both lines are the headline', () => {
  const raw = [
    '本报讯 记者 李强 通讯员 王建', '近日，白河县交通运输局与青河物流', '公司签订农村物流服务合作协议，在', '全县12个苏木乡镇开通物流共配线', '路。', '',
    '“过去寄一箱羊肉到城里，得先开车', '到旗里，现在嘎查服务点就能收。”', '养殖户赵二虎说，他已经通过服务点', '寄出了60多单。',
    '白河农村物流“一车多送”',
    '快递进村提速', '',
    '本报青河5月9日电（记者 苏和）近日，', '青河县首条城乡公交线路正式开通，', '全长46公里，每天往返12个班次。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(title(raw, seg, '近日，白河县交通运输局')).toBe('白河农村物流“一车多送”快递进村提速')
  expect(fragmentText(raw, seg, articleOf(raw, seg, '近日，白河县交通运输局'), 'body')).not.toContain('一车多送')
})

test('the words a news report opens with (近日，日前，连日来，) are no clause\'s tail; two other glyphs and a comma still may be (据悉，opens later paragraphs too)', () => {
  const table: [string, boolean][] = [
    ['近日，白河县农商银行为青河物流公司办理跨境结算。', false],
    ['日前，青河县召开座谈会。', false],
    ['连日来，白河镇组织管护员培训。', false],
    ['气，今年一季度客流增长两成。', true],
    ['据悉，该旗已建成项目11个。', true],
  ]
  for (const [text, tail] of table) expect(startsMidClause(text), text).toBe(tail)
})

test('at the page top too, a parallel phrase right over text continued from another page is its jump headline, not the page\'s slogan', () => {
  const raw = [
    '■乡村·振兴', '',
    '禁牧不禁富 牧民有奔头',
    '（上接第一版）户均增收1.2万元。在白河镇，牧民图雅在禁牧区外的舍饲棚圈里养起了肉羊，一年出栏200多只。', '',
    '“禁牧以后，草场一年比一年好，收入也没少。”图雅说。', '',
    '青河县冬季那达慕开幕', '',
    '本报讯（记者 苏和）1月5日，青河县冬季那达慕在白音湖冰面开幕，300余名牧民参加了赛马、搏克等比赛。', '',
  ].join('\n')
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  expect(title(raw, seg, '（上接第一版）')).toBe('禁牧不禁富牧民有奔头')
  expect(seg.noise.map((n) => raw.slice(n.start, n.end))).toEqual(['■乡村·振兴'])
})
