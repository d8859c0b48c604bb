// Organisations and facilities recognised by their head word ("…有限公司", "…党委",
// "…机场") together with the proper name before it, extended left over name-like words:
// "呼伦贝尔市陈巴尔虎旗巴彦库仁镇党委", "二连海关", "自治区林业和草原局". Names nest
// (a company's branch, a party committee of a place): the outermost one is kept. The words
// are jieba's tokens re-cut so that every dictionary place is one word.
import { isDigit, isHan } from '../text/chars'
import { isSurname, isTransliterationGlyph, transliterationShare } from '../../../src-shared/text/surnames'
import { isCommonPhrase, isCommonWord, mergeSpans, tokenIndexByChar, type Token } from '../text/tokens'
import { withoutBeaten } from '../overlaps'
import type { Span } from '../types'
import {
  DETERMINERS, endsLikeOrganisation, endsWithHead, FORCE_UNIT_HEADS, FUNCTION_CHARS, HEAD_LOOKALIKES, isHead, longestHeadAt, NAME_PART_TAGS, NOT_IN_NAME, ORG_OPENERS, STREET_HEADS, UNIT_WORDS,
  VERBS_IN_NAMES, type Head,
} from './name-heads'
import { PEOPLE_WORDS, ROLE_SUFFIXES, ROLE_WORDS, ROLES_BEFORE } from './role-words'

const MAX_NAME = 30
const MAX_TOKENS = 10
const PLACE = 'place'
// Names do not start with a verb: "协助二连海关" is 二连海关, "联合公安局" no name at all.
const LEADING_TRIM = new Set(['v', 'vn', 'b', 'an', 'm'])
/** Tags of words that make a name proper (what a generic "公安局" lacks); unknown words count too. */
const PROPER = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'eng'])
const COMMON_NOUN_TAGS = new Set(['n', 'vn'])
/** Administrative units written in full: the first of two places, not part of the second's name. */
const FULL_ADMIN = /(省|市|盟|旗|县|区|自治州|地区|镇|乡|苏木)$/
/** Words a company's name holds in brackets besides a place ("红牛乳业（集团）有限责任公司"). */
const BRACKETED_ORG_WORDS = new Set(['集团', '控股', '股份', '中国'])
/** Heads of institutions a jieba organisation word names (not offices: every county has a "广电局"). */
const NAMED_WHEN_KNOWN = new Set(['大学', '学院', '银行', '日报', '出版社'])
/** Heads after which a city's own name means "the X of that city" ("通辽社区" are its communities). */
const NOT_AFTER_CITY = new Set(['社区', '小区'])
/**
 * Units of administration: after a transliterated name the dictionary lacks they make a place
 * ("阿尔善旗"); the dictionary's own places keep its reading, a unit after a unit is a kind
 * ("盟市", "旗县"), and a common word ending in one is none ("超市", "文明城市").
 */
const UNIT_HEADS = new Set(['市', '旗', '县', '盟'])
const unitHeadSkipped = (text: string, start: number, hs: number, words: readonly Token[], wordAt: Int32Array, cities: (s: string) => boolean) =>
  (words[wordAt[start]].tag === PLACE && words[wordAt[start]].end === hs) || UNIT_WORDS.has(text[hs - 1]) || transliterationShare(text.slice(start, hs)) < 1 ||
  cities(text.slice(start, hs))

/**
 * `placeSpans` are the dictionary's places (sorted): such a word counts as a proper name
 * whatever jieba tags it. `persons` marks characters already read as a person (credit
 * lines): a name never runs over them. `cities` tells a county-or-larger place.
 */
