import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const found = (raw: string) => suggester.suggest(raw).map((s) => `${s.label} ${raw.slice(s.start, s.end)}`)

cases('sites and institutions by their heads', [
  // a river's last glyph glued to the locative after it by jieba
  ['游人在达里湖畔观鸟', ['LOC 达里湖']],
  // an unknown transliterated place that jieba cut across its head ("…格|镇", "…盖河")
  ['位于额尔古伦镇', ['LOC 额尔古伦镇']],
  ['乌日盖河的水清了', ['LOC 乌日盖河']],
  ['来到额尔敦太嘎查', ['LOC 额尔敦太嘎查']],
  // a unit of administration after a transliterated name the dictionary lacks; never after a
  // common word or another unit
  ['来到阿尔善旗调研', ['LOC 阿尔善旗']],
  // places named with the glyphs of Mongolian place names (察, 彦, 杭, 盖, 润…)
  ['来到察罕塔拉旗调研', ['LOC 察罕塔拉旗']],
  ['巴彦杭盖旗的牧民', ['LOC 巴彦杭盖旗']],
  ['位于巴音塔拉县境内', ['LOC 巴音塔拉县']],
  ['走进大型超市和文明城市', []],
  ['全区各盟市、旗县', []],
  // laboratories and leading groups are named bodies
  ['包头稀土功能材料重点实验室成立', ['ORG 包头稀土功能材料重点实验室']],
  ['赤峰市城市更新工作领导小组', ['ORG 赤峰市城市更新工作领导小组']],
  ['成立了实验室', []],
  // a transliterated place jieba cuts apart, before a small place's or unit's head; never from
  // a verb, and a place before another place's head is two
  ['在达尔罕浩特旗调研', ['LOC 达尔罕浩特旗']],
  ['伊和乌拉旗的牧民', ['LOC 伊和乌拉旗']],
  ['依托伊敏河发展旅游', ['LOC 伊敏河']],
  // a party to a case is no part of the company's name; a place's sports team is a body
  ['被告白水建材科技有限公司', ['ORG 白水建材科技有限公司']],
  ['青河速度滑冰队夺冠', ['ORG 青河速度滑冰队']],
  ['组建足球队', []],
  // wind farms are sites; a generic one is none
  ['白音察干风电场并网发电', ['LOC 白音察干风电场']],
  ['建设风电场', []],
  // offices and venues under a place's name; a verb that hands work to one is no part of it
  ['委托白水县建设工程质量检测中心检测', ['ORG 白水县建设工程质量检测中心']],
  ['青河市人民检察院第八检察部提起公益诉讼', ['ORG 青河市人民检察院第八检察部']],
  ['青河市群众艺术馆举办展览', ['ORG 青河市群众艺术馆']],
  // locatives and counted words are not part of a place
  ['改造16处口袋公园', []],
  // facilities are places (the labelling guide's sites), offices are organisations
  ['游客走进银湖冰雪乐园', ['LOC 银湖冰雪乐园']],
  ['在呼和浩特东站换乘', ['LOC 呼和浩特东站']],
  ['乌海国际会展中心', ['LOC 乌海国际会展中心']],
  ['从海拉尔火车站出发', ['LOC 海拉尔火车站']],
  // an institution jieba knows whole; a generic office it tags the same way stays unnamed
  ['毕业于内蒙古大学', ['ORG 内蒙古大学']],
  ['县广电局', []],
  ['锡林郭勒盟强制隔离戒毒所', ['ORG 锡林郭勒盟强制隔离戒毒所']],
  ['鄂尔多斯博物院', ['ORG 鄂尔多斯博物院']],
  // a locative noun before a name is no part of it
  ['辖区恒信律师事务所', ['ORG 恒信律师事务所']],
  // streets: named inside their town
  ['车队沿兴安北路向东行驶', ['LOC 兴安北路']],
  ['包头钢铁大街改造完工', ['LOC 包头', 'LOC 钢铁大街']],
  ['他的思路很清晰', []],
  // a company's brand and trade before its bracketed place, whatever jieba tags their words
  ['，中交北方路桥建设（内蒙古）有限公司承建', ['ORG 中交北方路桥建设（内蒙古）有限公司']],
  ['青城红牛乳业（集团）有限责任公司', ['ORG 青城红牛乳业（集团）有限责任公司']],
  ['满洲里市商务局联合中欧班列（满洲里）运营有限公司开通', ['ORG 满洲里市商务局', 'ORG 中欧班列（满洲里）运营有限公司']],
  // a district glued by jieba to the word after it; a river read with its water
  ['观鸟节后，青山区则计划开放', ['LOC 青山区']],
  ['让黄河水流进农田', ['LOC 黄河']],
  // named irrigation districts and wetlands; quarters in institutions' names; the youth league
  ['河套灌区春灌开闸', ['LOC 河套灌区']],
  ['包头北方理工学院', ['ORG 包头北方理工学院']],
  // a league's party committee jieba cut off from its place; a named memorial site; a generic base none
  ['学员在锡林郭勒盟委党校学习', ['ORG 锡林郭勒盟委党校']],
  ['青川烈士陵园', ['LOC 青川烈士陵园']],
  ['建设优质奶源基地', []],
  // a subtitle's "——记…" (a portrait of) is no part of the name after it
  ['“记内蒙古青川稀土材料研究院', ['ORG 内蒙古青川稀土材料研究院']],
  // inspection stations, depots and divisions under a name; inland ports and ports after a place
  ['青河市白水县生鲜乳质检站抽检', ['ORG 青河市白水县生鲜乳质检站']],
  ['青河机务段开展安全检查', ['ORG 青河机务段']],
  ['北辰乳业奶源事业部', ['ORG 北辰乳业奶源事业部']],
  ['经乌兰察布陆港发往欧洲', ['LOC 乌兰察布陆港', 'LOC 欧洲']],
  ['货物经曹妃甸港出海', ['LOC 曹妃甸港']],
  // a head's last glyph jieba reads with the word after it ("分|行为")
  ['企业受益，中国银行青河分行为出口企业提供服务', ['ORG 中国银行青河分行']],
  ['他的行为很好', []],
  // a verb of going to or staying in a place is no part of it
  ['让龙头企业扎根草原，带动牧民增收', []],
  ['专家深入白音塔拉景区', ['LOC 白音塔拉景区']],
  ['加快港口建设', []],
] as const, found)

