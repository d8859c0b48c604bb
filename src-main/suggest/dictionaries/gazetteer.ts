// The dictionary layer: longest-match lookup of place names (generated gazetteer + hand
// lists), well-known organisations and people. Short matches must coincide with jieba word
// boundaries so that "东胜" is not found inside "东胜利" and the like.
import gazetteer from '../data/gazetteer.json'
import type { Token } from '../text/tokens'
import type { EntityLabel, Span } from '../types'
import { ADMIN_ABBREVIATIONS } from './short-forms'
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
  [gazetteer.shortForms, { label: 'LOC', score: 0.8 }],
  [gazetteer.towns, { label: 'LOC', score: 0.8 }],
  [gazetteer.villages, { label: 'LOC', score: 0.7 }],
]

const SHORT_MATCH = 3

let trie: Trie<DictEntry> | null = null

export function dictionaryTrie(): Trie<DictEntry> {
  if (trie) return trie
  trie = new Trie<DictEntry>()
  for (const [words, entry] of LISTS) for (const w of words) trie.add(w, entry)
  return trie
}

/** Longest non-overlapping dictionary matches, left to right. */
export function matchDictionary(text: string, tokens: readonly Token[]): Span[] {
  const starts = new Set(tokens.map((t) => t.start))
  const ends = new Set(tokens.map((t) => t.end))
  const t = dictionaryTrie()
  const out: Span[] = []
  for (let i = 0; i < text.length; ) {
    const m = t.longestAt(text, i)
    if (m && (m.end - i > SHORT_MATCH || (starts.has(i) && ends.has(m.end)))) {
      out.push({ start: i, end: m.end, label: m.value.label, source: 'dictionary', score: m.value.score })
      i = m.end
    } else i++
  }
  return out
}
