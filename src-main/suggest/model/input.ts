// What the model sees for one text: the page view, jieba tokens, the rule/dictionary layers'
// merged spans, and the per-character features built from them.
import { resolveOverlaps } from '../combine'
import { ruleAndDictionarySpans } from '../layers'
import { buildPageView, type PageView } from '../text/page-view'
import { tokenize, type Token } from '../text/tokens'
import type { Span } from '../types'
import { extractFeatures, type FeatureRows } from './features'

export interface ModelInput {
  view: PageView
  tokens: Token[]
  features: FeatureRows
}

export function modelInput(view: PageView, tokens: Token[], candidates: readonly Span[]): ModelInput {
  return { view, tokens, features: extractFeatures(view.text, tokens, resolveOverlaps(candidates)) }
}

export function modelInputOf(raw: string): ModelInput {
  const view = buildPageView(raw)
  const tokens = tokenize(view.text)
  return modelInput(view, tokens, ruleAndDictionarySpans(view, tokens))
}

/** A raw range as a view range, or null when it holds no visible character. */
export function viewRange(view: PageView, start: number, end: number): { start: number; end: number } | null {
  let a = 0
  while (a < view.toRaw.length && view.toRaw[a] < start) a++
  let b = a
  while (b < view.toRaw.length && view.toRaw[b] < end) b++
  return b > a ? { start: a, end: b } : null
}
