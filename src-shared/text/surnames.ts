// Han surnames: the common single-character ones (covering most of the population) and the
// compound ones. A name that starts with one is read as surname + one or two given characters.

const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季' +
  '裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦' +
  '戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻' +
  '苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练' +
  '廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿' +
  '鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '端木', '独孤', '南宫', '西门', '呼延', '万俟', '澹台', '公冶', '申屠', '太史', '闻人',
]

const singles = new Set(SINGLE)

export const isSurname = (ch: string): boolean => singles.has(ch)

const compounds = new Set(COMPOUND)

/** Length of the surname a name starts with: 2 for compound, 1 for single, 0 for none. */
export function surnameLength(name: string): number {
  if (compounds.has(name.slice(0, 2))) return 2
  return singles.has(name[0]) ? 1 : 0
}

// Characters that make up Mongolian (and other transliterated) given names such as
// 巴雅尔图, 额尔德尼, 朝克图: such names have no Han surname, so a run made mostly of
// these characters, in a name position, is read as one name.
const TRANSLITERATION = new Set(
  '阿巴白宝包毕必宾博布勃仓策查朝其琪齐钦楚春达大丹道德登迪都杜敦多朵额鄂恩尔发甘高戈格根古固哈海罕' +
  '好浩合和赫黑呼胡虎花华吉嘉江金锦卡克库拉兰朗勒雷楞力丽连林琳伦罗洛玛马曼满毛梅门蒙孟米密敏明莫' +
  '木穆那纳娜乃奈尼聂努诺帕其乾钦青庆琴仁日荣如萨赛色森沙善尚生胜什诗斯松苏素塔台太泰特腾提铁通图' +
  '吐托娃旺温文乌希锡喜夏仙香肖谢新秀雅亚衍扬耶叶依伊音英永由玉元苑扎札占珍正芝珠卓兹宗祖尊嘎噶嘉' +
  '敖鲁赖娅坦桑陶索贵乐瓦麦' +
  // and of the places named alike (察罕塔拉, 巴彦杭盖, 查干温都, 巴润哈达, 额很…)
  '察彦杭盖干润很',
)

/** Whether a character is typical of transliterated names. */
export const isTransliterationGlyph = (c: string): boolean => TRANSLITERATION.has(c)

/** Share of a string's characters typical of transliterated names. */
export const transliterationShare = (s: string): number =>
  s.length ? [...s].filter((c) => TRANSLITERATION.has(c)).length / s.length : 0
