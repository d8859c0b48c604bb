// Persons read from their neighbours: a Mongolian name opening a clause before a speech verb (no role word before
// it, no tag from jieba), a name after a trade split from its role suffix. All texts invented.
import { createSuggester } from '../../../src-main/suggest'
import { cases } from '../../support/cases'

const suggester = createSuggester()
const persons = (raw: string) => suggester.suggest(raw).filter((s) => s.label === 'PER').map((s) => raw.slice(s.start, s.end))

cases('a Mongolian name of known elements opening a clause, then a speech verb', [
  ['“石刻最怕急，”孟根其其格说，“一块碑要修半年。”', ['孟根其其格']],
  ['今年收成好。乌云达来说，明年还要多种两百亩。', ['乌云达来']],
  ['草场恢复得快，那仁满都拉表示，这得益于轮牧。', ['那仁满都拉']],
] as const, persons)

cases('no person where the words before a speech verb are no such name', [
  ['他们说今年的草长得好。', []],
  ['专家介绍，今年的草长得好。', []],
  ['乌兰察布说明了今年的情况。', []],
] as const, persons)

cases('a trade\'s role word jieba split before its suffix ("修复|师") still reads the name after it', [
  ['在文物保护中心，修复师郝建国正戴着放大镜清理铜镜。', ['郝建国']],
] as const, persons)
