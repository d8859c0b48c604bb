// Persons that jieba itself reads as names: dictionary person words (nr, nrfg, nrt: "李岚清",
// "若斯潘") and unknown words its HMM groups into one name-shaped token ("何泰权"). No
// context is needed, which is what most names in running news text have. jieba's person
// tags are noisy (many two-character common words carry nr, and three-character ones such
// as "纪念章"), so only three characters or more count, in the shape of a Han name (surname +
// two given characters, not starting with a common word or a function character) or of a
// transliteration, not ending like a place or an institution, and never where a place was found.
import { FUNCTION_CHARS } from './name-heads'
import { isHanName, isTransliteratedName } from './person-names'
import { isCommonWord, type Token } from '../text/tokens'
import type { Span } from '../types'

const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt'])
/** Second characters that make a surname a form of address or a reference, not a name. */
const NOT_GIVEN_NAMES = new Set([...'老某总氏姓家'])
/** Last characters of places and institutions ("高新区", "林草局", "…山"), which jieba may tag as persons. */
const NOT_NAME_ENDINGS = new Set([...'区局山县市省州村镇乡旗盟委厅部院所司制站湖河江岛港'])
const MIN_LENGTH = 3
/** Below WEAK_SCORE (combine.ts): a trained model overrides these guesses. */
const HAN_NAME_SCORE = 0.65
const TRANSLITERATED_SCORE = 0.6

export function taggedPersons(tokens: readonly Token[], places: Uint8Array): Span[] {
  const out: Span[] = []
  for (const t of tokens) {
    const w = t.word
    if (w.length < MIN_LENGTH || (t.tag !== 'x' && !PERSON_TAGS.has(t.tag)) || FUNCTION_CHARS.has(w[0]) || NOT_NAME_ENDINGS.has(w[w.length - 1])) continue
    if (places.subarray(t.start, t.end).some((p) => p)) continue
    if (isHanName(w) && !NOT_GIVEN_NAMES.has(w[1]) && !isCommonWord(w.slice(0, 2))) out.push({ start: t.start, end: t.end, label: 'PER', source: 'rule', score: HAN_NAME_SCORE })
    else if (PERSON_TAGS.has(t.tag) && isTransliteratedName(w)) out.push({ start: t.start, end: t.end, label: 'PER', source: 'rule', score: TRANSLITERATED_SCORE })
  }
  return out
}
