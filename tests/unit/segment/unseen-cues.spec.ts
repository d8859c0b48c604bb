// Table-driven tests of the rules for phenomena the shared pages lack (issue 12): articles taken
// up again after an interruption (1), subheadings and broken lines inside a story (2, 3),
// headline stacks (4), units smaller than a line (5), jump headlines glued to their
// continuation (6), credits (7), glued headlines (8), column banners (9). All texts invented.
import { expect, test } from '@playwright/test'
import { segmentPage } from '../../../src-main/segment'
import { isBannerShaped } from '../../../src-main/segment/classify'
import { startsMidClause } from '../../../src-main/segment/grouping'
import { makeBlock, splitLines } from '../../../src-main/segment/lines'
import { splitAtOpeners, tailCut } from '../../../src-main/segment/pieces'
import { bylineNames, isBareNameByline, isBylineOnly } from '../../../src-shared/text/credits'
import { bareCredit } from '../../../src-shared/text/datelines'
import { invariantProblems, lineOf } from './fixtures'
import { cases } from '../../support/cases'


// 7: □ and bare names; names ending in a role character; credits without parentheses.
cases('isBareNameByline', [
  ['□乌云 特古斯', true],
  ['□陶家宝 文/图', true],
  ['□王建军', true],
  ['乌云 特古斯', false],
  ['□春风吹绿了河谷两岸', false],
  ['□甲乙 丙丁 戊己 庚辛 壬癸', false],
  // every glyph spaced out: one name
  ['□ 乌 兰 图 雅', true],
  ['□ 春 风 吹 绿 了 河 谷', false],
  // a stray space inside one of the names
  ['□刘建军 张 蕾', true],
], isBareNameByline)

cases('isBylineOnly with the raw spaces', [
  ['□乌云 特古斯', true],
  ['□本报记者 王建军', true],
  ['□春风吹绿了河谷两岸', false],
], (raw) => isBylineOnly(raw.replace(/\s+/g, ''), raw))

cases('bylineNames', [
  ['记者 宝力图 实习生 刘小禾', ['宝力图', '刘小禾']],
  ['本报记者 张一帆 摄', ['张一帆']],
  ['本报记者张一帆摄影报道', ['张一帆']],
  ['□陶家宝 苏雅 文/图', ['陶家宝', '苏雅']],
  ['文/图 方知远', ['方知远']],
  ['本 报 记 者 周 立 新 摄', ['周立新']],
  ['记者 那顺图 通讯员 李成文', ['那顺图', '李成文']],
], bylineNames)

const credit = (s: string) => {
  const from = s.search(/讯|电/) + 1
  const c = bareCredit(s, from, s.length)
  return c && s.slice(c.start, c.end)
}
cases('bareCredit', [
  ['本报讯 记者张一帆 通讯员李小满 近日，河谷镇举办了农民丰收节。', '记者张一帆 通讯员李小满'],
  ['本报讯 记者 宝力图 刘小禾 通讯员 方知远 近\n日，河谷镇举办了农民丰收节。', '记者 宝力图 刘小禾 通讯员 方知远'],
  ['本报讯（记者 张一帆）近日，河谷镇举办了农民丰收节。', null],
  ['本报讯 记者从河谷镇获悉，丰收节将于下月举办。', null],
  ['本报讯记者张一帆 近日，河谷镇举办了农民丰收节。', null],
  ['本报讯 实习记者 刘小禾 通讯员 方知远 入夜，河谷镇灯火通明。', '实习记者 刘小禾 通讯员 方知远'],
], credit)

// 5: where a caption line ends in a credit or in the next item's headline.
cases('tailCut', [
  ['市民在冰场上体验滑冰。 本报记者 张一帆 摄', '本报记者 张一帆 摄'],
  ['树枝上挂满冰花，宛如童话世界。本报记者 李小满 摄', '本报记者 李小满 摄'],
  ['活动将持续到明年1月中旬。 冰湖上的孩子们', '冰湖上的孩子们'],
  ['活动将持续到明年1月中旬。冰湖上的孩子们', null],
  ['本报记者 宝力图 摄 雪后白桦林', '雪后白桦林'],
  ['这是一项有益的新尝试。 （完）', null],
  ['他说：“很好。”大家都笑了', null],
], (s) => {
  const k = tailCut(s, true)
  return k < 0 ? null : s.slice(k)
})

