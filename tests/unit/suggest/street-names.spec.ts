// Streets and residential compounds named by words no dictionary knows as places are places;
// a kind of road or compound named by common words is not. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const places = (raw: string) => suggester.suggest(raw).filter((s) => s.label === 'LOC').map((s) => raw.slice(s.start, s.end))

cases('a street or compound whose name jieba cuts into names and nouns, its head a word of its own', [
  ['交管部门同步在昭乌达路增派警力。', ['昭乌达路']],
  ['让群众真正参与进来。和平里小区前前后后开了十次会。', ['和平里小区']],
  ['今年将对西拉沐沦大街进行改造。', ['西拉沐沦大街']],
] as const, places)

cases('no place in a kind of road or compound named by common words', [
  ['村里修好了产业路，还修了资源路。', []],
  ['这条路修好了，老旧小区改造也开始了。', []],
  ['沿着公路向北，居民小区的路灯亮了。', []],
] as const, places)
