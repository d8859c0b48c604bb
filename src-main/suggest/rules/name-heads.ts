// Head words that end organisation and facility names, and what may stand before them.
import { MINISTRIES } from '../dictionaries/well-known'
import type { EntityLabel } from '../types'

export interface Head {
  word: string
  label: EntityLabel
  /** Only right after a dictionary place ("赤峰站"), never after other words ("光伏电站"). */
  placeOnly?: boolean
  /**
   * Only after one or two proper words and nothing else: a brand before an industry word
   * ("北辰乳业", never a place's "内蒙古乳业"), a village, lake or mountain the gazetteer lacks.
   */
  single?: 'brand' | 'place'
  /** Only after places: a dictionary's, jieba's, or a name mostly of transliteration glyphs ("贡格尔草原"). */
  landscape?: boolean
}

const ORG_HEADS = [
  '股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '分公司', '总公司', '公司', '集团', '委员会', '居委会',
  '村委会', '管委会', '党工委', '党委', '党支部', '党总支', '纪委', '市委', '县委', '旗委', '盟委', '区委', '省委',
  '州委', '团委', '卫健委', '发改委', '人民政府', '政府', '办事处', '办公厅', '办公室', '办', '局', '厅', '署', '海关', '医院',
  '卫生院', '银行', '分行', '支行', '信用社', '日报社', '日报', '晚报', '报社', '电视台', '广播电视台', '新闻网', '气象台',
  '协会', '学会', '商会', '联合会', '总会', '工会', '红十字会', '妇联', '残联', '工商联', '科协', '文联', '侨联', '基金会', '研究会',
  '促进会', '学校', '党校', '大学', '学院', '中学', '小学', '中心校', '幼儿园', '少年宫', '青少年宫', '研究院', '研究所', '设计院', '科学院', '博物院', '戒毒所', '律师事务所', '法院', '图书馆', '新华书店', '书店',
  '检察院', '派出所', '边检站', '边防检查站', '检查站', '警务站', '消防救援站', '总队', '支队', '大队', '中队', '电网', '服务中心', '教育中心', '中心', '服务站', '救援队', '合作社',
  '联合社', '联社',
  '工作站', '事务所', '出版社', '杂志社', '乌兰牧骑', '艺术团', '歌舞团', '剧团', '俱乐部', '牧场', '农场', '林场', '养殖场',
  '筹备组', '宣传部', '组织部', '统战部', '实验室', '领导小组',
  // offices, courts and venues under a place's name
  '检察部', '车务段', '司法所', '管理所', '管理处', '人民法庭', '法庭', '血站', '护理院', '档案馆', '文化馆',
  '群艺馆', '剧院', '消防队', '机务段', '事业部',
  // an agency's technical stations (a railway or bus station is a site: 站 after a place alone)
  '治沙站', '监测站', '救护站', '农技站', '畜牧站', '兽医站', '文化站', '种苗站', '管理站', '监督站', '草原站', '林业站',
  '农机站', '推广站', '防疫站', '质检站',
  // museums are institutions, like libraries (a memorial hall or exhibition hall is a site)
  '博物馆', '美术馆', '科技馆', '艺术馆',
  // sports teams under a place's name ("内蒙古速度滑冰队")
  '滑冰队', '足球队', '篮球队', '冰球队', '排球队', '曲棍球队',
]

/** Industry words that end a company's short name after its brand. */
const BRAND_HEADS = [
  '乳业', '科技', '能源', '新能源', '光伏', '风电', '氢能', '铝业', '磁业', '机械', '化工', '煤业', '矿业', '电力',
  '食品', '药业', '物流', '电子', '重工', '重机', '实业', '控股', '传媒', '商贸', '置业', '绒业', '牧业',
  '肉业', '种业', '环保', '电气',
]

