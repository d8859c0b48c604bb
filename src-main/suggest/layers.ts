// Runs the dictionary and rule layers over a page view: the candidates the model sees as
// features and the combiner merges.
import { isCountyOrAbove, isPlaceName, matchDictionary } from './dictionaries/gazetteer'
import { wordTrie } from './dictionaries/trie'
import { CULTURE_WORDS } from './dictionaries/well-known'
import { creditPersons, datelinePlaces } from './rules/credits'
import { headedNames } from './rules/named-entities'
import { roleContextPersons } from './rules/role-context'
import { streetNames } from './rules/street-names'
import { taggedPersons } from './rules/tagged-persons'
import type { PageView } from './text/page-view'
import { tokenIndexByChar, type Token } from './text/tokens'
import type { Span } from './types'

export function ruleAndDictionarySpans(view: PageView, tokens: readonly Token[]): Span[] {
  const tokenAt = tokenIndexByChar(tokens, view.text.length)
  const dictionary = matchDictionary(view.text, tokens)
  const placeSpans = dictionary.filter((s) => s.label === 'LOC')
  const places = new Uint8Array(view.text.length)
  for (const s of placeSpans) places.fill(1, s.start, s.end)
  const credited = creditPersons(view)
  const persons = new Uint8Array(view.text.length)
  for (const s of credited) persons.fill(1, s.start, s.end)
  // No person is read over the culture's words ("乌力格尔"), no place inside one ("蒙古|袍"; "白音敖包嘎查" stays).
  const culture = cultureWords(view.text)
  const outsideCulture = (s: Span) => !culture.subarray(s.start, s.end).includes(1)
  const notInsideCulture = (s: Span) => culture.subarray(s.start, s.end).includes(0)
  return [
    ...credited,
    ...datelinePlaces(view, isPlaceName),
    ...roleContextPersons(view, tokens, tokenAt, places, persons).filter(outsideCulture),
    ...headedNames(view.text, tokens, placeSpans, persons, isCountyOrAbove),
    ...taggedPersons(view.text, tokens, places).filter(outsideCulture),
    ...streetNames(tokens),
    ...dictionary.filter(notInsideCulture),
  ]
}

const culture = wordTrie(CULTURE_WORDS)

/** Marks the characters of the culture's words (see CULTURE_WORDS): a name read there is none. */
function cultureWords(text: string): Uint8Array {
  const marks = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const m = culture.longestAt(text, i)
    if (m) { marks.fill(1, i, m.end); i = m.end - 1 }
  }
  return marks
}
