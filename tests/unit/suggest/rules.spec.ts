import { test, expect } from '@playwright/test'
import { createSuggester } from '../../../src-main/suggest'
import { MIN_SUGGESTED_SCORE } from '../../../src-main/suggest/combine'
import { isPlaceName } from '../../../src-main/suggest/dictionaries/gazetteer'
import { ruleAndDictionarySpans } from '../../../src-main/suggest/layers'
import { creditPersons, datelinePlaces } from '../../../src-main/suggest/rules/credits'
import { headedNames } from '../../../src-main/suggest/rules/named-entities'
import { isHanName, isTransliteratedName, splitCreditedNames } from '../../../src-main/suggest/rules/person-names'
import { roleContextPersons } from '../../../src-main/suggest/rules/role-context'
import { taggedPersons } from '../../../src-main/suggest/rules/tagged-persons'
import { buildPageView } from '../../../src-main/suggest/text/page-view'
import { tokenIndexByChar, tokenize } from '../../../src-main/suggest/text/tokens'

const found = (text: string, spans: { start: number; end: number; label?: string }[]) => spans.map((s) => text.slice(s.start, s.end))
/** Rule spans of one label the layers find in `raw` (text of the page view). */
const ruleSpans = (raw: string, labels: string[]) => {
  const view = buildPageView(raw)
  return ruleAndDictionarySpans(view, tokenize(view.text)).filter((s) => s.source === 'rule' && labels.includes(s.label))
    .map((s) => `${view.text.slice(s.start, s.end)}/${s.label}`)
}

test.describe('name shapes', () => {
  const cases: [string, boolean, boolean][] = [
    ['王小明', true, false], ['欧阳春晓', true, false], ['王', false, false], ['王大小明', false, false],
    ['苏和巴特尔', false, true], ['其其格', false, true], ['工作会议', false, false],
  ]
  for (const [s, han, translit] of cases) test(s, () => {
    expect(isHanName(s)).toBe(han)
    expect(isTransliteratedName(s)).toBe(translit)
  })
})

test.describe('persons from jieba tags need support besides the tag', () => {
  const cases: [string, string[]][] = [
    ['像赵春梅这样的志愿者还有很多。', ['赵春梅']], // a comparison
    ['钱晓东昨天发言。下午钱晓东又来了。', ['钱晓东', '钱晓东']], // an unknown word seen twice
    ['钱晓东昨天在会上发言。', []], // the tag alone
    ['群众提出的金点子被采纳。', []], // a common word jieba tags as a person
    ['局地出现沙尘暴天气。', []],
    ['他获得了纪念章。', []],
    ['王老和胡某来了。', []], // forms of address
  ]
  const suggested = (text: string) => taggedPersons(text, tokenize(text), new Uint8Array(text.length)).filter((s) => s.score >= MIN_SUGGESTED_SCORE)
  for (const [text, names] of cases) test(text, () => expect(found(text, suggested(text))).toEqual(names))
  test('an unsupported name stays a feature for the model', () => {
    const text = '钱晓东昨天在会上发言。'
    expect(taggedPersons(text, tokenize(text), new Uint8Array(text.length)).map((s) => s.score < MIN_SUGGESTED_SCORE)).toEqual([true])
  })
  test('never inside a place the dictionaries found', () => {
    const text = '像赵春梅这样的志愿者还有很多。'
    expect(taggedPersons(text, tokenize(text), new Uint8Array(text.length).fill(1, 1, 4))).toEqual([])
  })
})

test.describe('credited names are cut at spaces and wrapped lines', () => {
  const cases: [string, string[]][] = [
    ['记者 王小明 张丽', ['王小明', '张丽']],
    ['记者 苏和巴\n特尔', ['苏和巴特尔']],
    ['记者 赵\n文博', ['赵文博']],
    ['记者 乌兰图雅\n孙丽娜', ['乌兰图雅', '孙丽娜']],
    ['记 者 王 小 明', ['王小明']],
    ['记者 王小明张丽娟', ['王小明', '张丽娟']],
  ]
  for (const [raw, names] of cases) {
    test(JSON.stringify(raw), () => {
      const view = buildPageView(raw)
      const start = 2
      const seg = { text: view.text.slice(start), start, gap: view.gap.slice(start) }
      expect(found(view.text, splitCreditedNames(seg))).toEqual(names)
    })
  }
})

