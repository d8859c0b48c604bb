// Short forms newspapers use for leagues, cities and banners that no suffix rule derives
// (abbreviations of multi-part names), with no claim of completeness.
export const ADMIN_ABBREVIATIONS: readonly string[] = [
  // leagues and cities
  '锡盟', '兴盟', '阿盟', '巴盟', '伊盟', '哲盟', '呼市', '包市', '赤市', '鄂市', '巴市', '通市',
  '呼伦贝尔', '呼和浩特', '鄂尔多斯', '乌兰察布', '二连', '满洲里',
  // banners and counties (Inner Mongolia)
  '土左旗', '土右旗', '达茂旗', '达茂', '托县', '和林县', '清水河县', '察右前旗', '察右中旗', '察右后旗',
  '科左中旗', '科左后旗', '科右前旗', '科右中旗', '阿左旗', '阿右旗', '东乌旗', '西乌旗', '东乌', '西乌',
  '乌前旗', '乌中旗', '乌后旗', '杭后', '杭后旗', '巴林左', '巴林右', '阿旗', '克旗', '翁旗', '喀旗',
  '敖汉', '宁城', '莫旗', '鄂伦春旗', '鄂温克旗', '新左旗', '新右旗', '陈旗', '准旗', '伊旗', '达旗',
  '鄂前旗', '鄂旗', '杭锦', '乌审', '四子王', '正蓝旗', '正镶白旗', '镶黄旗', '苏尼特左旗', '苏尼特右旗',
  '东苏旗', '西苏旗', '阿巴嘎', '扎旗', '扎鲁特', '扎赉特', '突泉', '阿荣', '额济纳', '额旗',
  // two-character stems of districts, which the general rule leaves out (most such stems elsewhere are ordinary words)
  '玉泉', '赛罕', '东河', '石拐', '九原', '乌达', '红山', '松山', '东胜', '临河', '集宁',
  // a district's stem used alone that the common-word filter drops (jieba reads it as a name)
  '海拉尔',
]

/** Nicknames papers use for cities ("青城" for 呼和浩特). */
export const CITY_NICKNAMES: readonly string[] = [
  '青城', '乳都', '鹿城', '草原钢城', '暖城', '春城', '泉城', '冰城', '羊城', '蓉城', '榕城', '鹏城', '申城', '星城', '鹭岛',
  '京城', '津门',
]