const LOC_HEADS = [
  '客运枢纽站', '高铁站', '火车站', '客运站', '机场', '口岸', '港口', '码头', '公园', '湿地公园',
  '森林公园', '地质公园', '遗址公园', '文化公园',
  '自然保护区', '保护区', '流域', '小区', '社区', '街道', '高新区', '开发区', '工业园区', '产业园', '物流园', '园区',
  '新区', '广场', '景区', '风景区', '旅游区', '度假区', '服务区', '遗址', '古城', '纪念馆', '展览馆', '民俗馆', '滑雪场', '水库', '高铁', '铁路', '高速公路', '公路', '大桥', '立交桥', '乐园', '新机场', '湿地', '灌区', '灌域', '教育基地', '陵园', '科普馆',
  '植物园', '动物园', '文化园', '示范园', '风电场', '街区', '片区', '陆港', '合作区',
  // Centres that are sites, not bodies (a "服务中心" is an office).
  '会展中心', '体育中心', '购物中心', '物流中心', '交易中心', '运动中心',
]

/** Landscapes: named after the region they lie in. */
const LANDSCAPE_HEADS = ['草原', '沙漠', '沙地']

/** Streets: named inside their town, so the town before one is a place of its own ("赤峰|松州大街"). */
export const STREET_HEADS = ['路', '街', '东路', '西路', '南路', '北路', '东街', '西街', '南街', '北街', '大街', '大道']

/** Heads of small places and natural features (see Head.single). */
const SMALL_PLACE_HEADS = [
  '嘎查', '苏木', '镇', '乡', '村', '湖', '河', '沟', '山', '岭', '峰', '川', '淖尔', '诺尔', '海子', '市', '旗', '县', '盟',
  // streets: "新华路", "兴安北路", "伊金霍洛西街" ("思路", "一路" have no proper word before them)
  ...STREET_HEADS,
]

const HEADS: readonly Head[] = [
  ...ORG_HEADS.map((word): Head => ({ word, label: 'ORG' })),
  ...MINISTRIES.map((word): Head => ({ word, label: 'ORG' })),
  ...BRAND_HEADS.map((word): Head => ({ word, label: 'ORG', single: 'brand' })),
  ...LOC_HEADS.map((word): Head => ({ word, label: 'LOC' })),
  ...SMALL_PLACE_HEADS.map((word): Head => ({ word, label: 'LOC', single: 'place' })),
  ...['站', '东站', '西站', '南站', '北站', '港'].map((word): Head => ({ word, label: 'LOC', placeOnly: true })),
  // A landscape is named by its region ("呼伦贝尔草原", "库布其沙漠"), never by a word jieba takes for a name ("智慧草原").
  ...LANDSCAPE_HEADS.map((word): Head => ({ word, label: 'LOC', landscape: true })),
].sort((a, b) => b.word.length - a.word.length)

/** Heads by the code of their last character, longest first: every position of a page is asked. */
const byLastChar = new Map<number, Head[]>()
for (const h of HEADS) {
  const last = h.word.charCodeAt(h.word.length - 1)
  byLastChar.set(last, [...(byLastChar.get(last) ?? []), h])
}

/** The heads that may end at `end` in `s` (those of the character before it). */
const headsEndingAt = (s: string, end: number) => byLastChar.get(s.charCodeAt(end - 1)) ?? []
const headsEndingLike = (s: string) => headsEndingAt(s, s.length)

/** The longest head ending at `end` in `text`, or null. (A loop, not find: asked at every position, most with no head.) */
export function longestHeadAt(text: string, end: number): Head | null {
  for (const h of headsEndingAt(text, end)) if (end >= h.word.length && text.startsWith(h.word, end - h.word.length)) return h
  return null
}

/** Whether a word ends like an organisation or site (small places' heads aside: "城乡" is no village). */
export const endsWithHead = (word: string): boolean => headsEndingLike(word).some((h) => !h.single && word.endsWith(h.word))

/** Whether a word ends like an organisation ("政府", "公安局"), a complete name of its own. */
export const endsLikeOrganisation = (word: string): boolean =>
  headsEndingLike(word).some((h) => h.label === 'ORG' && !h.single && word.endsWith(h.word))

/** Whether a word is a head word itself ("公路", "广场"). */
export const isHead = (word: string): boolean => headsEndingLike(word).some((h) => h.word === word)

/** Heads of police, fire and army units: the word for their officers may name the unit's kind ("交警支队"). */
export const FORCE_UNIT_HEADS = new Set(['总队', '支队', '大队', '中队'])

