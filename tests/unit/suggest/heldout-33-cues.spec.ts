// Suggester rules from the heldout-33 first look. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const found = (raw: string) => suggester.suggest(raw).map((s) => `${s.label} ${raw.slice(s.start, s.end)}`)

cases('the region\'s land ports, named by towns no county list holds, and the offices named after them', [
  ['今年以来，甘其毛都口岸和策克口岸过货量均创新高', ['LOC 甘其毛都口岸', 'LOC 策克口岸']],
  ['珠恩嘎达布其口岸新建智能卡口四条', ['LOC 珠恩嘎达布其口岸']],
  ['甘其毛都海关关员对空箱车辆进行查验', ['ORG 甘其毛都海关']],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))

cases('bookstores under a place\'s name', [
  ['白河县新华书店今年新开两家门店', ['ORG 白河县新华书店']],
  ['赤峰市新华书店和青河书店联合举办读书月活动', ['ORG 赤峰市新华书店', 'ORG 青河书店']],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))

cases('zones named by their trade alone are no places; a named one keeps its trade words', [
  ['新签约企业将入驻物流园区和化工园区，综合保税区也在扩建', []],
  ['青河稀土新材料产业园新签约项目12个', ['LOC 青河稀土新材料产业园']],
] as const, (raw) => found(raw).filter((s) => !s.startsWith('PER')))

cases('a city jieba reads as another word, its unit glyph read with the office after it, names that office', [
  ['共青团包头市委联合银行推出“青创贷”', ['ORG 共青团包头市委']],
  ['包头市委召开全会', ['ORG 包头市委']],
] as const, (raw) => found(raw).filter((s) => s.startsWith('ORG')))
