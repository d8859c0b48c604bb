// Runs the dictionary and rule layers over a page view: the candidates the model sees as
// features and the combiner merges.
import { matchDictionary } from './dictionaries/gazetteer'
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
  const places = new Uint8Array(view.text.length)
  for (const s of dictionary) if (s.label === 'LOC') places.fill(1, s.start, s.end)
  const credited = creditPersons(view)
  const persons = new Uint8Array(view.text.length)
  for (const s of credited) persons.fill(1, s.start, s.end)
  return [
    ...credited,
    ...datelinePlaces(view),
    ...roleContextPersons(view, tokens, tokenAt),
    ...headedNames(view.text, tokens, tokenAt, places, persons),
    ...taggedPersons(tokens, places),
    ...dictionary,
  ]
}