export function headedNames(
  text: string, tokens: readonly Token[], placeSpans: readonly { start: number; end: number }[], persons: Uint8Array,
  cities: (s: string) => boolean,
): Span[] {
  const words = placesBeforeUnits(stemsRejoined(unglued(mergeSpans(text, tokens, placeSpans, PLACE))), cities)
  const wordAt = tokenIndexByChar(words, text.length)
  const out: Span[] = []
  for (let he = 1; he <= text.length; he++) {
    const head = headEndingAt(text, he, words, wordAt)
    if (!head) continue
    const hs = he - head.word.length
    const start = earliest(extendLeft(text, hs, words, wordAt, persons, head, cities), head.single === 'place' ? transliteratedStem(text, hs, persons, words, wordAt) : null)
    if (start === null || (NOT_AFTER_CITY.has(head.word) && cities(text.slice(start, hs)))) continue
    if (UNIT_HEADS.has(head.word) && unitHeadSkipped(text, start, hs, words, wordAt, cities)) continue
    const score = head.label === 'ORG' && !head.single ? 0.8 : 0.7
    const cuts = head.label === 'LOC' ? placeCuts(text, start, hs) : []
    for (const [s, e] of [start, ...cuts].map((s, k, all) => [s, all[k + 1] ?? he])) out.push({ start: s, end: e, label: head.label, source: 'rule', score })
  }
  return outermost(startingAtCrossedPlaces(text, out))
}

/**
 * An organisation whose left edge falls inside a place read before it starts where that place does: the
 * words before a head stop at glyphs jieba cut apart ("额|很|塔拉|镇…服务站"), which the place's
 * own reading ran over, and an organisation named after a place holds all of it. Only towns,
 * sumu and villages: a city's reading may have run over the words before it ("…由乌海市").
 */
const SMALL_UNIT_END = /(镇|乡|苏木|嘎查|村)$/
function startingAtCrossedPlaces(text: string, spans: Span[]): Span[] {
  const places = spans.filter((p) => p.label === 'LOC' && SMALL_UNIT_END.test(text.slice(p.start, p.end)))
  return spans.map((s) => {
    const crossed = s.label === 'ORG' && places.find((p) => p.start < s.start && s.start < p.end && p.end < s.end)
    return crossed ? { ...s, start: crossed.start } : s
  })
}

/** Units whose place contains the places after it ("锦河区|滨河社区", "乌日根旗|查干镇"). */
const CONTAINING_UNITS = new Set(['区', '旗', '县', '市', '盟'])

/**
 * Where a place's name read up to its head holds a whole place before it: a name of two glyphs or
 * more closed by a containing unit, then two glyphs or more of the place inside it (jieba's cuts
 * run across unknown transliterated names, so they are not asked). Two places in a row are two
 * mentions, as for the dictionary's places (peelAdminPlaces); a unit glyph in a common word
 * ("城市花园", "县城关镇") parts nothing, nor does a kind of area ("保护区", "自治区").
 */
function placeCuts(text: string, start: number, hs: number): number[] {
  const cuts: number[] = []
  for (let k = start + 3; k <= hs - 2; k++) {
    if (!CONTAINING_UNITS.has(text[k - 1]) || isCommonWord(text.slice(k - 2, k)) || isCommonWord(text.slice(k - 1, k + 1))) continue
    const place = text.slice(cuts.at(-1) ?? start, k)
    if ([...place].every(isHan) && !isCommonWord(place)) cuts.push(k)
  }
  return cuts
}

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b))

/** Words a transliterated place name never opens with: verbs, prepositions, adverbs, conjunctions ("依托…河"). */
const NOT_A_STEM_TAGS = new Set(['v', 'vn', 'p', 'd', 'c', 'r'])
/** Glyphs of a transliterated place name before a small place's head (see transliteratedStem). */
const MIN_PLACE_STEM = 3
const MAX_PLACE_STEM = 6

/**
 * A place name the dictionary lacks and jieba cuts apart ("达尔罕|浩特|旗", "布日|都|旗"), where
 * the words before the head make none: three to six glyphs of transliteration from a word's
 * start, none a person's or another place's head ("…苏木|白音…嘎查" is two places), right
 * before a small place's or unit's head, the glyph before them none. Returns its start, or null.
 */