// 1: a paragraph opening inside a sentence.
cases('startsMidClause', [
  ['查，重点检查取暖用火。', true],
  ['，并组织了巡查。', true],
  ['伏板用上了电。', false],
  ['据了解，全镇已有百户受益。', false],
  ['至68%，带动1200多户农户增收。', true],
  ['达3万，同比增长两成。', true],
  ['近3年，全县新建高标准农田。', false],
  ['2023年，全县新建高标准农田。', false],
  // one glyph, a figure and its unit: the tail of "…补植樟子|松5000亩，"
  ['松5000亩，并对低效林开展抚育。', true],
  ['共12家，分布在三个苏木。', true],
  ['近3月，全旗新增岗位百个。', false],
], startsMidClause)

// 9: what banners and logos look like.
cases('isBannerShaped', [
  ['同心共筑新征程', true],
  ['弘扬时代新风 共建美丽家园', true],
  ['守住底线抓发展 全面推进乡村振兴', false],
  ['河谷镇首座城市书房正式对外开放', false],
  ['8000人', false],
], (s) => isBannerShaped(s, s.replace(/\s+/g, '')))

// 6: a jump headline printed directly above its continuation.
cases('splitAtOpeners', [
  [['让河谷的冬天不再寒冷', '（上接第一版）在河谷镇，牧民们住', '进了新建的节能暖房。'].join('\n'), ['让河谷的冬天不再寒冷', '（上接第一版）在河谷镇，牧民们住']],
  [['暖房采用保温墙体，冬季室内温度', '比过去高出八度。', '本报河谷1月3日电（记者 张一帆）近', '日，河谷镇举办了丰收节。'].join('\n'), ['暖房采用保温墙体，冬季室内温度', '本报河谷1月3日电（记者 张一帆）近']],
  [['暖房采用保温墙体，冬季室内温度', '本报河谷1月3日电（记者 张一帆）近'].join('\n'), ['暖房采用保温墙体，冬季室内温度']],
  [['暖房采用保温墙体，冬季室内温度', '比过去高出八度。', '让牧区的冬天不再寒冷', '（上接第一版）在北岭县，牧民们住'].join('\n'), ['暖房采用保温墙体，冬季室内温度', '让牧区的冬天不再寒冷', '（上接第一版）在北岭县，牧民们住']],
], (raw) => splitAtOpeners(makeBlock(splitLines(raw).lines), raw, splitLines(raw)).map((b) => raw.slice(b.start, b.end).split('\n')[0]))

/** Each article as "title | 1-based lines with role initials | bylines | kind"; noise as "line:role". */
function summary(raw: string) {
  const seg = segmentPage(raw)
  expect(invariantProblems(raw, seg)).toEqual([])
  return {
    articles: seg.articles.map((a) => `${a.title} | ${a.fragments.map((f) => `${lineOf(raw, f.start)}${f.role[0]}`).join(' ')} | ${a.bylines.join('、')} | ${a.kind}`),
    noise: seg.noise.map((n) => `${lineOf(raw, n.start)}:${n.role}`),
  }
}
const page = (...lines: string[]) => lines.join('\n\n') + '\n'

