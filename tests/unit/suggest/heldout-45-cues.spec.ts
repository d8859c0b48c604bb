// Suggester rules from the heldout-45 first look. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const found = (raw: string) => suggester.suggest(raw).map((s) => `${s.label} ${raw.slice(s.start, s.end)}`)

cases('a place the dictionary lacks, closed by its unit, then a place inside it, are two places', [
  ['青岭区柳园社区的居民排队领书。', ['LOC 青岭区', 'LOC 柳园社区']],
  ['牧民来自查日根旗巴彦镇。', ['LOC 查日根旗', 'LOC 巴彦镇']],
  ['东山市城西社区的居民。', ['LOC 东山市', 'LOC 城西社区']],
  // a unit glyph in a common word (城市, 县城), or a kind of area (自治区), parts nothing
  ['新城市花园社区的居民。', ['LOC 花园社区']],
  ['丰禾县城西街道新开了一家书店。', ['LOC 丰禾县城西街道']],
  ['自治区爱国主义教育基地揭牌。', ['LOC 自治区爱国主义教育基地']],
] as const, found)

cases('an office named after a transliterated town jieba cut apart holds the whole town\'s name', [
  ['技术员来到额很塔拉镇农业科技服务站。', ['ORG 额很塔拉镇农业科技服务站']],
  ['额很乌拉苏木卫生院的医生下乡义诊。', ['ORG 额很乌拉苏木卫生院']],
] as const, found)
