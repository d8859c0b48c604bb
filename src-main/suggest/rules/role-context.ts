// Persons recognised by their neighbours: a role or title before the name, a form of
// address after it, or a speech verb after it. After a role the name is read from the
// characters themselves (jieba glues names to what follows: "马淑兰住", "户段海军"): a Han
// surname and one or two given characters up to where the next word starts, or a name
// without a Han surname up to the next word.
import { isHan } from '../text/chars'
import type { PageView } from '../text/page-view'
import { commonWordAt, commonWordTag, dictionaryTag, isCommonWord, type Token } from '../text/tokens'
import { GIVEN_NAME_SHARE, givenNameShare, rareInNames } from '../dictionaries/given-names'
import { elementEndsAt, isMongolianName, mongolianNameEnd } from '../dictionaries/mongolian-names'
import { isSurname, surnameLength, transliterationShare } from '../../../src-shared/text/surnames'
import { withoutBeaten } from '../overlaps'
import type { Span } from '../types'
import { isHanName, isTransliteratedName } from './person-names'
import { FUNCTION_CHARS } from './name-heads'
import { wordTrie } from '../dictionaries/trie'
import { ADDRESS_AFTER, AFTER_NAME, ROLE_SUFFIXES, ROLE_WORDS, SPEECH_VERBS } from './role-words'

const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg'])
const MAX_TRANSLITERATED = 7
/** Function words and adverbs that are also surnames; 于 is a surname far more often. */
const NOT_NAME_START = new Set([...[...FUNCTION_CHARS].filter((c) => c !== '于'), ...'都应也'])
/** Below this share a character outside transliterations ends such a name. */
const FOREIGN_SHARE = 0.15

const afterName = wordTrie(AFTER_NAME)
const addressOrSpeech = wordTrie([...ADDRESS_AFTER, ...SPEECH_VERBS])
const addresses = new Set(ADDRESS_AFTER)
const speech = wordTrie(SPEECH_VERBS)
/** Role suffixes naming a trade's practitioner ("修复师", "驯马手"), which jieba may split off. */
const TRADE_SUFFIXES = new Set([...'师手'])
/** What a clause opens after: the text's start, punctuation, a quotation's marks, a line break. By code: asked at every position. */
const CLAUSE_OPENS_AFTER = new Set([...'。，；：！？、“”‘’「」（）\n '].map((c) => c.charCodeAt(0)))

const person = (start: number, end: number, score: number): Span => ({ start, end, label: 'PER', source: 'rule', score })
type Range = { start: number; end: number }

/**
 * `places` marks dictionary places: a name never runs into one ("学员赴|和林格尔县").
 * `credited` marks names read from credit lines, which know better where names part.
 */
export function roleContextPersons(view: PageView, tokens: readonly Token[], tokenAt: Int32Array, places: Uint8Array, credited: Uint8Array): Span[] {
  const { text } = view
  const out: Span[] = []
  // A Mongolian name may open with a word that is a place too ("乌兰|托娅").
  // A surname and a given name the dictionary also knows as a place ("理事长赵|永胜说") is a name.
  const givenNamePlace = (r: Range) => r.end - r.start === 3 && isSurname(text[r.start]) && places[r.start] === 0 && places[r.start + 1] === 1 && places[r.end] !== 1
  // So is a surname and a given name whose first glyph makes a place with it, a verb of speaking
  // right after ("书记韩国|庆说"): a place is not what speaks.
  const surnamePlace = (r: Range) => r.end - r.start === 3 && isSurname(text[r.start]) && places[r.start] === 1 && places[r.start + 1] === 1 &&
    places[r.end - 1] === 0 && speech.longestAt(text, r.end) !== null
  // A dictionary place whole is no name, however transliterated it reads ("落户|乌兰察布").
  const wholePlace = (r: Range) => places.subarray(r.start, r.end).every((c) => c === 1)
  const intoPlace = (r: Range) => wholePlace(r) || ((places[r.start] !== places[r.end - 1]) && !isMongolianName(text.slice(r.start, r.end)) && !givenNamePlace(r) && !surnamePlace(r)) ||
    (places[r.end - 1] === 1 && places[r.end] === 1) || credited.subarray(r.start, r.end).some((c) => c)
  for (let i = 0; i < text.length; i++) {
    const end = roleEndingAt(text, i, tokens, tokenAt)
    let name = end === null ? null : nameAfter(text, end, tokens, tokenAt)
    if (!name || intoPlace(name)) continue
    out.push(person(name.start, name.end, 0.85))
    // "村民申桂兰、牛晓峰、时建国": the role covers the names listed after the first.
    while (text[name.end] === '、' && (name = nameAfter(text, name.end + 1, tokens, tokenAt)) && !intoPlace(name)) out.push(person(name.start, name.end, 0.8))
    i = out[out.length - 1].end - 1
  }
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k - 1]
    if (!NAME_TAGS.has(t.tag) || !isHanName(t.word)) continue
    const next = addressOrSpeech.longestAt(text, tokens[k].start)
    if (next && plausible(t.word)) out.push(person(withSurname(text, tokens, k - 1), t.end, addresses.has(text.slice(tokens[k].start, next.end)) ? 0.8 : 0.75))
  }
  // A Mongolian name of known elements opening a clause, then a speech verb ("…。”孟根其其格说，"):
  // no role word is printed before such a name, and jieba tags none of it.
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && !CLAUSE_OPENS_AFTER.has(text.charCodeAt(i - 1))) continue
    for (let len = MAX_TRANSLITERATED; len >= 3; len--) {
      const verb = speech.longestAt(text, i + len)
      const r = { start: i, end: i + len }
      if (!verb || !isMongolianName(text.slice(i, i + len)) || intoPlace(r)) continue
      out.push(person(r.start, r.end, 0.75))
      break
    }
  }
  // One reading per name: the longest (a role reading "苏和巴特尔" over the verb's "巴特尔").
  return withoutBeaten(out, (o, s, j, i) => o.end - o.start > s.end - s.start || (o.end - o.start === s.end - s.start && j < i))
}