function transliteratedStem(text: string, hs: number, persons: Uint8Array, words: readonly Token[], wordAt: Int32Array): number | null {
  let k = hs
  while (k > 0 && hs - k <= MAX_PLACE_STEM && isTransliterationGlyph(text[k - 1]) && persons[k - 1] !== 1) k--
  while (k < hs && FUNCTION_CHARS.has(text[k])) k++
  const n = hs - k
  const first = words[wordAt[k]]
  if (n < MIN_PLACE_STEM || n > MAX_PLACE_STEM || (k > 0 && isTransliterationGlyph(text[k - 1])) || first.start !== k || NOT_A_STEM_TAGS.has(first.tag)) return null
  for (let j = k + 1; j < hs; j++) if (longestHeadAt(text, j)?.single === 'place') return null
  return k
}

function headEndingAt(text: string, he: number, words: readonly Token[], wordAt: Int32Array): Head | null {
  const head = longestHeadAt(text, he)
  if (!head) return null
  const endsWord = he === text.length || words[wordAt[he]].start === he
  // "党委书记" is one jieba word, and unknown words swallow what follows ("医保局拟"): a
  // head may end inside a word when a role follows or the word is unknown to jieba.
  const inside = !endsWord && (words[wordAt[he]].tag === 'x' || ROLE_WORDS.longestAt(text, he) !== null)
  if (!endsWord && !inside) return null
  if (lookalike(text, he, head, words[wordAt[he - 1]])) return null
  return endsWord || !head.single ? head : null
}

/**
 * An ordinary word ending like the head ("格局", "新格局"), unless what stands before the head
 * in its word is a word itself ("财政局" is 财政 + 局, not 财 + 政局).
 */
function lookalike(text: string, he: number, head: Head, word: Token): boolean {
  const w = HEAD_LOOKALIKES.find((l) => he >= l.length && text.startsWith(l, he - l.length))
  // A head holding the lookalike is itself ("火车站" holds 车站).
  if (!w || w.length < head.word.length) return false
  const before = text.slice(word.start, he - head.word.length)
  return !(word.start < he - w.length && before.length > 1 && isCommonWord(before))
}

/** Start of the name whose head starts at `hs`, or null when nothing proper precedes it. */
function extendLeft(
  text: string, hs: number, words: readonly Token[], wordAt: Int32Array, persons: Uint8Array, head: Head, cities: (s: string) => boolean,
): number | null {
  const own = ownPart(text, hs, words[wordAt[hs]], head)
  if (own === null || (head.label === 'LOC' && own && titledPerson(words[wordAt[hs]], words[wordAt[own.start] - 1]))) return null
  const parts: Token[] = own ? [own] : [] // right to left
  const first = wordAt[own ? own.start : hs]
  if (head.placeOnly) {
    // The place may be the head's own word's ("天津港" read whole).
    if (own) return cities(own.word) ? own.start : null
    const w = words[first - 1]
    return w?.tag === PLACE && cities(w.word) ? w.start : null
  }
  walkLeft(words, first - 1, hs, persons, head, parts)
  const branded = bracketedCompany(parts, head)
  const leading = (t: Token) => (branded ? ORG_VERBS.has(t.word) || (t.tag !== 'v' && LEADING_TRIM.has(t.tag)) : LEADING_TRIM.has(t.tag))
  while (parts.length && leading(parts[parts.length - 1]) && !numeralOpensPlace(parts)) parts.pop()
  // The places peeled off still make the rest a name ("准格尔旗|大路工业园区").
  const named = parts.some((t) => proper(t, head))
  if (head.label === 'LOC') peelAdminPlaces(parts, STREETS.has(head.word))
  if (head.single && !singleStem(parts, head)) return null
  // (Or after a small place's own head, "金莲|川|草原": the plain's name is that place's.)
  if (head.landscape && !(parts.every(placeWord) || (parts.length > 1 && /^[川山河湖]$/.test(parts[0].word)))) return null
  return parts.length && named ? parts[parts.length - 1].start : null
}

