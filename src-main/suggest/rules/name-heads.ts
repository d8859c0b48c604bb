// Head words that end organisation and facility names, and what may stand before them.
import type { EntityLabel } from '../types'

export interface Head {
  word: string
  label: EntityLabel
  /** Only right after a dictionary place ("赤峰站"), never after other words ("光伏电站"). */
  placeOnly?: boolean
}

const ORG_HEADS = [
  '股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '分公司', '总公司', '公司', '集团', '委员会', '居委会',
  '村委会', '党工委', '党委', '纪委', '市委', '县委', '旗委', '盟委', '区委', '省委', '州委', '卫健委', '发改委',
  '人民政府', '政府', '办事处', '办公厅', '局', '厅', '署', '海关', '医院', '卫生院', '银行', '信用社', '日报社', '日报',
  '晚报', '报社', '电视台', '广播电视台', '协会', '学会', '商会', '联合会', '总会', '基金会', '研究会', '促进会',
  '学校', '大学', '学院', '中学', '小学', '幼儿园', '研究院', '研究所', '设计院', '科学院', '法院', '检察院', '派出所',
  '电网', '服务中心', '教育中心', '中心', '服务站', '救援队', '合作社', '工作站', '事务所', '出版社', '杂志社',
  '牧场', '农场', '林场', '筹备组', '自然资源部', '外交部', '商务部', '财政部', '教育部', '公安部', '民政部',
  '水利部', '宣传部', '组织部', '统战部',
]

const LOC_HEADS = [
  '客运枢纽站', '高铁站', '火车站', '客运站', '机场', '口岸', '港口', '码头', '草原', '公园', '自然保护区', '保护区',
  '湿地', '流域', '小区', '社区', '街道', '高新区', '开发区', '工业园区', '产业园', '园区', '新区', '广场', '景区',
  '水库', '高铁', '铁路', '高速公路', '公路', '大桥', '大道', '大街',
]

export const HEADS: readonly Head[] = [
  ...ORG_HEADS.map((word): Head => ({ word, label: 'ORG' })),
  ...LOC_HEADS.map((word): Head => ({ word, label: 'LOC' })),
  { word: '站', label: 'LOC' as const, placeOnly: true },
].sort((a, b) => b.word.length - a.word.length)

/** Words that open an organisation name although they are not proper names themselves. */
export const ORG_OPENERS = ['自治区', '国家', '中央', '全国', '中共', '中国']

/** Ordinary words that end like a head word ("格局" is no bureau). */
export const HEAD_LOOKALIKES = [
  '格局', '布局', '大局', '全局', '当局', '结局', '开局', '时局', '僵局', '骗局', '饭局', '变局', '政局', '棋局',
  '网站', '车站', '电站', '一站', '首站', '核心', '重心', '市中心', '为中心',
]

/** Single characters that end a name when jieba glues them to it ("与华能", "王向"). */
export const FUNCTION_CHARS = new Set('与由据让向从在对被把将为和及是即经给到等同跟并或而但以于')

/** Tokens that can never be inside a name before its head. */
export const NOT_IN_NAME = new Set([
  '该', '本', '这', '那', '各', '全', '我', '其', '此', '每', '某', '子', '原', '是', '有', '在', '和', '与', '及', '或',
  '的', '了', '由', '从', '向', '对', '为', '被', '将', '把', '给', '到', '等', '新', '老', '大', '小', '副', '正',
  '一家', '这家', '多家', '所有', '有关', '相关', '平台', '全区', '我区', '全市', '我市', '全旗', '当地', '本地',
  '旗县', '盟市', '市县', '县乡', '省市', '苏木乡镇', '乡镇', '企业', '单位', '部门', '机构', '组织机构', '国企', '民企',
])

/** jieba tags of tokens that may be part of a name before its head. */
export const NAME_PART_TAGS = new Set(['m', 'n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'nl', 'ng', 'j', 'vn', 'x', 'eng', 'b', 'an', 's'])

/** Verbs that occur inside organisation names ("应急管理局", "退役军人服务站"). */
export const VERBS_IN_NAMES = new Set([
  '振兴', '组织', '发展', '建设', '管理', '服务', '保障', '监督', '救援', '教育', '改革', '促进', '运输', '设计', '研究',
  '开发', '投资', '制造', '回收', '利用', '监管', '规划', '检验', '检测', '保护', '治理', '执法', '审计', '统计', '应急',
])

/** Tags that make a token a proper name (what a generic "公安局" lacks). */
export const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'j', 'eng'])