test.describe('credit lines', () => {
  const cases: [string, string[]][] = [
    ['本报赤峰 3 月 2 日电 （记者 王小明 实习生 张丽）春耕开始了。', ['王小明', '张丽']],
    ['□本报记者 苏和巴特尔\n\n春天到了，', ['苏和巴特尔']],
    ['本报记者 李建国 通讯员 其其格 摄', ['李建国', '其其格']],
    ['（记者 乌兰图雅\n孙丽娜）本市', ['乌兰图雅', '孙丽娜']],
    ['记者看到，草场返青了。', []],
    ['□文/丁晓楠 图/贺军\n\n走进校园，', ['丁晓楠', '贺军']], // 文/ and 图/
    ['亩产提高了一成。（张文 丁一凡）\n\n下一篇', ['张文', '丁一凡']], // names alone in brackets closing a paragraph
    ['收入增加。（完）\n\n下一篇', []],
    ['牧民在草原上放牧。\n\n其木格 宁海燕 摄\n\n下一篇', ['其木格', '宁海燕']], // a photo credit without a credit word
    ['去年他开始学习拍摄\n\n下一篇', []],
    ['□王建军 李小红\n\n春天到了。', ['王建军', '李小红']], // a byline of bare names
    ['本报讯 记者张三丰 通讯员李四海 近日，全市开展活动。', ['张三丰', '李四海']], // a bare credit after the dateline
  ]
  for (const [raw, names] of cases) test(raw, () => {
    const view = buildPageView(raw)
    expect(found(view.text, creditPersons(view))).toEqual(names)
  })

  const datelines: [string, string[]][] = [
    ['本报赤峰 3 月 2 日电 （记者 王小明）', ['赤峰']],
    ['本报鄂尔多斯 3 月 14 日讯 （记者 乌日娜）', ['鄂尔多斯']],
    ['本报讯（记者 乌日娜）', []],
    ['本报记者 高小红 通讯员 巴雅尔 摄', []], // 通讯员 holds 讯 but is no dateline
    ['东胜讯 近日，全区开展植树活动。', ['东胜']], // a local paper's dateline
    ['本报讯 内蒙古电力公司近日发布消息。', []],
    ['喜讯传来，全村欢腾。', []],
  ]
  for (const [raw, places] of datelines) test(`dateline ${raw}`, () => {
    const view = buildPageView(raw)
    expect(found(view.text, datelinePlaces(view, isPlaceName))).toEqual(places)
  })
})

test.describe('role context', () => {
  const cases: [string, string[]][] = [
    ['嘎查党支部书记苏和巴特尔说，今年雨水好。', ['苏和巴特尔']],
    ['合作社理事长王建军介绍了情况。', ['王建军']],
    ['牧民其其格告诉记者，羊羔长势很好。', ['其其格']],
    ['张丽娟表示，将继续努力。', ['张丽娟']],
    ['居民幸福指数不断提升。', []],
    // the name ends where the next word starts, not two or three characters on
    ['局长王强调研时表示。', ['王强']],
    ['旗长刘振华强调研究制定方案。', ['刘振华']],
    ['社区主任马丽娟住在三楼。', ['马丽娟']], // jieba glues 住 to the name
    ['患者贺春花说，看病方便多了。', ['贺春花']],
    ['党员干部清理了楼道。', []], // 干部|清理, two words
    ['市民平均满意率达到98%。', []],
    ['居民幸福感明显提升。', []], // 感 is hardly ever in a given name
    // a name without a Han surname over a Han reading of its first characters
    ['副主席苏雅拉图介绍，活动将持续一年。', ['苏雅拉图']],
    ['党支部书记乌云其木格带着大家成立了合作社。', ['乌云其木格']],
    ['牧民巴音骑着枣红马夺得第一。', ['巴音']],
    // roles: plural, an age, kin, nouns ending like a role, a list, a place after the role
    ['牧民们在草原上赛马。', []],
    ['93岁的于秀兰老人精神矍铄。', ['于秀兰']],
    ['老人的女儿钱丽华握着民警的手。', ['钱丽华']],
    ['护边员吉日木图已经巡逻了十年。', ['吉日木图']],
    ['美国总统克林顿访问中国。', ['克林顿']],
    ['村民张桂香、李晓峰、何建国都加入了合作社。', ['张桂香', '李晓峰', '何建国']],
    ['学员赴和林格尔县开展现场教学。', []],
    // function words and adverbs that are also surnames, roles inside longer words, words read as names
    ['中国游泳选手和教练员参加比赛。', []],
    ['公司员工都称赞总经理。', []],
    ['欧盟成员国国内生产总值增长。', []],
    ['技术人员智慧的结晶。', []],
    ['向客户提供新的贷款方式。', []],
    // a surname jieba left on its own before the given name
    ['他笑了。”尚玉兰说。', ['尚玉兰']],
  ]
  for (const [text, names] of cases) test(text, () => {
    const view = buildPageView(text)
    const tokens = tokenize(view.text)
    const places = new Uint8Array(view.text.length)
    const at = view.text.indexOf('和林格尔县')
    if (at >= 0) places.fill(1, at, at + 5)
    const spans = roleContextPersons(view, tokens, tokenIndexByChar(tokens, view.text.length), places, new Uint8Array(view.text.length))
    expect(found(view.text, spans)).toEqual(names)
  })
  test('credited names are left to the credit line', () => {
    const view = buildPageView('（记者 乌日根\n孙丽娜）')
    const tokens = tokenize(view.text)
    const credited = new Uint8Array(view.text.length).fill(1, 2, 8)
    expect(roleContextPersons(view, tokens, tokenIndexByChar(tokens, view.text.length), new Uint8Array(view.text.length), credited)).toEqual([])
  })
})

