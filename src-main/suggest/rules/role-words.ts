// Words that stand next to a person's name: titles and roles before it ("副书记巴图孟和"),
// forms of address after it ("王子涵妈妈"), and speech verbs after it ("周立新表示").
import { wordTrie } from '../dictionaries/trie'

export const ROLES_BEFORE: readonly string[] = [
  '记者', '通讯员', '书记', '副书记', '第一书记', '支书', '总书记', '局长', '副局长', '厅长', '副厅长', '主任', '副主任',
  '主席', '副主席', '市长', '副市长', '旗长', '副旗长', '县长', '副县长', '盟长', '副盟长', '镇长', '乡长', '村长', '区长',
  '省长', '站长', '院长', '副院长', '校长', '副校长', '社长', '副社长', '总编辑', '副总编辑', '总经理', '副总经理', '经理',
  '董事长', '理事长', '秘书长', '会长', '副会长', '部长', '副部长', '处长', '副处长', '科长', '队长', '所长', '组长',
  '厂长', '行长', '馆长', '团长', '负责人', '总监', '主管', '嘎查达', '苏木达', '牧民', '村民', '居民', '农民', '农牧民',
  '市民', '党员', '老师', '教师', '医生', '护士', '专家', '教授', '员工', '职工', '工人', '志愿者', '网格员', '成员',
  '业主', '技术员', '讲解员', '工作人员', '养殖户', '种植户', '户主', '创始人', '民警', '律师', '法官',
  '大学生', '学生', '驻村干部', '调研员',
  // kin, and occupations no suffix names (see ROLE_SUFFIXES)
  '妻子', '丈夫', '爱人', '老伴', '媳妇', '儿媳', '女婿', '儿子', '女儿', '孙子', '孙女', '母亲', '父亲', '哥哥', '姐姐',
  '弟弟', '妹妹', '店主', '摊主', '老板', '司机', '会计', '出纳', '村医', '兽医', '骑手', '选手', '歌手', '教练', '战士',
  '官兵', '政委', '警官', '辅警', '交警', '特警', '院士', '博士', '代表', '委员', '董事', '秘书', '干事', '村支书', '游客',
  '患者', '果农', '茶农', '菜农', '奶农', '莲农', '渔民', '牧户', '农户', '个体户', '传承人', '带头人', '主持人', '演员',
  '总统', '总理', '首相', '大使', '外长', '议长', '河长', '湖长', '林长', '网格长', '村干部', '学员', '毕业生',
  // forms of address and people described, before their names ("“90后”姑娘萨仁…")
  '主播', '姑娘', '小伙', '小伙子', '大姐', '大哥', '大爷', '大妈', '阿姨', '老人', '额吉', '女孩', '男孩', '青年',
  // an age ("82岁的于凤兰")
  '岁的',
].slice().sort((a, b) => b.length - a.length)

/** ROLES_BEFORE as a trie: asked at every position of a page. */
export const ROLE_WORDS = wordTrie(ROLES_BEFORE)

/** Last characters of jieba nouns that name a role ("预报员", "农艺师", "护边员") before a name. */
export const ROLE_SUFFIXES = new Set([...'员长师手户农民工者官警医'])

/** Role words naming groups of people, which also occur inside organisation names ("职工服务中心"). */
export const PEOPLE_WORDS = new Set([
  '牧民', '村民', '居民', '农民', '农牧民', '市民', '党员', '员工', '职工', '工人', '志愿者', '学生', '大学生', '专家', '教师',
])

export const ADDRESS_AFTER: readonly string[] = [
  '同志', '先生', '女士', '妈妈', '爸爸', '大爷', '大妈', '大娘', '奶奶', '爷爷', '阿姨', '师傅', '老人', '夫妇', '一家',
]

export const SPEECH_VERBS: readonly string[] = [
  '说', '表示', '介绍', '认为', '告诉', '指出', '坦言', '感慨', '说道', '强调', '笑着说', '回忆', '谈到',
]

/** Words that end a name written without a Han surname (what follows the name). */
export const AFTER_NAME: readonly string[] = [
  ...SPEECH_VERBS, '称', '正在', '在', '是', '的', '和', '与', '及', '等', '也', '还', '就', '都', '又', '对', '向', '从',
  '把', '被', '带领', '率', '一行', '接受', '已', '一直', '每天', '很', '更', '将', '会', '要', '不', '没', '刚', '看',
  '来', '去', '到', '给', '让', '同', '跟', '为', '家', '摄', '摄影', '报道', '则', '便', '却', '才', '仍', '曾', '再',
  // 正 + a verb: "…正带着", "…正伏在" (the adverb, not a name's last glyph).
  ...[...'带和与忙给把用对向为伏蹲站坐拿教领帮陪'].map((v) => `正${v}`),
]
