// Persons that jieba itself reads as names (dictionary person words nr/nrfg/nrt, and unknown
// words its HMM groups into one name-shaped token) where the text supports the reading with
// something other than a role, an age or a speech verb (role-context.ts reads those): a
// comparison around it ("像赵春梅这样"), or, for a word jieba does not know, the same word
// again on the page. A tag alone is no support: jieba's person tags sit on many common words
// that begin with a surname ("金点子", "幸福感", "沙尘暴"); such names are only the model's
// features. Only three
// characters or more count, in the shape of a Han name whose given-name characters are likely
// ones, or of a transliteration, never where a place was found.
import { likelyGivenName } from '../dictionaries/given-names'
import { surnameLength } from '../../../src-shared/text/surnames'
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
const LIKE_BEFORE = '像'
const LIKE_AFTER = /^(这样|一样|那样)/
/** Below WEAK_SCORE (combine.ts): a trained model overrides these guesses. */
const SCORE = 0.65
/** Below MIN_SUGGESTED_SCORE (combine.ts): a feature for the model, never a suggestion. */
const UNSUPPORTED_SCORE = 0.4

export function taggedPersons(text: string, tokens: readonly Token[], places: Uint8Array): Span[] {
  const seen = new Map<string, number>()
  for (const t of tokens) if (t.tag === 'x') seen.set(t.word, (seen.get(t.word) ?? 0) + 1)
  const out: Span[] = []
  for (const t of tokens) {
    if (!nameShaped(t) || places.subarray(t.start, t.end).some((p) => p)) continue
    const supported = (text[t.start - 1] === LIKE_BEFORE && LIKE_AFTER.test(text.slice(t.end, t.end + 2))) || (t.tag === 'x' && seen.get(t.word)! > 1)
    out.push({ start: t.start, end: t.end, label: 'PER', source: 'rule', score: supported ? SCORE : UNSUPPORTED_SCORE })
  }
  return out
}

function nameShaped(t: Token): boolean {
  const w = t.word
  if (w.length < MIN_LENGTH || (t.tag !== 'x' && !PERSON_TAGS.has(t.tag)) || FUNCTION_CHARS.has(w[0]) || NOT_NAME_ENDINGS.has(w[w.length - 1])) return false
  if (isHanName(w)) return !NOT_GIVEN_NAMES.has(w[1]) && !isCommonWord(w.slice(0, 2)) && likelyGivenName(w, surnameLength(w))
  return PERSON_TAGS.has(t.tag) && isTransliteratedName(w)
}
