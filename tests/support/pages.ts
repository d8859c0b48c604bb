// Invented page texts for the integration tests: the shapes of a real newspaper page (a section
// banner, two-line headlines, 本报讯 datelines with a reporter's credit, wrapped body lines, a
// closing slogan), none of them copied from a real paper.

/** Two articles under a section banner; the segmenter takes the closing slogan as a second title line. */
export const MARKET_PAGE = [
  '■本地·民生',
  '',
  '青山镇农贸市场',
  '今日开业',
  '',
  '本报讯 （记者 林晓雨）6月3日，青山镇新建的农贸市场正式开业，',
  '一百二十个摊位全部入驻，周边村民可以就近买到新鲜蔬菜。',
  '镇长郑国平表示，市场将实行统一管理，确保价格公道。',
  '',
  '河滨公园完成改造',
  '',
  '本报讯 （通讯员 吴海涛）经过三个月施工，柳河县河滨公园的步道',
  '和照明设施已全部更新，市民夜间散步更加方便。',
  '',
  '节约用水 从我做起',
  '',
].join('\n')

/** One article whose reporter's name is outside the BMP (code point and UTF-16 offsets differ). */
export const ASTRAL_PAGE = [
  '■文化·副刊',
  '',
  '古村落里的木刻版画',
  '',
  '本报讯 （记者 陈𠮷安）石桥乡杏花村的老艺人𠮷师傅',
  '坚持木刻版画创作四十年，作品近日在县文化馆展出。',
  '',
].join('\n')

const PLACES = ['青山镇', '柳河县', '白杨村', '石桥乡', '东湖区', '南岭镇', '清水县', '杏花村', '松林乡', '北坡村']
const THINGS = ['新建卫生院投入使用', '举办农民丰收节', '完成道路硬化工程', '开通城乡公交专线', '建成社区图书室', '启动河道清淤工程']
const REPORTERS = ['林晓雨', '吴海涛', '郑国平', '陈明远', '赵雪梅', '孙立伟', '周佳宁', '钱文博']
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']
/** 1..99 in Chinese numerals (一, 十二, 二十, 三十五). */
const numeral = (k: number) => (k < 10 ? DIGITS[k] : `${k >= 20 ? DIGITS[Math.floor(k / 10)] : ''}十${DIGITS[k % 10]}`)

/** A long page of n (up to 99) short news items, each a headline and a 本报讯 paragraph of two lines, then a slogan. */
export function bulletinPage(n: number): string {
  const lines = ['■县域·简讯', '']
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length]
    const thing = THINGS[i % THINGS.length]
    lines.push(
      `${place}${thing}`,
      '',
      `本报讯 （记者 ${REPORTERS[i % REPORTERS.length]}）近日，${place}${thing}，`,
      `第${numeral(i + 1)}批项目惠及群众${(i + 2) * 130}人，当地干部群众表示满意。`,
      '',
    )
  }
  lines.push('建设美丽乡村 共享幸福生活', '')
  return lines.join('\n')
}
