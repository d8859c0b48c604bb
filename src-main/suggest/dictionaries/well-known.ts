// A few names every Chinese newspaper carries, which no context rule can catch because they
// appear bare ("习近平新时代中国特色社会主义思想").
export const WELL_KNOWN_PEOPLE: readonly string[] = [
  '习近平', '毛泽东', '邓小平', '周恩来', '刘少奇', '朱德', '江泽民', '胡锦涛', '孙中山', '马克思', '恩格斯', '列宁',
]

/** The State Council's ministries and commissions, which papers name bare ("农业农村部获悉"). */
export const MINISTRIES: readonly string[] = [
  '外交部', '国防部', '教育部', '科学技术部', '科技部', '工业和信息化部', '工信部', '国家民族事务委员会', '国家民委', '公安部',
  '国家安全部', '民政部', '司法部', '财政部', '人力资源和社会保障部', '人社部', '自然资源部', '生态环境部',
  '住房和城乡建设部', '住建部', '交通运输部', '水利部', '农业农村部', '商务部', '文化和旅游部', '文旅部',
  '国家卫生健康委员会', '国家卫健委', '退役军人事务部', '应急管理部', '审计署', '海关总署', '国家市场监督管理总局',
  '国家市场监管总局', '国家税务总局', '国家统计局', '国家林业和草原局', '国家林草局', '国家医疗保障局', '国家医保局',
  '国家能源局', '国家乡村振兴局', '国家知识产权局', '中国气象局', '中国民用航空局', '中国民航局', '国家铁路局',
]

/** News agencies, papers and websites. */
const MEDIA: readonly string[] = [
  '新华社', '人民日报', '光明日报', '经济日报', '中央电视台', '央视', '中央广播电视总台', '内蒙古日报', '北方新报',
  '内蒙古广播电视台', '新华网', '人民网', '央视网', '中国新闻网', '中新网', '光明网', '中国网', '环球网', '中国日报网',
  '正北方网', '澎湃新闻', '中新社', '中国新闻社',
]

export const WELL_KNOWN_ORGS: readonly string[] = [
  ...MINISTRIES, ...MEDIA,
  '中共中央', '党中央', '国务院', '全国人大', '全国政协', '中央军委', '中央纪委', '国家发展改革委',
  '国家发改委', '联合国', '世界卫生组织', '世界贸易组织', '上海合作组织', '中国人民银行', '国家电网', '中国移动',
  '中国联通', '中国电信', '中国石油', '中国石化', '中国铁路', '国铁集团',
]

/**
 * Things of the grassland's culture the regional papers write about, whose words read like
 * names ("马头琴" a surname and two given glyphs, "安代" a transliteration): never a person, and
 * the place a word starts with is no place there ("蒙古袍").
 */
export const CULTURE_WORDS: readonly string[] = [
  '马头琴', '四胡', '潮尔', '托布秀尔', '安代', '安代舞', '呼麦', '长调', '好来宝', '乌力格尔', '搏克', '那达慕', '敖包',
  '蒙古包', '蒙古袍', '蒙古象棋', '勒勒车', '祝赞词', '查玛', '马鞍', '奶豆腐', '手把肉',
]