/** End of a role word starting at `i` (a listed one, or a jieba noun ending like a role: "预报员"), or null. */
function roleEndingAt(text: string, i: number, tokens: readonly Token[], tokenAt: Int32Array): number | null {
  const listed = ROLE_WORDS.longestAt(text, i)
  // A role word inside a longer word is none ("成员国", "党员干部").
  if (listed) return commonWordAt(text, i) > listed.end - i ? null : listed.end
  const t = tokens[tokenAt[i]]
  const noun = t.tag === 'n' || (t.tag === 'x' && t.word.length > 2)
  if (t.start === i && noun && t.word.length > 1 && ROLE_SUFFIXES.has(t.word[t.word.length - 1])) return t.end
  // A trade's verb or noun, then a role suffix jieba left on its own ("修复|师", "驯马|师").
  const next = tokens[tokenAt[i] + 1]
  const trade = (t.tag === 'v' || t.tag === 'n' || t.tag === 'vn') && t.word.length === 2
  return t.start === i && trade && next?.word.length === 1 && TRADE_SUFFIXES.has(next.word) ? next.end : null
}

/** "尚玉兰说": jieba left the surname on its own before the given name. */
function withSurname(text: string, tokens: readonly Token[], k: number): number {
  const s = tokens[k - 1]
  const alone = s && s.word.length === 1 && isSurname(s.word) && !FUNCTION_CHARS.has(s.word) && !isHan(text[s.start - 1])
  return alone && tokens[k].word.length === 2 ? s.start : tokens[k].start
}

/** A function word or a verb that ends a name whatever the name's characters ("王丽和", "杨帆摄"). */
function strongStop(text: string, q: number): boolean {
  const w = afterName.longestAt(text, q)
  return FUNCTION_CHARS.has(text[q]) || text[q] === '说' || text[q] === '摄' || (w !== null && w.end - q > 1)
}

/**
 * Where a name may end: the text ends, a non-Han character, a function word or a common
 * word starts (for a name without a Han surname, a word not made of its characters: "木格"
 * stays inside "乌云其木格").
 */
function stopsAt(text: string, q: number, transliterated = false): boolean {
  if (q >= text.length || !isHan(text[q]) || afterName.longestAt(text, q) !== null || strongStop(text, q)) return true
  const n = commonWordAt(text, q)
  return n > 0 && (!transliterated || [...text.slice(q, q + n)].some((c) => transliterationShare(c) === 0))
}

/** The name right after a role word ending at `p`, or null. */
function nameAfter(text: string, p: number, tokens: readonly Token[], tokenAt: Int32Array): Range | null {
  // A conjunction, preposition or adverb that is also a surname starts no name there ("选手和教练员", "员工都称赞").
  if (p >= text.length || !isHan(text[p]) || text[p] === '们' || NOT_NAME_START.has(text[p])) return null
  const han = hanNameAfter(text, p, tokens, tokenAt)
  const translit = transliteratedNameAfter(text, p)
  if (han && translit) {
    // "苏雅拉图介绍": a Han reading ("苏雅拉") glued to more name characters loses to a longer
    // transliterated name (also one running over a syllable that is a word too, runsOver);
    // "巴音骑着": one that takes a character foreign to names loses to a shorter one.
    if (translit.end > han.end) return translit
    if (han.end > translit.end && foreign(text, translit.end)) return translit
  }
  return han ?? translit
}

/** A character found neither in transliterated nor, commonly, in given names. */
const foreign = (text: string, q: number) =>
  q < text.length && transliterationShare(text[q]) === 0 && givenNameShare(text[q]) < FOREIGN_SHARE

