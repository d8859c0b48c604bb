// Model suggestions for a page: Viterbi tags turned into spans, each scored by how clearly
// its characters' tags beat the next best tag; unconfident spans are dropped.
import type { PageView } from '../text/page-view'
import type { Token } from '../text/tokens'
import type { EntityLabel, Span } from '../types'
import { tagsToSpans } from './bio'
import { modelInput } from './input'
import { emissionScores, toWeights, viterbi, type SerializedModel, type Weights } from './perceptron'

const MIN_SCORE = 0.5
const cache = new WeakMap<SerializedModel, Weights>()

export function modelSpans(model: SerializedModel, view: PageView, tokens: Token[], candidates: readonly Span[]): Span[] {
  let w = cache.get(model)
  if (!w) { w = toWeights(model); cache.set(model, w) }
  const { features } = modelInput(view, tokens, candidates)
  const emissions = emissionScores(w, features)
  const tags = viterbi(w, emissions)
  return tagsToSpans(tags).map((s): Span => {
    let margin = 0
    for (let i = s.start; i < s.end; i++) {
      const e = emissions[i]
      const chosen = e[tags[i]]
      let other = -Infinity
      e.forEach((v, t) => { if (t !== tags[i] && v > other) other = v })
      margin += chosen - other
    }
    const score = 1 / (1 + Math.exp(-margin / (s.end - s.start)))
    return { start: s.start, end: s.end, label: s.label as EntityLabel, source: 'model', score: Math.round(score * 1000) / 1000 }
  }).filter((s) => s.score >= MIN_SCORE)
}