const pages: { name: string; raw: string; articles: string[]; noise: string[] }[] = [
  {
    name: '1: an article left mid-word, interrupted by another, taken up again (paragraph per line)',
    raw: page(
      '风电机组点亮草原牧户',
      '本报河谷1月3日讯（记者 张一帆）近日，河谷镇最后一批牧户接入风电微网，风电机组在寒风中转个不停。',
      '镇里采取政府补贴、企业让利的办法，目前已有三百户牧民家里装上了风',
      '河谷镇首座城市书房开放',
      '本报讯（记者 李小满）3日，河谷镇首座城市书房正式开放，藏书一万余册，全天免费向市民开放。',
      '电取暖设备，风电机组还带动了水泵和冰柜，牧民家的冬天暖和了不少。',
    ),
    articles: [
      '风电机组点亮草原牧户 | 1t 3b 5b 11b | 张一帆 | news',
      '河谷镇首座城市书房开放 | 7t 9b | 李小满 | news',
    ],
    noise: [],
  },
  {
    name: '1: a column left open, taken up after a one-paragraph brief by its vocabulary (wrapped)',
    raw: page(
      ['本报河谷 1 月 3 日电 （记者 张一', '帆）3 日，河谷镇冰雪旅游季启幕，', '雪地摩托、冰灯游园等活动将持续到三', '月。'].join('\n'),
      ['为吸引游客，河谷镇推出冰雪旅游线', '路十条，景区门票、住宿、餐饮等还将', '发放冰雪消费'].join('\n'),
      ['本报北岭 1 月 3 日电 （记者 李小满）', '北岭县为困难家庭学生送去棉衣、棉', '鞋和学习用品一千二百套。'].join('\n'),
      ['券五百万元。景区负责人介绍，河谷镇', '冰雪旅游季期间，雪地温泉和冰灯游园', '预计接待游客三十万人次。'].join('\n'),
      '河谷镇冰雪旅游季启幕',
      '北岭县“暖冬助学”送温暖',
    ),
    articles: [
      '河谷镇冰雪旅游季启幕 | 18t 1b 6b 14b | 张一帆 | news',
      '北岭县“暖冬助学”送温暖 | 20t 10b | 李小满 | news',
    ],
    noise: [],
  },
  {
    name: '2 and 3: subheadings and a broken short line inside one feature (paragraph per line)',
    raw: page(
      '从“各干各的”到“抱团发展”',
      '□本报记者 张一帆',
      '冬日的河谷镇，一排排标准化厂房里机器轰鸣，一百多家食品企业形成了从原料到包装的完整链条。',
      '链条“串”起来',
      '上游企业加工的面粉通过传送带送进下游企业的车间，食品企业之间的配套率达到六成。',
      '河谷镇一家食品企业去年计划扩建一条',
      '生产线，食品企业服务专员帮助企业对接银行，一周内落实了贷款。',
      '品牌“亮”出来',
      '河谷镇引导食品企业统一使用区域品牌，联合参加展销会，产品走进了二十多个省份的商超。',
    ),
    articles: ['从“各干各的”到“抱团发展” | 1t 3b 5b 7b 9b 11b 13b 15b 17b | 张一帆 | feature'],
    noise: [],
  },
  {
    name: '2: a subheading in hard-wrapped columns, the headline printed under all the text',
    raw: page(
      '□本报记者 李小满',
      ['冬日午后，河谷镇草原书屋里，牧民', '们围坐在火炉旁翻看养殖技术书籍，', '书屋成了牧民冬闲时的好去处。'].join('\n'),
      '书架上的“致富经”',
      ['草原书屋藏书六千册，养殖技术类图', '书占了一半，牧民从书屋借来兽医书', '籍，羊群的成活率提高了两成。'].join('\n'),
      '草原书屋里的“文化粮仓”',
      ['本报北岭 1 月 3 日电 （记者 张一帆）', '北岭县新建城市公园十五处，新增绿', '地四十二万平方米。'].join('\n'),
      '北岭县新增城市公园十五处',
    ),
    articles: [
      '草原书屋里的“文化粮仓” | 13t 1b 3b 7b 9b | 李小满 | feature',
      '北岭县新增城市公园十五处 | 19t 15b | 张一帆 | news',
    ],
    noise: [],
  },
  {
    name: '4 and 9: a headline stack after the bodies, with a banner and a logo in it (wrapped)',
    raw: page(
      ['本报河谷 1 月 3 日电 （记者 张一帆）', '河谷镇地铁一号线开通试运营，全长二', '十一公里，地铁沿线设车站十七座。'].join('\n'),
      ['本报北岭 1 月 3 日电 （记者 李小满）', '北岭县湿地迎来越冬候鸟，大天鹅、', '灰鹤在湿地湖面上嬉戏觅食。'].join('\n'),
      ['本报南川 1 月 3 日电 （记者 方知远）', '南川区首个零碳社区建成，社区楼顶', '铺设光伏板四千平方米。'].join('\n'),
      '同心共筑新征程',
      '河谷镇地铁一号线',
      '开通试运营',
      '■生态·环保',
      '北岭县湿地迎来越冬候鸟',
      '南川区首个零碳社区建成',
    ),
    articles: [
      '河谷镇地铁一号线开通试运营 | 15t 17t 1b | 张一帆 | news',
      '北岭县湿地迎来越冬候鸟 | 21t 5b | 李小满 | news',
      '南川区首个零碳社区建成 | 23t 9b | 方知远 | news',
    ],
    noise: ['13:section', '19:section'],
  },
  {
    name: '6 and 8: a jump headline glued above its continuation, a headline glued under its body (wrapped)',
    raw: page(
      ['本报河谷 1 月 3 日电 （记者 张一帆）', '河谷镇启动冰雪进校园活动，全镇二', '十所中小学将开设滑冰课程。'].join('\n'),
      ['今年冬季，河谷镇将在校园内浇筑冰', '场四十块。', '河谷镇冰雪进校园活动启动'].join('\n'),
      ['让牧区的冬天不再寒冷', '（上接第一版）在北岭县，牧民们住', '进了新建的节能暖房，室内温度比过', '去高出八度。'].join('\n'),
    ),
    articles: [
      '河谷镇冰雪进校园活动启动 | 7t 1b 5b | 张一帆 | news',
      '让牧区的冬天不再寒冷 | 9t 10b |  | continuation',
    ],
    noise: [],
  },
  {
    name: '9: a column logo above a headline is noise; a kicker sharing a glyph with it is not',
    raw: page(
      '同心共筑新征程',
      '乡村书屋点亮牧民冬夜',
      '本报河谷1月3日讯（记者 张一帆）河谷镇二十个嘎查建成乡村书屋，牧民冬夜有了好去处。',
      '稳岗扩岗',
      '春风行动送岗位到家门口',
      '本报北岭1月3日讯（记者 李小满）北岭县举办春风行动招聘会，提供就业机会三千个。',
    ),
    articles: [
      '乡村书屋点亮牧民冬夜 | 3t 5b | 张一帆 | news',
      '稳岗扩岗春风行动送岗位到家门口 | 7t 9t 11b | 李小满 | news',
    ],
    noise: ['1:section'],
  },
]
pages.push(
  {
    name: '1: a paragraph reading like an article a jump marker sent to another page does not take it up',
    raw: page(
      '河谷镇冰雪旅游季启幕',
      '本报河谷1月3日讯（记者 张一帆）河谷镇冰雪旅游季启幕，冰灯游园、雪地摩托等活动将持续到三月，景区还将发放冰雪消费',
      '■下转第2版',
      '北岭县为困难学生送温暖',
      '本报北岭1月3日讯（记者 李小满）北岭县为困难家庭学生送去棉衣一千二百套。',
      '券五百万元，河谷镇冰雪旅游季期间景区预计接待游客三十万人次。',
    ),
    articles: ['河谷镇冰雪旅游季启幕 | 1t 3b | 张一帆 | news', '北岭县为困难学生送温暖 | 7t 9b 11b | 李小满 | news'],
    noise: ['5:marker'],
  },
  {
    name: '4: a headline stack with a byline in it, headlines above their text (paragraph per line)',
    raw: page(
      '本报河谷1月3日讯（记者 张一帆）河谷镇启动冬季送温暖活动，走访慰问困难群众一千五百户。',
      '本报北岭1月3日讯（记者 李小满）北岭县首座牧区光伏电站并网发电，年发电量三千四百万千瓦时。',
      '河谷镇启动冬季送温暖活动',
      '北岭县首座牧区光伏电站并网发电',
      '雪原上的流动医院',
      '本报记者 方知远',
      '清晨，一辆医疗车驶进北岭县的雪原，牧民们围了上来，医生们开始为牧民检查身体。',
    ),
    articles: [
      '河谷镇启动冬季送温暖活动 | 5t 1b | 张一帆 | news',
      '北岭县首座牧区光伏电站并网发电 | 7t 3b | 李小满 | news',
      '雪原上的流动医院 | 9t 11b 13b | 方知远 | feature',
    ],
    noise: [],
  },
  {
    name: '4: of two headlines above a dateline, the one reading like the untitled article before is its own',
    raw: page(
      '本报河谷1月3日讯（记者 张一帆）河谷镇草原生态补奖资金全部发放到户，惠及牧民一万一千户。',
      '河谷镇草原生态补奖资金发放到户',
      '北岭县开通首条夜间公交专线',
      '本报北岭1月3日讯（记者 李小满）北岭县首条夜间公交专线开通，夜间公交串联火车站和夜市街区。',
    ),
    articles: ['河谷镇草原生态补奖资金发放到户 | 3t 1b | 张一帆 | news', '北岭县开通首条夜间公交专线 | 5t 7b | 李小满 | news'],
    noise: [],
  },
  {
    name: '2 and 8: sections of a story signed at its end; a headline glued under its body (wrapped)',
    raw: page(
      ['河谷镇西部沙区的沙地上，一排排沙', '柳、柠条冒出了新芽，流动沙丘被锁', '住了。'].join('\n'),
      '锁住流沙',
      ['河谷镇在沙丘上扎设草方格沙障，再', '种植沙柳、柠条，治理沙化土地八十', '六万亩，沙区牧民的草场一年比一年', '好。'].join('\n'),
      '沙海里种出“致富林”',
      '□本报记者 张一帆',
      ['本报北岭 1 月 3 日电 （记者 李小满）', '北岭县职业技能大赛闭幕，八百六十名', '选手参加了比赛。', '北岭县职业技能大赛闭幕'].join('\n'),
    ),
    articles: ['沙海里种出“致富林” | 12t 1b 5b 7b 14b | 张一帆 | feature', '北岭县职业技能大赛闭幕 | 19t 16b | 李小满 | news'],
    noise: [],
  },
  {
    name: '9: a banner over dated news, sharing no word with the page, is noise even alone (wrapped)',
    raw: page(
      ['本报河谷 1 月 3 日电 （记者 张一帆）', '河谷镇牧民合作社召开分红大会，为入', '社牧户发放分红一百万元。', '河谷镇合作社分红一百万元'].join('\n'),
      '同心共筑新征程',
      ['本报北岭 1 月 3 日电 （记者 李小满）', '北岭县完成农村户厕改造三千二百户，', '卫生厕所普及率达到七成。'].join('\n'),
      '北岭县完成农村户厕改造',
    ),
    articles: ['河谷镇合作社分红一百万元 | 4t 1b | 张一帆 | news', '北岭县完成农村户厕改造 | 12t 8b | 李小满 | news'],
    noise: ['6:section'],
  },
)
for (const p of pages) {
  test(`segmentPage: ${p.name}`, () => expect(summary(p.raw)).toEqual({ articles: p.articles, noise: p.noise }))
}

