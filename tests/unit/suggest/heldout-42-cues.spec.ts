// Suggester rules from the heldout-42 first look. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const found = (raw: string) => suggester.suggest(raw).map((s) => `${s.label} ${raw.slice(s.start, s.end)}`)

cases('after a role, a surname and a given name whose first glyph makes a place with it, then a verb of speaking, is a person', [
  ['村党支部书记韩国庆说，今年村里的大米卖得好。', ['PER 韩国庆']],
  ['合作社理事长韩国庆介绍，韩国客商下月来访。', ['PER 韩国庆', 'LOC 韩国']],
  ['村党支部书记走访韩国企业。', ['LOC 韩国']],
] as const, found)

cases('a name\'s full form read elsewhere on the page replaces a shorter reading, even across a word jieba read over its end', [
  ['今年58岁的王福贵在黄河边守了三十多年。护堤队员王福贵已经扛着冰钎上了大堤。', ['PER 王福贵', 'LOC 黄河', 'PER 王福贵']],
] as const, found)
