// The dictionary layer: longest-match lookup of place names (generated gazetteer + hand
// lists), well-known organisations and people. Short matches must coincide with jieba word
// boundaries so that "东胜" is not found inside "东胜利" and the like.
import gazetteer from '../data/gazetteer.json'
import type { Token } from '../text/tokens'
import type { EntityLabel, Span } from '../types'
import { ADMIN_ABBREVIATIONS, CITY_NICKNAMES } from './short-forms'
import { Trie } from './trie'
import { WELL_KNOWN_ORGS, WELL_KNOWN_PEOPLE } from './well-known'
import { COUNTRIES, FOREIGN_CITIES, REGIONS_AND_FEATURES } from './world-and-geography'

export interface DictEntry {
  label: EntityLabel
  score: number
}

/** Lists in priority order (a name in two lists keeps the first entry). */
const LISTS: [readonly string[], DictEntry][] = [
  [WELL_KNOWN_ORGS, { label: 'ORG', score: 0.9 }],
  [WELL_KNOWN_PEOPLE, { label: 'PER', score: 0.9 }],
  [gazetteer.provinces, { label: 'LOC', score: 0.95 }],
  [gazetteer.cities, { label: 'LOC', score: 0.95 }],
  [gazetteer.counties, { label: 'LOC', score: 0.9 }],
  [COUNTRIES, { label: 'LOC', score: 0.9 }],
  [FOREIGN_CITIES, { label: 'LOC', score: 0.9 }],
  [REGIONS_AND_FEATURES, { label: 'LOC', score: 0.85 }],
  [ADMIN_ABBREVIATIONS, { label: 'LOC', score: 0.8 }],
  [CITY_NICKNAMES, { label: 'LOC', score: 0.8 }],
  [gazetteer.shortForms, { label: 'LOC', score: 0.8 }],
  [gazetteer.towns, { label: 'LOC', score: 0.8 }],
  [gazetteer.villages, { label: 'LOC', score: 0.7 }],
]

const SHORT_MATCH = 3

/**
 * Entries of the generated lists that are ordinary words: generic units ("城区", "工业园区")
 * and short forms that mean something else ("平原", "安宁", "江山", "阿里").
 */
const NOT_PLACES = new Set([
  '城区', '矿区', '郊区', '林区', '解放区', '工业园区', '经济开发区', '保税区', '林业站', '平原', '安宁', '河口', '江山', '商城',
  // zones named by their trade alone ("企业入驻物流园区")
  '物流园区', '化工园区', '化学工业园区', '石化工业园区', '综合保税区', '农业示范园区', '特色产业园区', '高校园区', '高铁新区',
  '故城', '大城', '新河', '沿河', '滨海', '甘泉', '龙门', '阿里', '白银', '永安', '长阳', '和县', '南县', '会同',
])

let trie: Trie<DictEntry> | null = null

export function dictionaryTrie(): Trie<DictEntry> {
  if (trie) return trie
  trie = new Trie<DictEntry>()
  for (const [words, entry] of LISTS) for (const w of words) if (!NOT_PLACES.has(w)) trie.add(w, entry)
  return trie
}

/** Whether the dictionary holds `name` as a place. */
export function isPlaceName(name: string): boolean {
  const m = dictionaryTrie().longestAt(name, 0)
  return m !== null && m.end === name.length && m.value.label === 'LOC'
}

let counties: Set<string> | null = null

/** Whether a name is a province, city, league, county or banner, in full or short form. */
export function isCountyOrAbove(name: string): boolean {
  counties ??= new Set([...gazetteer.provinces, ...gazetteer.cities, ...gazetteer.counties, ...gazetteer.shortForms, ...ADMIN_ABBREVIATIONS])
  return counties.has(name)
}

// Units that rarely begin a word: jieba glues one to the next name ("锡尼镇巴音…" cut 锡尼|镇巴|音…),
// a name's word (bit 4), unlike an office's ("镇政府").
const GLUED_UNITS = new Set(['镇', '旗', '盟', '县', '区', '市'])
const NAME_GLUE = new Set(['ns', 'nr', 'x'])

// A river's or lake's last glyph that jieba glues to the locative after it ("达里|湖畔", "伊敏|河沿").
const FEATURE_GLYPHS = new Set('河湖海江山')
/** What follows a river's or lake's name inside one jieba word: its water, banks, shore ("黄河水", "黄河岸边"). */
const FEATURE_AFTER = new Set('水岸畔边滩沿段面')

/**
 * A full-form place of three characters whose unit character jieba glued to the next name,
 * or a natural feature whose last glyph it glued to a locative.
 */
const unitGlued = (text: string, bounds: Uint8Array, start: number, end: number) =>
  end - start === 3 && (bounds[end - 1] & 1) !== 0 &&
  ((GLUED_UNITS.has(text[end - 1]) && (bounds[end - 1] & 4) !== 0) || FEATURE_GLYPHS.has(text[end - 1]))

/** A river or lake jieba read together with its water or banks ("黄河水", "呼伦湖畔"). */
const featureGlued = (text: string, end: number, label: string) =>
  label === 'LOC' && FEATURE_GLYPHS.has(text[end - 1]) && FEATURE_AFTER.has(text[end])

/** Longest non-overlapping dictionary matches, left to right. */
export function matchDictionary(text: string, tokens: readonly Token[]): Span[] {
  // Word boundaries by position: bit 1 a word starts there, bit 2 one ends there.
  const bounds = new Uint8Array(text.length + 1)
  for (const t of tokens) { bounds[t.start] |= 1 | (NAME_GLUE.has(t.tag) ? 4 : 0); bounds[t.end] |= 2 }
  const t = dictionaryTrie()
  const out: Span[] = []
  for (let i = 0; i < text.length; ) {
    let m = t.longestAt(text, i)
    // "赤峰市民" is 赤峰 and its residents, whatever jieba's words.
    const residents = m !== null && text[m.end - 1] === '市' && text[m.end] === '民'
    if (residents) m = t.longestAt(text, i, m!.end - 1)
    if (m && (m.end - i > SHORT_MATCH || residents || ((bounds[i] & 1) !== 0 && ((bounds[m.end] & 2) !== 0 || unitGlued(text, bounds, i, m.end) ||
      featureGlued(text, m.end, m.value.label))))) {
      out.push({ start: i, end: m.end, label: m.value.label, source: 'dictionary', score: m.value.score })
      i = m.end
    } else i++
  }
  return out
}