/** Each article's fragments as role and raw text: units smaller than a line. */
const pieces = (raw: string) => segmentPage(raw).articles.map((a) => a.fragments.map((f) => `${f.role}:${raw.slice(f.start, f.end)}`))

test('5: a caption line ending in the photo credit, and one holding the next item’s headline', () => {
  const raw = page(
    '冰湖冬捕开网',
    '1月2日，河谷镇冰湖冬捕开网，渔工们凿冰下网，鲜鱼跃出冰面。 本报记者 张一帆 摄',
    '冰上市集年味浓',
    '1月2日，冰湖上的市集开市，冻梨、奶食品摆满摊位。 孩子们的冰雪课堂',
    '本报记者 李小满 摄',
    '1月2日，北岭县小学的学生在操场上滑冰，冰雪课程让孩子们强健了体魄。',
    '□本报记者 方知远 摄影报道',
  )
  expect(pieces(raw)).toEqual([
    ['title:冰湖冬捕开网', 'body:1月2日，河谷镇冰湖冬捕开网，渔工们凿冰下网，鲜鱼跃出冰面。', 'byline:本报记者 张一帆 摄'],
    ['title:冰上市集年味浓', 'body:1月2日，冰湖上的市集开市，冻梨、奶食品摆满摊位。', 'byline:本报记者 李小满 摄'],
    ['title:孩子们的冰雪课堂', 'body:1月2日，北岭县小学的学生在操场上滑冰，冰雪课程让孩子们强健了体魄。', 'byline:□本报记者 方知远 摄影报道'],
  ])
  expect(segmentPage(raw).articles.map((a) => [a.bylines, a.kind])).toEqual([[['张一帆'], 'photo'], [['李小满'], 'photo'], [['方知远'], 'photo']])
})