/**
 * A lone numeral glyph glued to the place word after it opens that place's name ("五|岔沟|林场",
 * "三|道沟"): a count has a measure word ("五所", "三家"), which jieba reads with the numeral.
 */
function numeralOpensPlace(parts: readonly Token[]): boolean {
  const t = parts[parts.length - 1]
  const after = parts[parts.length - 2]
  return /^[一二三四五六七八九十]$/.test(t.word) && !!after && after.start === t.end && (after.tag === PLACE || after.tag === 'ns')
}

/**
 * A surname and a given name ending in a small place's head ("孟庆山", "苗晓峰") right after a
 * role or a title ("居民", "检察官", "种植大户"): a person, not a place.
 */
function titledPerson(word: Token, before: Token | undefined): boolean {
  if (!before || before.end !== word.start || word.word.length !== 3 || !isSurname(word.word[0]) || !['x', 'nr'].includes(word.tag)) return false
  return ROLES_BEFORE.some((r) => before.word.endsWith(r)) || (before.tag === 'n' && ROLE_SUFFIXES.has(before.word[before.word.length - 1]))
}

/** A place's word: the dictionary's or jieba's, or one of transliteration glyphs half or more ("贡格尔", "呼硕"). */
const placeWord = (t: Token) => t.tag === PLACE || t.tag === 'ns' || transliterationShare(t.word) >= 0.5

/** Small places' heads that end given names as often (海峰, 海川, 春岭). */
const GIVEN_NAME_HEADS = new Set(['峰', '川', '岭'])

/**
 * The part of the head's own word before the head ("公安局" → "公安"): undefined when the
 * head starts its word, null when that part rules a name out.
 */
function ownPart(text: string, hs: number, own: Token, head: Head): Token | null | undefined {
  if (own.start === hs) return undefined
  const word = text.slice(own.start, hs)
  // A head sharing its first glyph with a dictionary place's last ("清水河县" + "县委"): the rest is that place.
  const sharesLast = own.tag === PLACE && own.end - hs === 1
  // jieba knows some institutions whole ("某某大学/nt"); a generic office it tags so too ("广电局").
  const knownInstitution = own.tag === 'nt' && own.end === hs + head.word.length && NAMED_WHEN_KNOWN.has(head.word)
  const part = { start: own.start, end: hs, word, tag: sharesLast ? PLACE : knownInstitution ? 'nt' : partTag(word, own, head) }
  if (!nameLike(part, head, true) || [...word].some((c) => FUNCTION_CHARS.has(c))) return null
  // A small place's head inside a common word is that word's ("乡村"). jieba's person tag marks
  // an idiom on a four-character word; on a shorter one it may be a place, unless a surname opens
  // it and it ends in a glyph given names use ("刘海峰" is a man, not a peak; "霍林河" a river).
  const givenName = isSurname(own.word[0]) && GIVEN_NAME_HEADS.has(head.word)
  const unknown = ['x', 'ns', 'nz'].includes(own.tag) || (own.tag === 'nr' && own.word.length <= 3 && !givenName)
  return head.single && (word.length < 2 || !unknown) ? null : part
}

/** Takes name-like words into `parts` from word `k` leftwards. */
function walkLeft(words: readonly Token[], k: number, hs: number, persons: Uint8Array, head: Head, parts: Token[]): void {
  for (; k >= 0 && parts.length < MAX_TOKENS; k--) {
    const t = words[k]
    if (hs - t.start > MAX_NAME || persons[t.end - 1] === 1) return
    const inner = innerRun(words, k, parts, head)
    if (inner) { parts.push(...inner); k -= inner.length - 1; continue }
    // An organisation before a company's brand is another one ("商务局|联合…（二连浩特）…公司").
    if (bracketedCompany(parts, head) && endsLikeOrganisation(t.word)) return
    if (!(nameLike(t, head, parts.length === 0) || brandWord(t, parts, head)) || !chains(t, parts, head)) {
      const bridged = bridgeToPlace(words, k, parts, head)
      if (!bridged) return
      parts.push(...bridged)
      k -= bridged.length - 1
      continue
    }
    parts.push(t)
    if (head.label === 'ORG' && ORG_OPENERS.includes(t.word)) return
  }
}