cases('credited people in a column', [
  // a long name the wrap broke, in a dateline's credit
  ['本报青河6月3日电（记者 宝音德力\n格尔）近日，青河县召开会议。', ['PER 宝音德力格尔']],
] as const, (raw) => found(raw).filter((s) => s.startsWith('PER')).map((s) => s.replace(/\s+/g, '')).map((s) => s.replace('PER', 'PER ')))

cases('people named after how they are described', [
  ['“90后”姑娘萨仁其其格创办了工坊', ['PER 萨仁其其格']],
  ['镇级河长刘志刚一边巡河', ['PER 刘志刚']],
  // a given name the dictionary knows as a place, after a surname and a role word
  ['合作社理事长赵永胜算了一笔账', ['PER 赵永胜']],
  ['公司副总经理邢海东介绍', ['PER 邢海东']],
] as const, (raw) => found(raw).filter((s) => s.startsWith('PER')))

cases('a place after a role word and no surname stays a place', [
  ['学员赴和林格尔县学习', ['LOC 和林格尔县']],
  // a dictionary place whole, after a word ending like a role ("落户"), however transliterated it reads
  ['2018年底落户乌兰察布，建起生产车间', ['LOC 乌兰察布']],
] as const, found)

cases('the culture of the grassland is no person', [
  ['学生安代舞队跳起来', []],
  ['老艺人拉起马头琴', []],
] as const, (raw) => found(raw).filter((s) => s.startsWith('PER')))

cases('a place a culture word starts with is no place there; one holding the word stays', [
  ['身着蒙古袍的牧民围坐在一起', []],
  ['学校开设了蒙古象棋课程', []],
  ['白音敖包嘎查的牧民', ['LOC 白音敖包嘎查']],
] as const, (raw) => found(raw).filter((s) => s.startsWith('LOC')))

cases('an adverb after a name is not part of it', [
  ['退休教师白秀英正和老伙伴们聊天', ['PER 白秀英']],
  ['66 岁的巴雅尔图正伏在工作台上', ['PER 巴雅尔图']],
] as const, (raw) => found(raw).filter((s) => s.startsWith('PER')))