/**
 * A Han name right after a role: jieba's name word when it found one, else the surname and
 * one or two given characters, the second only when it is likely in a name ("马淑兰|住在",
 * "王强|调研").
 */
function hanNameAfter(text: string, p: number, tokens: readonly Token[], tokenAt: Int32Array): Range | null {
  // "小李", "老王": a familiar form (not a word: "老师", "小康").
  if ((text[p] === '小' || text[p] === '老') && isSurname(text[p + 1] ?? '') && stopsAt(text, p + 2) && !isCommonWord(text.slice(p, p + 2))) return { start: p, end: p + 2 }
  const t = tokens[tokenAt[p]]
  const jiebaName = t.start === p && NAME_TAGS.has(t.tag) && isHanName(t.word) && !isCommonWord(t.word) && plausible(t.word)
  if (jiebaName && stopsAt(text, t.end) && !(t.word.length === 2 && dictionaryTag(t.word) && !strongStop(text, t.end))) return { start: p, end: t.end }
  const sl = surnameLength(text.slice(p, p + 2))
  const second = p + sl + 1
  if (!sl || second > text.length || !isHan(text[second - 1])) return null
  // jieba's name word for the two given characters after a surname it read alone ("张/宇航/nr|穿着").
  const given = tokens[tokenAt[p + sl]]
  if (given.start === p + sl && given.word.length === 2 && NAME_TAGS.has(given.tag) && plausible(text.slice(p, given.end))) return { start: p, end: given.end }
  // The second given character: a likely one, or any before a verb that ends names ("贺春花说").
  const three = second < text.length && isHan(text[second]) && !strongStop(text, second) &&
    (givenNameShare(text[second]) >= GIVEN_NAME_SHARE || (strongStop(text, second + 1) && !commonWordAt(text, second)))
  const end = three ? second + 1 : second
  const name = text.slice(p, end)
  // A three-character reading across two words is none ("干部|清理", "纪念|堂"), nor a word of two ("智慧的").
  const firstWord = dictionaryTag(text.slice(p, second)) !== null
  const acrossWords = three && firstWord && (commonWordAt(text, second) > 0 || givenNameShare(text[second - 1]) < GIVEN_NAME_SHARE)
  const dictionaryPair = !three && firstWord && !strongStop(text, end)
  return isHanName(name) && !isCommonWord(name) && !acrossWords && !dictionaryPair && plausible(name) ? { start: p, end } : null
}

/** No given-name character of a Han name is one names hardly ever hold ("幸福感", "金点子"). */
const plausible = (name: string) => ![...name.slice(surnameLength(name))].some(rareInNames)

/**
 * A name without a Han surname runs up to the next word, or to a character found neither in
 * such names nor in given names ("巴音|骑着").
 */
function transliteratedNameAfter(text: string, p: number): Range | null {
  if (transliterationShare(text[p]) === 0 || stopsAt(text, p, true)) return null
  for (let q = p + 2; q <= Math.min(text.length, p + MAX_TRANSLITERATED); q++) {
    if (!foreign(text, q) && !stopsAt(text, q, true)) continue
    const name = text.slice(p, mongolianNameEnd(text, p, runsOver(text, p, q), p + MAX_TRANSLITERATED))
    const tag = commonWordTag(name)
    // jieba knows some such names as proper words ("乌云其木格/ns"); short ones are mostly ordinary words ("大都").
    return isTransliteratedName(name) && (tag === null || (name.length > 2 && (tag === 'ns' || tag === 'nz'))) ? { start: p, end: p + name.length } : null
  }
  return null
}

/** Conjunctions that are also syllables of Mongolian names ("巴图孟和", "孟和巴雅尔"). */
const NAME_CONJUNCTIONS = new Set('和')

/**
 * Where a transliterated name stopped at q by an adverb or conjunction that is also one of its
 * syllables really ends: over more name glyphs up to a clear end ("那仁满|都拉|说"), or over a
 * conjunction no noun follows ("巴图孟和|给记者"); else q. Only for names of four glyphs or more.
 */
function runsOver(text: string, p: number, q: number): number {
  if (q >= text.length || transliterationShare(text[q]) === 0 || foreign(text, q)) return q
  let r = q + 1
  while (r < text.length && r - p < MAX_TRANSLITERATED && isHan(text[r]) && transliterationShare(text[r]) > 0 && !strongStop(text, r)) r++
  const clearEnd = (i: number) => i >= text.length || !isHan(text[i]) || strongStop(text, i)
  if (r > q + 1 && r - p >= 4 && clearEnd(r)) return r
  // Only where the conjunction ends one of the names' elements ("孟和", "苏和"; not "娜仁花|和同学").
  if (NAME_CONJUNCTIONS.has(text[q]) && q + 1 - p >= 4 && q + 1 < text.length && FUNCTION_CHARS.has(text[q + 1]) && elementEndsAt(text, q + 1)) return q + 1
  return q
}
