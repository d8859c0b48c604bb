// Model suggestions for a page: Viterbi tags turned into spans, each scored by how clearly
// its characters' tags beat the next best tag; unconfident spans are dropped.
import type { PageView } from '../text/page-view'
import type { Token } from '../text/tokens'
import type { EntityLabel, Span } from '../types'
import { tagsToSpans, TAGS } from './bio'
import { modelInput } from './input'
import { emissionScores, toWeights, viterbi, type SerializedModel, type Weights } from './perceptron'

const MIN_SCORE = 0.5
/**
 * The score is the chance that a span is right: a logistic curve over its mean margin (in units
 * of the model's root-mean-square weight, so that models trained on more or less text compare)
 * and whether a rule or dictionary span says the same. Fitted by 5-fold cross-validation on
 * People's Daily dev (bench:ner --folds): spans scored 0.9 are right nine times in ten.
 */
const CALIBRATION = { bias: -0.108, margin: 0.0965, agrees: 0.929 }
/**
 * Characters of training text the calibration was fitted on (about People's Daily dev). A model
 * trained on less has its log-odds scaled down in proportion: one trained on a page or two is
 * right less often than its margins say, and the rule and dictionary layers then go first.
 */
const CALIBRATED_ON = 100_000
const cache = new WeakMap<SerializedModel, { weights: Weights; scale: number; trust: number }>()

/** Whether a model saw as much training text as its calibration: less, and its silence says little. */
export const wellTrained = (model: SerializedModel): boolean => model.trainedOn.characters >= CALIBRATED_ON

export function modelSpans(model: SerializedModel, view: PageView, tokens: Token[], candidates: readonly Span[]): Span[] {
  let entry = cache.get(model)
  if (!entry) {
    const weights = toWeights(model)
    entry = { weights, scale: weightScale(weights), trust: Math.min(1, model.trainedOn.characters / CALIBRATED_ON) }
    cache.set(model, entry)
  }
  const { weights, scale, trust } = entry
  const { features } = modelInput(view, tokens, candidates)
  const emissions = emissionScores(weights, features)
  const tags = viterbi(weights, emissions)
  const said = new Set(candidates.map((c) => `${c.start}:${c.end}:${c.label}`))
  return tagsToSpans(tags).map((s): Span => {
    const agrees = said.has(`${s.start}:${s.end}:${s.label}`) ? 1 : 0
    const z = CALIBRATION.bias + (CALIBRATION.margin * meanMargin(emissions, tags, s)) / scale + CALIBRATION.agrees * agrees
    const score = 1 / (1 + Math.exp(-z * trust))
    return { start: s.start, end: s.end, label: s.label as EntityLabel, source: 'model', score: Math.round(score * 1000) / 1000 }
  }).filter((s) => s.score >= MIN_SCORE)
}

/** How far, on average over a span's characters, the chosen tag beats the next best one. */
function meanMargin(emissions: Float64Array, tags: readonly number[], s: { start: number; end: number }): number {
  const T = TAGS.length
  let margin = 0
  for (let i = s.start; i < s.end; i++) {
    let other = -Infinity
    for (let t = 0; t < T; t++) if (t !== tags[i] && emissions[i * T + t] > other) other = emissions[i * T + t]
    margin += emissions[i * T + tags[i]] - other
  }
  return margin / (s.end - s.start)
}

/** Root mean square of the model's non-zero emission weights. */
function weightScale(w: Weights): number {
  const T = TAGS.length
  let sum = 0, n = 0
  w.keys.forEach((k, slot) => {
    if (k === 0) return
    for (let t = 0; t < T; t++) { const v = w.values[slot * T + t]; if (v !== 0) { sum += v * v; n++ } }
  })
  return n ? Math.sqrt(sum / n) : 1
}
