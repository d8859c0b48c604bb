// Mongolian personal names are compounds of a small stock of elements (巴图 "firm", 孟和
// "eternal", 其其格 "flower", …) written in a few dozen characters, several of which are
// ordinary words too (和, 图, 都, 正). Where such a name ends is where its elements end:
// "巴图孟和|家", "敖登格日乐|介绍", not "巴图孟|和家". The stock below is general onomastics,
// not names of any page.
import { wordTrie } from './trie'

const ELEMENTS = (
  '巴图 巴特尔 巴雅尔 巴音 巴根 巴达 巴达荣贵 巴德玛 白音 宝音 宝力道 宝力格 宝鲁 毕力格 必力格 布和 布仁 朝鲁 朝克 朝格 ' +
  '其木格 其其格 其勒 达来 达赖 达日 达古拉 额尔敦 额尔德尼 额尔德木图 额日登 额尔登 恩和 特木尔 铁木尔 孟和 孟根 那顺 ' +
  '那仁 娜仁 苏和 苏日 苏德 乌力吉 乌日 乌兰 乌云 乌恩 图门 图们 图雅 托娅 斯琴 格日勒 格日乐 高娃 萨仁 满都拉 满都呼 ' +
  '吉日嘎拉 嘎拉 吉雅 吉日木图 阿拉坦 阿拉腾 阿木尔 敖登 敖其尔 哈斯 呼和 呼斯楞 赛音 赛罕 桑布 道尔吉 扎布 扎那 ' +
  '旺其格 青格勒 查干 德力格尔 温都苏 陶格斯 朝克图 格根图 木图 那木吉拉 吉尔格勒 额尔很 乌日娜 其日麦 萨日娜 ' +
  '图布 达瓦 索德 索伦 哈达 塔娜 塔拉 苏雅拉 雅拉 ' +
  '孟克 乌日根 萨其拉 特日格乐 敖日格乐 胡格吉乐 斯日古楞 那日苏 额日很 阿茹汗 阿如汗 巴特'
).split(' ')
const elements = wordTrie(ELEMENTS)
const MAX_ELEMENT = Math.max(...ELEMENTS.map((e) => e.length))
/** The suffix -tu ("巴雅尔图", "朝鲁图"): a glyph that ends a name only after an element. */
const SUFFIX = '图'

/** Ends e (> p, ≤ max) such that text[p, e) is a sequence of elements, each glyph suffix after one. */
function elementEnds(text: string, p: number, max: number): number[] {
  const ends = new Set<number>()
  const walk = (i: number, count: number) => {
    elements.forEachAt(text, i, (e) => {
      if (e > max) return
      ends.add(e)
      walk(e, count + 1)
    })
    if (count > 0 && i < max && text[i] === SUFFIX) ends.add(i + 1)
  }
  walk(p, 0)
  return [...ends].sort((a, b) => a - b)
}

/** Whether a whole string is a sequence of name elements ("乌兰托娅", "巴图孟和"). */
export const isMongolianName = (s: string): boolean => s.length >= 3 && elementEnds(s, 0, s.length).includes(s.length)

/** Whether an element ends at `end` in `text` that ends in the glyph there ("孟和", "苏和" at 和). */
export function elementEndsAt(text: string, end: number): boolean {
  for (let len = 2; len <= MAX_ELEMENT && len <= end; len++) if (elements.has(text.slice(end - len, end))) return true
  return false
}

/**
 * The end of the Mongolian name starting at `p` that a reading ending at `end` cut short:
 * the furthest end of a whole sequence of elements up to two glyphs after `end` ("巴图孟" →
 * 巴图孟和, "敖登格" → 敖登格日乐); else `end` (a name may hold glyphs the stock lacks: a
 * reading is never shortened).
 */
export function mongolianNameEnd(text: string, p: number, end: number, max: number): number {
  const longer = elementEnds(text, p, Math.min(max, text.length)).filter((e) => e > end && e - end <= 2)
  return longer.length ? longer[longer.length - 1] : end
}