/** Administrative unit words: before a head they make a generic office ("嘎查党支部", "县农牧局"). */
export const UNIT_WORDS = new Set([
  '省', '市', '盟', '旗', '县', '区', '镇', '乡', '村', '苏木', '嘎查', '社区', '街道', '乡镇', '旗县', '盟市', '县区', '校',
])

/** Words that open an organisation name although they are not proper names themselves. */
export const ORG_OPENERS = ['自治区', '国家', '中央', '全国', '中共', '中国', '共青团']

/** Ordinary words that end like a head word ("格局" is no bureau). */
export const HEAD_LOOKALIKES = [
  '格局', '布局', '大局', '全局', '当局', '结局', '开局', '时局', '僵局', '骗局', '饭局', '变局', '政局', '棋局', '好局',
  '展厅', '大厅', '餐厅', '客厅', '门厅', '舞厅', '歌厅', '营业厅', '一厅',
  '网站', '车站', '电站', '一站', '首站', '核心', '重心', '市中心', '为中心', '签署', '部署',
  '举办', '主办', '承办', '协办', '创办', '开办', '兴办', '督办', '代办', '帮办', '包办', '操办', '查办', '照办', '好办', '难办',
  '怎么办', '大操大办',
]

/** Single characters that end a name when jieba glues them to it ("与华能", "王向"). */
export const FUNCTION_CHARS = new Set('与由据让向从在对被把将为和及是即经给到等同跟并或而但以于至距赴往着')

/** Tokens that can never be inside a name before its head. */
export const NOT_IN_NAME = new Set([
  '该', '本', '这', '那', '各', '全', '我', '其', '此', '每', '某', '子', '原', '是', '有', '在', '和', '与', '及', '或',
  '的', '了', '由', '从', '向', '对', '为', '被', '将', '把', '给', '到', '等', '新', '老', '大', '小', '副', '正',
  '一家', '这家', '多家', '所有', '有关', '相关', '平台', '全区', '我区', '全市', '我市', '全旗', '当地', '本地',
  '旗县', '盟市', '市县', '县乡', '省市', '苏木乡镇', '乡镇', '企业', '单位', '部门', '机构', '组织机构', '国企', '民企',
  // A dateline's 讯 ends the place before it ("…旗讯 …旗公安局"); a name never runs over it.
  '本报', '本报讯', '讯', '会同', '两国', '各国', '各级', '双方',
  // Generic modifiers: "老旧小区", "城镇社区" are kinds of places, not names (农村 and 城乡 stay: 农村商业银行, 城乡建设局).
  '老旧', '城镇', '偏远', '周边', '辖区', '山区',
  // Locatives and verbs of location: "…村地处科尔沁沙地" is two places, "境内…河" a river.
  '地处', '位于', '境内', '全盟', '新建', '处',
  // a subtitle's "——记…" (a portrait of): the name starts after it
  '记',
  // verbs and roles that put an organisation after them ("委托…", "运营方…", "交由…", "图为…")
  '委托', '运营方', '交由', '落户', '图为', '东道主', '所属',
  // a party to a case ("被告…公司")
  '被告', '原告', '被告人', '第三人',
  // verbs of going to or staying in a place ("扎根草原", "深入…景区"): the place starts after them
  '扎根', '深入', '走进', '来到', '前往', '奔赴', '回到', '留在',
])

/** Determiners: a word jieba does not know opening with one is a phrase ("每处", "各村"), never a name's part. */
export const DETERMINERS = new Set('每各该此这那某')

/** jieba tags of tokens that may be part of a name before its head. */
export const NAME_PART_TAGS = new Set(['m', 'n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'nl', 'ng', 'j', 'vn', 'x', 'eng', 'b', 'an', 's'])

/** Verbs that occur inside organisation names ("应急管理局", "退役军人服务站"). */
export const VERBS_IN_NAMES = new Set([
  '振兴', '组织', '发展', '建设', '管理', '服务', '保障', '监督', '救援', '教育', '改革', '促进', '运输', '设计', '研究',
  '开发', '投资', '制造', '回收', '利用', '监管', '规划', '检验', '检测', '保护', '治理', '执法', '审计', '统计', '应急',
  '应用', '就业', '阅读', '强制', '隔离',
])

/** Tags that make a token a proper name (what a generic "公安局" lacks). */
export const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'j', 'eng'])
