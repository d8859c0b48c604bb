// Merging the layers into one flat list. Confident model spans first: the model is trained on
// the project's reviewed pages (and any corpus the editor imported for it) with the rule and
// dictionary spans among its features, so where it is sure of something else it has learnt
// where those layers miss the conventions (a dictionary place that is part of an
// organisation, "X政府" read as the place alone). Then rules and dictionaries, longer spans
// winning (the outermost name: an ORG that contains a place), then rules over dictionary,
// then the higher score; unsure model spans and weak layer spans (names read from jieba's
// tags alone) fill only what is left free.
import type { Span } from './types'

const TIER: Record<Span['source'], number> = { rule: 0, dictionary: 1, model: 2 }
/** Model score from which a model span goes before the rule and dictionary layers. */
export const MODEL_OVERRIDE_SCORE = 0.9

/** Rule and dictionary spans scored below this are guesses (see createSuggester for their use with a model). */
export const WEAK_SCORE = 0.7

const rank = (s: Span) => (s.source === 'model' ? (s.score >= MODEL_OVERRIDE_SCORE ? 0 : 2) : s.score < WEAK_SCORE ? 2 : 1)

export function resolveOverlaps(candidates: readonly Span[]): Span[] {
  const ordered = [...candidates].sort((a, b) =>
    rank(a) - rank(b) ||
    (b.end - b.start) - (a.end - a.start) || TIER[a.source] - TIER[b.source] || b.score - a.score)
  const taken: Span[] = []
  for (const c of ordered) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c)
  return taken.sort((a, b) => a.start - b.start)
}

const PROPAGATED_SCORE = 0.7
const MIN_PROPAGATED = { PER: 2, ORG: 4, LOC: 99 }

/**
 * A person or organisation recognised once on the page is the same name wherever else it
 * occurs there ("周立新介绍" … "周立新表示"); adds those mentions where nothing else is.
 */
export function propagateNames(text: string, spans: readonly Span[]): Span[] {
  const names = new Map<string, Span['label']>()
  for (const s of spans) if (s.source !== 'model' && s.end - s.start >= MIN_PROPAGATED[s.label]) names.set(text.slice(s.start, s.end), s.label)
  const out = [...spans]
  for (const [name, label] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const end = i + name.length
      if (!out.some((t) => t.start < end && i < t.end)) out.push({ start: i, end, label, source: 'rule', score: PROPAGATED_SCORE })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}