/** Most words a name's middle may hold that are no name part of their own ("疾病|预防|控制中心"). */
const MAX_BRIDGED = 2
/** Most glyphs of a brand jieba cut into single characters. */
const MAX_BRAND_GLYPHS = 3
/** Tags of such words: verbs, time words, adjectives, set phrases ("预防", "现代"). */
const BRIDGE_TAGS = new Set(['v', 'vn', 't', 'a', 'l'])

/**
 * An organisation named by its place, then words of its field whatever jieba tags them
 * ("通辽市|疾病|预防|控制中心", "鄂尔多斯|现代|职业技术学院"): up to MAX_BRIDGED words from `k`
 * leftwards, with the dictionary place before them; or null.
 */
function bridgeToPlace(words: readonly Token[], k: number, parts: readonly Token[], head: Head): Token[] | null {
  // (Past another place, or over a verb whose object is an organisation, the words are a clause: "…区|引入|…公司".)
  if (head.label !== 'ORG' || !parts.length || parts.some((p) => p.tag === PLACE)) return null
  const out: Token[] = []
  // A company's brand jieba knows no word of falls apart into glyphs, whatever their tags ("内蒙古|赤/vg|硅|科技有限公司").
  const company = head.word.endsWith('公司')
  const glyphs = () => company && out.every((t) => t.word.length === 1) && out.length <= MAX_BRAND_GLYPHS
  for (let j = k; j >= 0 && (out.length <= MAX_BRIDGED || glyphs()); j--) {
    const t = words[j]
    if (t.tag === PLACE) return out.length ? [...out, t] : null
    const plain = plainWord(t) && !ORG_VERBS.has(t.word) && ![...t.word].some((c) => FUNCTION_CHARS.has(c)) && !endsLikeOrganisation(t.word)
    const glyph = company && t.word.length === 1 && isHan(t.word) && !NOT_IN_NAME.has(t.word)
    if (!glyph && (!plain || !(BRIDGE_TAGS.has(t.tag) || NAME_PART_TAGS.has(t.tag)))) return null
    out.push(t)
  }
  return null
}

/**
 * Before a company's bracketed place ("…（内蒙古）有限公司") stands its brand and trade, whatever
 * jieba tags their words ("远航/v 风电装备", "中交 北方/f 路桥建设"): any word of Han glyphs but
 * a function word.
 */
function brandWord(t: Token, parts: readonly Token[], head: Head): boolean {
  return bracketedCompany(parts, head) && plainWord(t) && !FUNCTION_CHARS.has(t.word[0]) && !t.word.endsWith('的') && !NOT_IN_BRAND.has(t.tag[0])
}

/** A word of Han glyphs that is neither barred from names nor a role ("局长"): a name may hold it whatever jieba tags it. */
const plainWord = (t: Token) => [...t.word].every(isHan) && !NOT_IN_NAME.has(t.word) && !ROLE_WORDS.has(t.word)

/** Tag classes no brand word has: particles, pronouns, time words, prepositions, conjunctions ("标志/着", "今年"). */
const NOT_IN_BRAND = new Set('urtpc')

const bracketedCompany = (parts: readonly Token[], head: Head) => head.word.endsWith('公司') && parts.some((p) => p.word === '（' || p.word === '(')

/** Verbs whose object is an organisation ("联合…公司", "委托…公司"): before a company's brand, never part of it. */
const ORG_VERBS = new Set(['联合', '委托', '联系', '携手', '协助', '依托', '邀请', '支持', '引进', '引入', '指导', '组织', '通过', '推动', '帮助', '配合', '牵手', '对接', '设立', '成立', '组建', '举办', '建立'])

