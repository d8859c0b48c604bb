// A few names every Chinese newspaper carries, which no context rule can catch because they
// appear bare ("习近平新时代中国特色社会主义思想").
export const WELL_KNOWN_PEOPLE: readonly string[] = [
  '习近平', '毛泽东', '邓小平', '周恩来', '刘少奇', '朱德', '江泽民', '胡锦涛', '孙中山', '马克思', '恩格斯', '列宁',
]

export const WELL_KNOWN_ORGS: readonly string[] = [
  '新华社', '人民日报', '光明日报', '经济日报', '中央电视台', '央视', '中央广播电视总台', '内蒙古日报', '北方新报',
  '内蒙古广播电视台', '中共中央', '党中央', '国务院', '全国人大', '全国政协', '中央军委', '中央纪委', '国家发展改革委',
  '国家发改委', '联合国', '世界卫生组织', '世界贸易组织', '上海合作组织', '中国人民银行', '国家电网', '中国移动',
  '中国联通', '中国电信', '中国石油', '中国石化', '中国铁路', '国铁集团',
]