test.describe('organisations and facilities by head word', () => {
  const cases: [string, string[]][] = [
    ['近日，赤峰市红山区人民医院开展义诊。', ['赤峰市红山区人民医院/ORG']],
    ['阿拉善盟阿拉善左旗巴彦浩特镇党委组织了学习。', ['阿拉善盟阿拉善左旗巴彦浩特镇党委/ORG']],
    ['他向呼和浩特海关提交了材料。', ['呼和浩特海关/ORG']],
    ['自治区农牧厅发布通知。', ['自治区农牧厅/ORG']],
    ['该公司产品远销海外。', []],
    ['形成了发展新格局。', []],
    ['从鄂尔多斯机场出发。', ['鄂尔多斯机场/LOC']],
    // 和 and brackets inside the name
    ['记者从自治区住房和城乡建设厅获悉。', ['自治区住房和城乡建设厅/ORG']],
    ['展销会由集宁区工业和信息化局主办。', ['集宁区工业和信息化局/ORG']],
    ['赤峰市林业和草原局、包头市政务服务与数据管理局发布通知。', ['赤峰市林业和草原局/ORG', '包头市政务服务与数据管理局/ORG']],
    ['赤峰市政府和北辰公司签约。', ['赤峰市政府/ORG', '北辰公司/ORG']], // 和 between two names
    ['北辰新能源（内蒙古）有限公司投产。', ['北辰新能源（内蒙古）有限公司/ORG']],
    // short and uncommon heads
    ['赤峰市妇联、满洲里市消防救援支队和锡林郭勒盟财政局参加。', ['赤峰市妇联/ORG', '满洲里市消防救援支队/ORG', '锡林郭勒盟财政局/ORG']],
    ['呼和浩特市委党校开班。', ['呼和浩特市委党校/ORG']],
    ['中国农业银行内蒙古分行签约。', ['中国农业银行内蒙古分行/ORG']],
    ['二连浩特边境管理大队民警巡逻。', ['二连浩特边境管理大队/ORG']],
    // a police unit named by its officers, under its bureau; alone it is generic
    ['通辽市公安局交警支队民警执勤。', ['通辽市公安局交警支队/ORG']],
    ['乌海市公安局特警支队开展演练。', ['乌海市公安局特警支队/ORG']],
    ['交警大队的民警在路口执勤。', []],
    ['包头稀土高新区管委会副主任讲话。', ['包头稀土高新区管委会/ORG']],
    ['乌兰察布市扶贫办主任讲话。', ['乌兰察布市扶贫办/ORG']],
    ['二连浩特边检站民警执勤。', ['二连浩特边检站/ORG']],
    ['赤峰市红十字会捐赠物资。', ['赤峰市红十字会/ORG']],
    ['该旗举办了那达慕，反对大操大办。', []],
    ['松山区卫生健康委员会主任讲话。', ['松山区卫生健康委员会/ORG']], // adjectives inside an office's name
    ['由北辰集团投资建设。', ['北辰集团/ORG']], // a function character jieba glued to the name
    // generic offices name no one
    ['村党支部很重视。', []],
    ['嘎查党支部、旗委组织部都很重视。', []],
    ['县农牧局高级农艺师下乡指导。', []],
    ['46所中小学开设非遗课程。', []],
    ['全旗乡镇卫生院都配备了设备。', []],
    ['社区卫生服务中心开展义诊。', []],
    ['边境派出所是第一道防线。', []],
    ['两国政府签订协议。', []],
    ['河中心突然传来响声。', []], // one character is no proper name
    ['旗文化旅游体育局局长讲话。', []],
    // brands before an industry word, never a place's industry
    ['北辰乳业董事长讲话。', ['北辰乳业/ORG']],
    ['内蒙古乳业发展迅速。', []],
    // where a place's name starts and ends
    ['项目落户鄂尔多斯市准格尔旗大路工业园区。', ['大路工业园区/LOC']],
    ['游客在呼和浩特市土默特左旗敕勒川草原放风筝。', ['敕勒川草原/LOC']],
    ['游客从包头市九原区黄河湿地公园出发。', ['黄河湿地公园/LOC']],
    ['在通辽社区的大街小巷。', []],
    ['二连浩特公路口岸货运繁忙。', ['二连浩特公路口岸/LOC']],
    ['乌兰木伦湖迎来候鸟。', ['乌兰木伦湖/LOC']],
    ['乡村振兴有了新面貌。', []],
    ['本报讯 北辰乳业在和林格尔县开工。', ['北辰乳业/ORG']],
  ]
  for (const [text, expected] of cases) test(text, () => expect(ruleSpans(text, ['ORG', 'LOC'])).toEqual(expected))

  test('a name never runs over a credited person', () => {
    const text = '本报记者王小明摄影报道赤峰站'
    const tokens = tokenize(text)
    const persons = new Uint8Array(text.length).fill(1, 4, 7)
    const isCity = (s: string) => s === '赤峰'
    expect(found(text, headedNames(text, tokens, [{ start: 11, end: 13 }], persons, isCity))).toEqual(['赤峰站'])
  })
  test('a station follows a city, not a village', () => {
    const text = '新华村站'
    expect(found(text, headedNames(text, tokenize(text), [{ start: 0, end: 3 }], new Uint8Array(text.length), () => false))).toEqual([])
  })
})