test('5: a caption line ending in a credit and the next item’s marked heading ("## ")', () => {
  const raw = page('## 冰湖冬捕开网', '1月2日，河谷镇冰湖冬捕开网，鲜鱼跃出冰面。 本报记者 张一帆 摄 ## 冰上市集年味浓', '1月2日，冰湖上的市集开市，冻梨、奶食品摆满摊位。 本报记者 李小满 摄')
  expect(pieces(raw).map((a) => a.filter((f) => !f.startsWith('body')))).toEqual([['title:冰湖冬捕开网', 'byline:本报记者 张一帆 摄'], ['title:冰上市集年味浓', 'byline:本报记者 李小满 摄']])
  expect(segmentPage(raw).noise.map((n) => raw.slice(n.start, n.end))).toEqual(['##', '##'])
})

test('5: a photo credit and the next item’s headline on one line (wrapped)', () => {
  const raw = page(
    ['1 月 2 日，河谷镇冰湖上的市集开', '市，冻梨、奶食品摆满摊位，吸引', '不少市民前来选购。'].join('\n'),
    '本报记者 宝力图 摄 雪后白桦林',
    ['1 月 2 日，雪后的北岭林场银装素', '裹，一棵棵白桦树挺立在雪中。'].join('\n'),
    '本报记者 方知远 摄',
  )
  expect(pieces(raw).map((a) => a.filter((f) => !f.startsWith('body')))).toEqual([['byline:本报记者 宝力图 摄'], ['title:雪后白桦林', 'byline:本报记者 方知远 摄']])
  expect(segmentPage(raw).articles.map((a) => a.bylines)).toEqual([['宝力图'], ['方知远']])
})

