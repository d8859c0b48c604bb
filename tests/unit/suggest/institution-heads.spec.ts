// Museums are institutions, like libraries, and an agency's technical stations are offices; a hall
// inside one is no office. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const found = (raw: string) => suggester.suggest(raw).map((s) => `${s.label} ${raw.slice(s.start, s.end)}`)
const placesAndOrgs = (raw: string) => found(raw).filter((s) => !s.startsWith('PER'))

cases('museums and galleries under a place\'s name are organisations; a memorial hall stays a site', [
  ['白河县博物馆今年新征集文物300余件', ['ORG 白河县博物馆']],
  ['青河市美术馆和青河市科技馆联合推出暑期课程', ['ORG 青河市美术馆', 'ORG 青河市科技馆']],
  ['游客在五一嘎查牧业纪念馆驻足', ['LOC 五一嘎查牧业纪念馆']],
] as const, placesAndOrgs)

cases('an exhibition hall or service hall ends no organisation name', [
  ['白河县博物馆近日上线数字展厅', ['ORG 白河县博物馆']],
  ['青河县政务服务中心大厅新设帮办窗口', ['ORG 青河县政务服务中心']],
] as const, placesAndOrgs)

cases('an agency\'s technical stations under a place\'s name are organisations; a railway station stays a site', [
  ['青河县环境监测站发布本周空气质量数据', ['ORG 青河县环境监测站']],
  ['白河镇农技站和白河镇文化站联合开展培训', ['ORG 白河镇农技站', 'ORG 白河镇文化站']],
  ['旅客在满洲里站候车', ['LOC 满洲里站']],
] as const, placesAndOrgs)

cases('village schools, youth palaces and farms under a place\'s name are organisations', [
  ['白河县青河镇中心校新建了塑胶操场', ['ORG 白河县青河镇中心校']],
  ['青河市白河区青少年宫开设非遗课程', ['ORG 青河市白河区青少年宫']],
  ['白河县青河奶牛养殖场存栏奶牛800头', ['ORG 白河县青河奶牛养殖场']],
] as const, placesAndOrgs)

cases('amounts, a flat\'s rooms and a good start name nothing', [
  ['白河县2.6亿亩草原进入休牧期', ['LOC 白河县']],
  ['新房两室一厅，为新年开好局', []],
  ['白河县“流动课堂”开进山区小学', ['LOC 白河县']],
] as const, placesAndOrgs)

cases('a man\'s name ending like a peak is his name; a river jieba reads as a name stays a river', [
  ['经营土特产的商户刘海峰说', ['PER 刘海峰']],
  ['沿霍林河两岸新栽沙柳', ['LOC 霍林河']],
] as const, found)