test('no suggestion runs from a banner or a short line over a blank line into the text', () => {
  const s = createSuggester()
  for (const raw of ['社会·民生\n\n老旧小区加装电梯', '广告\n\n江滨日报社承办']) {
    for (const e of s.suggest(raw)) expect(raw.slice(e.start, e.end)).not.toContain('\n\n')
  }
})

// Generic phrases before a head are no names: a determiner's phrase, a unit with a locative, a
// generic modifier; a bank named after its county keeps its 农村. Invented texts.
const generic: readonly (readonly [string, string[]])[] = [
  ['今年全市改造老旧小区120个。', []],
  ['每处水窖政府补贴5000元。', []],
  ['旗里组织保险公司上门服务。', []],
  ['在城镇社区，网格员上门服务。', []],
  ['青川县农村商业银行发放贷款。', ['青川县农村商业银行/ORG']],
  // Libraries are institutions; employment offices hold their verb.
  ['青川市图书馆推出冬季阅读活动。', ['青川市图书馆/ORG']],
  ['青川市公共就业服务中心组织招聘会。', ['青川市公共就业服务中心/ORG']],
  ['社区图书馆开放了。', []],
  // A quantity or an administrative level before the head makes a kind, not a name; numerals in a brand stay.
  ['锡林郭勒盟30余所中小学开设冰雪课。', ['锡林郭勒盟/LOC']],
  ['赤峰市两级法院审结案件。', ['赤峰市/LOC']],
  ['盟级医院的专家来了。', []],
  ['商都县高级中学开学了。', ['商都县高级中学/ORG']],
  ['包头三德电池材料有限公司投产。', ['包头三德电池材料有限公司/ORG']],
  // A party committee whose head shares the place's last glyph, inside jieba's word with the office.
  ['清水河县委书记表示，要抓好落实。', ['清水河县委/ORG']],
]
for (const [text, want] of generic) {
  test(`generic phrases before a head: ${text}`, () => {
    expect(createSuggester().suggest(text).map((e) => `${text.slice(e.start, e.end)}/${e.label}`)).toEqual(want)
  })
}
