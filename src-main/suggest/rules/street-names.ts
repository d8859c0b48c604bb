// Streets and residential compounds named by a word the dictionary does not know as a place
// ("昭乌达路", "和平里小区"): the head jieba cuts off as a word of its own, after two to four
// characters of nouns and names, not common words, set apart from what comes before by
// punctuation, a preposition or a verb. The town before a street is a place of its own
// (named-entities.ts).
import { isCommonPhrase, type Token } from '../text/tokens'
import type { Span } from '../types'

const HEADS = new Set(['路', '街', '大街', '大道', '小区'])
/** Tags of the words a street's name is made of: nouns, names, a locative ("和平|里"). */
const STEM_TAGS = new Set(['n', 'nr', 'nrt', 'nz', 'ns', 'zg', 'f'])
/** Areas a compound or street lies in, named before it: a name starts after them ("团结街道|友谊小区"). */
const AREAS = new Set(['街道', '社区', '嘎查', '村', '镇', '乡', '苏木', '城区'])
const MIN_STEM = 2
const MAX_STEM = 4

export function streetNames(tokens: readonly Token[]): Span[] {
  const out: Span[] = []
  const stemWord = (t: Token) => STEM_TAGS.has(t.tag) && !AREAS.has(t.word)
  for (let k = 1; k < tokens.length; k++) {
    if (!HEADS.has(tokens[k].word)) continue
    let j = k
    while (j > 0 && stemWord(tokens[j - 1]) && tokens[k].start - tokens[j - 1].start <= MAX_STEM) j--
    // The stem opens its phrase (a noun before it makes it part of a longer one); common words
    // make a kind of road, not a name ("致富路", "产业路").
    const opens = j === 0 || !stemWord(tokens[j - 1])
    if (j === k || tokens[k].start - tokens[j].start < MIN_STEM || !opens || isCommonPhrase(tokens.slice(j, k).map((t) => t.word).join(''))) continue
    out.push({ start: tokens[j].start, end: tokens[k].end, label: 'LOC', source: 'rule', score: 0.75 })
  }
  return out
}
