// The entity suggester: dictionaries, rules and an optional trained sequence model over a
// normalised view of the raw page, merged into flat, non-overlapping raw-range suggestions.
import type { ProposedEntity } from '../../src-shared/domain/types'
import { MIN_SUGGESTED_SCORE, propagateNames, resolveOverlaps, WEAK_SCORE } from './combine'
import { ruleAndDictionarySpans } from './layers'
import { withoutRejected } from './memory'
import { modelSpans, wellTrained } from './model/decode'
import type { SerializedModel } from './model/perceptron'
import { crossesParagraph } from '../../src-shared/model/tagging'
import { buildPageView, rawRange, type PageView } from './text/page-view'
import { tokenize } from './text/tokens'
import type { Span } from './types'

export type { SerializedModel } from './model/perceptron'
export { DEFAULT_ACCEPT_SCORE } from './combine'
export type { TrainingExample } from './model/training'
export { learnNames, type NameMemory } from './memory'
export { trainModel } from './model/training'
export { readBio } from './model/bio'

export interface Suggester {
  suggest(raw: string): ProposedEntity[]
}

export function createSuggester(opts: { model?: SerializedModel | null } = {}): Suggester {
  const model = opts.model ?? null
  return {
    suggest(raw) {
      const view = buildPageView(raw)
      const tokens = tokenize(view.text)
      const layers = ruleAndDictionarySpans(view, tokens)
      // A model sees the weak guesses among its features: where it found no name, there is none.
      // One trained on less text than its calibration (a few reviewed pages) knows too little:
      // its spans would only add guesses and its silence says nothing; what those pages teach
      // is in its name memory until enough of them are reviewed.
      const trusted = model && wellTrained(model) ? model : null
      const found = trusted ? [...layers.filter((s) => s.score >= WEAK_SCORE), ...modelSpans(trusted, view, tokens, layers)]
        : layers.filter((s) => s.score >= MIN_SUGGESTED_SCORE)
      const inParagraph = (s: Span) => !crossesParagraph(raw, rawRange(view, s.start, s.end))
      const memory = model?.memory
      const candidates = withoutRejected(view.text, found.filter(inParagraph), memory)
      const spans = propagateNames(view.text, resolveOverlaps(candidates), tokens, memory?.names).filter(inParagraph)
      return spans.map((s) => proposed(view, s))
    },
  }
}

/** A span as a raw-range suggestion. Fields are copied one by one: spreading the range in costs ten times more. */
function proposed(view: PageView, s: Span): ProposedEntity {
  const { start, end } = rawRange(view, s.start, s.end)
  return { start, end, label: s.label, source: s.source, score: s.score }
}
