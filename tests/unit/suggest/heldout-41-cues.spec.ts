// Suggester rules from the heldout-41 first look. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const found = (raw: string) => suggester.suggest(raw).map((s) => `${s.label} ${raw.slice(s.start, s.end)}`)

cases('a lone numeral glyph glued to a place word opens the place\'s name; a count with its measure word does not', [
  ['连日来，七岔沟林场组织职工清理林下枯枝', ['ORG 七岔沟林场']],
  ['今年三道沟村种植玉米5000亩', ['LOC 三道沟村']],
  ['全旗有五个林场参加了春季防火演练', []],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))

cases('a name ending in a small place\'s head (…山, …峰) after a role or title is a person, not a place with the title in it', [
  ['居民孙庆山说，今年冬天家里很暖和', ['PER 孙庆山']],
  ['种植大户韩占山算了一笔账', ['PER 韩占山']],
  ['检察官苗立峰表示，将依法办理', ['PER 苗立峰']],
  ['游客登上马鞍山观景台', ['LOC 马鞍山']],
] as const, found)

cases('the aspect particle 着 ends a verb jieba glued into an unknown word: no name runs through it', [
  ['社区居民孙桂兰拉着社区干部的手说个不停。', ['PER 孙桂兰']],
  ['服务卡上印着片区网格员的电话。', []],
  ['沙丘下面埋着古城的遗址。', []],
] as const, found)

cases('a trade term jieba does not know (冷链) names a kind of business, not a company; a named company keeps it', [
  ['旗里大力发展冷链物流，建设冷链仓储中心', []],
  ['青河县恒达冷链物流有限公司新建冷库两座', ['ORG 青河县恒达冷链物流有限公司']],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))

cases('a landscape (草原, 沙漠, 沙地) is named by a place before it, never by a word jieba takes for a name', [
  ['游客们来到锡林郭勒草原观看那达慕', ['LOC 锡林郭勒草原']],
  ['牧民们在贡格尔草原上放牧', ['LOC 贡格尔草原']],
  ['依托金莲川草原发展旅游', ['LOC 金莲川草原']],
  ['建设智慧草原监测平台', []],
  ['用短视频等新媒体讲好草原故事', []],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))

cases('城市, which jieba\'s dictionary tags as a place, is the common noun: 城市社区 is a kind of community', [
  ['推动城市社区治理向精细化转变', []],
  ['青河县城市管理综合执法局开展夜间巡查', ['ORG 青河县城市管理综合执法局']],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))
