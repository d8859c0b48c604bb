// A company named by its place, a brand jieba knows no word of (cut into single glyphs of any
// tag), its trade and its head is one organisation. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const found = (raw: string) => suggester.suggest(raw).map((s) => `${s.label} ${raw.slice(s.start, s.end)}`)

cases('a place, a brand of single glyphs, a trade, then 有限公司', [
  ['该项目由内蒙古赤硅科技有限公司投资建设。', ['ORG 内蒙古赤硅科技有限公司']],
  ['合作社与内蒙古草都牧业有限公司签订收购协议。', ['ORG 内蒙古草都牧业有限公司']],
  ['由内蒙古晟源科技有限公司承建。', ['ORG 内蒙古晟源科技有限公司']],
] as const, found)

cases('no company where no brand stands between the place and the head', [
  ['在内蒙古的公司里工作了十年。', ['LOC 内蒙古']],
] as const, found)
