// Runs the dictionary and rule layers over a page view: the candidates the model sees as
// features and the combiner merges.
import { isCountyOrAbove, isPlaceName, matchDictionary } from './dictionaries/gazetteer'
import { creditPersons, datelinePlaces } from './rules/credits'
import { headedNames } from './rules/named-entities'
import { roleContextPersons } from './rules/role-context'
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
  return [
    ...credited,
    ...datelinePlaces(view, isPlaceName),
    ...roleContextPersons(view, tokens, tokenAt, places, persons),
    ...headedNames(view.text, tokens, placeSpans, persons, isCountyOrAbove),
    ...taggedPersons(view.text, tokens, places),
    ...dictionary,
  ]
}