/**
 * The tag of the part of a word before its head, as if it stood alone: common ("农牧局" is
 * any county's bureau) or unknown. A river or lake jieba knows as a name keeps its tag.
 */
function partTag(part: string, word: Token, head: Head): string {
  if (head.single === 'place' && PROPER.has(word.tag) && word.word.length <= 3) return word.tag
  return part.length > 1 && !isCommonWord(part) && !isCommonPhrase(part) ? 'x' : 'n'
}

/**
 * Whether word `t` may continue the name leftwards given the `parts` taken so far. Places and
 * organisations chain inside an ORG name ("…旗…苏木党委"); a place's name starts at its own
 * place ("距鄂尔多斯机场" is 鄂尔多斯机场) and holds no complete name of another place.
 */
function chains(t: Token, parts: readonly Token[], head: Head): boolean {
  // An organisation's name opens with its place: a common noun before one is the sentence's ("草原|巴林右旗乌兰牧骑").
  // (A parent body's name may stand there, before a branch: "…股份有限公司|呼伦贝尔|中心支公司", "中国铁路|呼和浩特|局集团…".)
  if (head.label !== 'LOC') return !(parts.at(-1)?.tag === PLACE && commonNounBeforePlace(t) && !branchOf(parts, head))
  if (endsWithHead(t.word) && !isHead(t.word)) return false
  return t.tag === PLACE || !parts.some((p) => p.tag === PLACE)
}

/** A common word of its own ("草原", "运营方"), not a unit cut off its place ("青河|市") nor a body's name or opener. */
const commonNounBeforePlace = (t: Token) =>
  COMMON_NOUN_TAGS.has(t.tag) && !UNIT_WORDS.has(t.word) && !ORG_OPENERS.includes(t.word) && !endsLikeOrganisation(t.word)

/** A branch or bureau of a body named before its place ("分公司", "支行", "…局集团"): what follows the place opens with one. */
const branchOf = (parts: readonly Token[], head: Head) =>
  /^[分支]/.test(head.word) || /^(?:工程)?局/.test((parts[0]?.word ?? '') + head.word) || parts.slice(0, -1).some((p) => /^[局分支]/.test(p.word))

/**
 * Words the plain walk stops at but an ORG name holds: "和" or "与" between two common nouns
 * ("住房和城乡建设厅"), a place or a group word in brackets ("远航新能源（内蒙古）有限公司",
 * "…（集团）有限公司"). Returns the
 * words from `k` leftwards, or null.
 */
function innerRun(words: readonly Token[], k: number, parts: readonly Token[], head: Head): Token[] | null {
  if (head.label !== 'ORG') return null
  const t = words[k], before = words[k - 1], after = parts[parts.length - 1]
  if ((t.word === '和' || t.word === '与') && before && after && commonNoun(before) && commonNoun(after)) return [t, before]
  if (t.word !== '）' && t.word !== ')') return null
  const open = words[k - 2]
  const inBrackets = before?.tag === PLACE || BRACKETED_ORG_WORDS.has(before?.word ?? '')
  return inBrackets && (open?.word === '（' || open?.word === '(') && k >= 3 ? [t, before, open] : null
}

// A word ending like a place's head may be an office's field ("林业和草原局").
const commonNoun = (t: Token) => ['n', 'vn', 'nz', 'l', 'j'].includes(t.tag) && t.word.length > 1 &&
  !NOT_IN_NAME.has(t.word) && !endsLikeOrganisation(t.word)

/**
 * "鄂尔多斯市准格尔旗大路工业园区" is three places: full-form units before more name are their
 * own, and before a street any place is ("赤峰|松州大街").
 */
function peelAdminPlaces(parts: Token[], street: boolean): void {
  const own = (t: Token) => t.tag === PLACE && (street || FULL_ADMIN.test(t.word))
  while (parts.length > 1 && own(parts[parts.length - 1])) parts.pop()
}

const STREETS = new Set(STREET_HEADS)