test('7: a credit after the dateline without parentheses is a byline inside the opener', () => {
  const raw = page('河谷镇合作社分红一百万元', '本报讯 记者张一帆 通讯员李小满 近日，河谷镇牧民合作社召开分红大会，为入社牧户发放分红一百万元。')
  expect(pieces(raw)).toEqual([['title:河谷镇合作社分红一百万元', 'body:本报讯', 'byline:记者张一帆 通讯员李小满', 'body:近日，河谷镇牧民合作社召开分红大会，为入社牧户发放分红一百万元。']])
  const [a] = segmentPage(raw).articles
  expect([a.bylines, a.dateline, a.kind]).toEqual([['张一帆', '李小满'], '本报讯', 'news'])
})

test('4: a stack keeps its order when one headline shares nothing with any article', () => {
  const raw = page(
    ['本报河谷 1 月 3 日电 （记者 张一帆）', '河谷镇马铃薯首次出口，二百吨马铃', '薯远销海外。'].join('\n'),
    ['本报北岭 1 月 3 日电 （记者 李小满）', '北岭县冬季长跑比赛开跑，一千五百', '名长跑爱好者参赛。'].join('\n'),
    '河谷镇马铃薯',
    '首次“出海”',
    '北岭县冬季长跑比赛开跑',
  )
  expect(segmentPage(raw).articles.map((a) => [a.title, lineOf(raw, a.fragments.find((f) => f.role === 'body')!.start)])).toEqual([
    ['河谷镇马铃薯首次“出海”', 1],
    ['北岭县冬季长跑比赛开跑', 5],
  ])
})

test('no blank lines, hard-wrapped: a short headline line with tight digits is a unit of its own', () => {
  const raw = [
    '本报河谷 1 月 3 日电 （记者 张一帆）河',
    '谷镇举办招商推介会，现场集中签约',
    '项目 46 个，签约金额 102 亿元，涵盖',
    '新能源、新材料等多个产业。',
    '河谷镇46个项目集中签约',
    '冬日的北岭县，新建的十五处城市公园',
    '里游人如织，全县新增绿地面积达到',
    '四十二万平方米，市民出门就是公园。公',
    '园均配备了健身步道、儿童游乐场和休',
    '憩座椅，市民出门步行十五分钟就能走',
    '进一座公园，周末游园的市民络绎不绝',
    '。',
  ].join('\n')
  const page = splitLines(raw)
  expect(page.blocks.map((b) => raw.slice(b.start, b.end).split('\n')[0])).toEqual(['本报河谷 1 月 3 日电 （记者 张一帆）河', '河谷镇46个项目集中签约', '冬日的北岭县，新建的十五处城市公园'])
})