/** A single head's stem: one or two words, two to six characters, all Han. */
function singleStem(parts: readonly Token[], head: Head): boolean {
  const chars = parts.reduce((n, t) => n + t.word.length, 0)
  if (parts.length > 2 || chars < 2 || chars > 6 || !parts.every((t) => [...t.word].every(isHan))) return false
  // A brand is a proper word of its own: no place, no common noun after an opener ("国家|宏观|科技").
  return head.single !== 'brand' || parts.every((t) => t.tag !== PLACE && proper(t, head) && !ORG_OPENERS.includes(t.word))
}

/** Trade terms jieba does not know (so tags "x", as it tags unknown names): a kind of business ("冷链物流"), never what makes its name proper. */
const TRADE_TERMS = new Set(['冷链'])

function proper(t: Token, head: Head): boolean {
  if (TRADE_TERMS.has(t.word)) return false
  if (t.tag === PLACE || (head.label === 'ORG' && ORG_OPENERS.includes(t.word))) return true
  if (UNIT_WORDS.has(t.word) || endsWithHead(t.word) || t.word.length < 2) return false
  return PROPER.has(t.tag) || (t.tag === 'x' && [...t.word].every(isHan))
}

/** `nextToHead`: the word stands right before the head. */
function nameLike(t: Token, head: Head, nextToHead: boolean): boolean {
  if (NOT_IN_NAME.has(t.word) || (ROLE_WORDS.has(t.word) && !PEOPLE_WORDS.has(t.word) && !forceKind(t, head, nextToHead))) return false
  if (t.tag === PLACE) return true
  // A function character glued to a word jieba does not know ("与华能", "王向"); its own words may hold one ("和平").
  if ((t.tag === 'x' || t.tag === 'nrt' || t.word.length === 1) && (FUNCTION_CHARS.has(t.word[0]) || FUNCTION_CHARS.has(t.word[t.word.length - 1]))) return false
  // "每处水窖政府", "旗里组织…": a determiner's phrase, a unit with a locative ("in the banner").
  if (t.tag === 'x' && (DETERMINERS.has(t.word[0]) || (t.word.length === 2 && /[里内]$/.test(t.word)))) return false
  if (/^[0-9０-９]+$/.test(t.word) || /^第./.test(t.word)) return true
  // Quantities, amounts and levels make a kind, not a name: "30余所中小学", "1.62亿亩草原", "一些学校", "两级法院", "盟级医院".
  if ((t.tag === 'm' && /[些所级余多几个家名批亩万亿吨元]/.test(t.word)) || /^[省市盟县旗区乡镇村国]级$/.test(t.word)) return false
  if (t.tag === 'v') return VERBS_IN_NAMES.has(t.word)
  // A place's party committee cut off by jieba ("兴安盟|委|党校"): part of the committee's body.
  if (t.word === '委') return head.label === 'ORG'
  // A quarter in an institution's or company's name ("北方理工学院", "东部电力").
  if (t.tag === 'f') return head.label === 'ORG' && /^[东西南北中][方部]$/.test(t.word)
  if (!isHan(t.word[0]) && t.tag !== 'eng' && !isDigit(t.word[0])) return false
  // Set phrases and adjectives name offices ("生态环境局", "卫生健康委员会"), not places ("大力推进").
  return NAME_PART_TAGS.has(t.tag) || ((t.tag === 'l' || t.tag === 'a') && head.label === 'ORG')
}

/** Officers naming the kind of the unit they form, right before its head: "公安局|交警|支队", "特警大队". */
const forceKind = (t: Token, head: Head, nextToHead: boolean) => nextToHead && FORCE_UNIT_HEADS.has(head.word) && t.word.endsWith('警')

/** Measure words jieba glues to the unknown word after a number ("30|名嘎查|村"). */
const CLASSIFIERS = new Set('名个位家处座所条项')

/**
 * jieba glues a function character to an unknown name ("由北辰", "与恒泰"), or a number's
 * measure word ("30名嘎查"): cut it off.
 */
function unglued(words: Token[]): Token[] {
  const out: Token[] = []
  // (Tags are tested before glyphs: taking a glyph out of a word makes a string, and this runs over every word.)
  const counted = (t: Token, k: number) => words[k - 1]?.tag === 'm' && CLASSIFIERS.has(t.word[0])
  for (let k = 0; k < words.length; k++) {
    const t = words[k]
    const prev = out[out.length - 1]
    if (t.tag === 'x' && (counted(t, k) || (t.word.length > 2 && FUNCTION_CHARS.has(t.word[0])))) {
      out.push({ ...t, end: t.start + 1, word: t.word[0], tag: 'p' }, { ...t, start: t.start + 1, word: t.word.slice(1) })
    } else if (prev && t.word.length === 2 && FUNCTION_CHARS.has(t.word[1]) && prev.end === t.start && isHead(prev.word + t.word[0])) {
      // A head's last glyph jieba read with the word after it ("巴彦淖尔分|行为…" is "…分行|为").
      out[out.length - 1] = { ...prev, end: t.start + 1, word: prev.word + t.word[0], tag: 'n' }
      out.push({ ...t, start: t.start + 1, word: t.word[1], tag: 'p' })
    } else out.push(t)
  }
  return out
}

/** Units jieba reads with the office after them ("包头/v 市委/n"). */
const OFFICE_UNITS = new Set('市旗县盟区')

/**
 * A word that is a county or city with the unit glyph jieba read into the next word ("包头|市委",
 * whatever jieba tags 包头): that place, so the office is named by it.
 */
function placesBeforeUnits(words: Token[], cities: (s: string) => boolean): Token[] {
  return words.map((t, k) => {
    const next = words[k + 1]
    return t.tag !== PLACE && next && next.word.length > 1 && OFFICE_UNITS.has(next.word[0]) && [...t.word].every(isHan) && cities(t.word + next.word[0]) ? { ...t, tag: PLACE } : t
  })
}

/** Tags of the words an unknown transliterated place is cut into ("宝力/x 格镇/x", "乌拉/nrt 盖河/x"). */
const STEM_TAGS = new Set(['x', 'nr', 'nrt', 'nz', 'ns'])
const MIN_STEM = 3
const MAX_STEM = 6
const STEM_SHARE = 0.5

/**
 * jieba cuts an unknown transliterated place across its head, gluing the stem's last glyph to
 * the head ("满都宝力|格镇", "乌拉|盖河"): the head is cut off and the stem joined again from
 * the transliterated words before it, so the head reads as heading that name.
 */
function stemsRejoined(words: Token[]): Token[] {
  const out: Token[] = []
  for (const t of words) {
    const head = t.tag === 'x' ? longestHeadAt(t.word, t.word.length) : null
    const rest = head?.single === 'place' ? t.word.length - head.word.length : 0
    if (!head || rest < 1 || rest > 2) { out.push(t); continue }
    let k = out.length
    while (k > 0 && stemWord(out[k - 1]) && t.start + rest - out[k - 1].start <= MAX_STEM) k--
    const start = k < out.length ? out[k].start : t.start
    const stem = out.slice(k).map((w) => w.word).join('') + t.word.slice(0, rest)
    if (stem.length < MIN_STEM || transliterationShare(stem) < STEM_SHARE) { out.push(t); continue }
    const split = t.start + rest
    out.splice(k, out.length - k, { start, end: split, word: stem, tag: 'x' }, { start: split, end: t.end, word: head.word, tag: 'n' })
  }
  return out
}

/** A word that may be part of a transliterated stem: an unknown or proper one, or one such glyph. */
const stemWord = (w: Token) => [...w.word].every(isHan) && !endsWithHead(w.word) && !FUNCTION_CHARS.has(w.word) &&
  (STEM_TAGS.has(w.tag) || (w.word.length === 1 && transliterationShare(w.word) === 1))

/** Drops names contained in a longer one. */
function outermost(spans: Span[]): Span[] {
  return withoutBeaten(spans, (o, s) => o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start)
}
