// A trainable decision of the segmenter: whether a short block is a headline or body text.
// The rules (classify.ts) decide first; a project's model, trained on its reviewed pages, may
// overturn that decision for a block it scores the other way. The model is a small averaged
// perceptron over the rule cues (the rule's own verdict among them), so with little training it
// keeps the rules' answer. Without a model the segmenter is exactly the rules.
import { hasSentencePunct } from '../../src-shared/text/chars'
import type { Unit } from './classify'
import { startsMidClause } from './grouping'
import { type PageLines, blockCloses } from './lines'
import { Cohesion } from './similarity'

export const SEGMENT_MODEL_VERSION = 'headline-body-1'

export interface SegmentModel {
  version: string
  /** The decision modelled: headline (score > 0) or body (score < 0) for a short block. */
  decision: 'headline-vs-body'
  weights: Record<string, number>
  /** Decisions it was trained on (candidate blocks of reviewed pages). */
  examples: number
  /**
   * How far the score must go against the rules' verdict to overturn it: chosen on the
   * training pages (held out in turn) so that overturns gain there; null: never (the model
   * did not beat the rules, so the segmenter stays the rules).
   */
  margin: number | null
}

/** A reviewed page as training data: its text and where the editors' articles hold titles and text. */
export interface SegmentGold {
  text: string
  titles: { start: number; end: number }[]
  body: { start: number; end: number }[]
}

export interface Decision {
  unit: Unit
  features: string[]
}

/** Longest block (in glyphs) a body-classified block may be to be reconsidered as a headline. */
const MAX_CANDIDATE = 50

/** The blocks whose headline-or-body decision the model makes: what the rules call headlines, and short body blocks. */
export function isCandidate(u: Unit): boolean {
  if (u.kind === 'headline') return true
  return u.kind === 'body' && u.block.lines.length <= 4 && u.block.norm.length <= MAX_CANDIDATE
}

const lenBucket = (n: number) => (n <= 4 ? '≤4' : n <= 8 ? '≤8' : n <= 12 ? '≤12' : n <= 20 ? '≤20' : n <= 30 ? '≤30' : '≤50')

const charClass = (c: string | undefined) =>
  c === undefined ? 'none' : /[\u4e00-\u9fff]/.test(c) ? 'han' : /\d/.test(c) ? 'digit' : /[“”‘’「」《》"]/.test(c) ? 'quote' : /[，、；：]/.test(c) ? 'comma' : /[。！？…]/.test(c) ? 'stop' : 'other'

const closes = (u: Unit | undefined) => !!u && blockCloses(u.block)
const isText = (u: Unit | undefined) => !!u && (u.kind === 'body' || u.kind === 'opener')

/** The features of each candidate decision on a page, from the rules' classification of its units. */
export function decisions(units: readonly Unit[], page: PageLines, co: Cohesion): Decision[] {
  const out: Decision[] = []
  const style = page.wrapped ? 'wrapped' : 'para'
  for (let i = 0; i < units.length; i++) {
    const u = units[i]
    if (!isCandidate(u)) continue
    const prev = units[i - 1]
    const next = units[i + 1]
    const norm = u.block.norm
    const rule = u.kind === 'headline' ? 'headline' : 'body'
    const f: string[] = ['bias', `rule=${rule}`, `style=${style}`, `rule=${rule}|style=${style}`]
    f.push(`len=${lenBucket(norm.length)}`, `lines=${Math.min(u.block.lines.length, 4)}`, `rule=${rule}|len=${lenBucket(norm.length)}`)
    if (hasSentencePunct(norm)) f.push('punct')
    if (closes(u)) f.push('closes')
    f.push(`last=${charClass(norm[norm.length - 1])}`, `first=${charClass(norm[0])}`)
    if (startsMidClause(norm)) f.push('midClause')
    if (u.block.lines[0].gap) f.push('gapBefore')
    if (next && next.block.lines[0].gap) f.push('gapAfter')
    if (!next) f.push('pageEnd')
    if (u.bannerShaped) f.push('bannerShaped')
    f.push(`prev=${prev?.kind ?? 'none'}`, `next=${next?.kind ?? 'none'}`)
    const prevOpen = isText(prev) && !closes(prev)
    if (prevOpen) f.push('prevUnfinished', `prevUnfinished|style=${style}`, `prevUnfinished|rule=${rule}`)
    if (!closes(u) && isText(next)) {
      f.push('openIntoText', `openIntoText|style=${style}`)
      if (startsMidClause(next.block.norm)) f.push('openIntoMidClause')
    }
    // A word straddling the join: the two ends make a bigram the page's text uses.
    if (prevOpen && co.knows(prev.block.norm.charCodeAt(prev.block.norm.length - 1), norm.charCodeAt(0))) f.push('joinsPrev')
    if (isText(next) && !closes(u) && co.knows(norm.charCodeAt(norm.length - 1), next.block.norm.charCodeAt(0))) f.push('joinsNext')
    if (page.wrapped && u.block.lines.some((l) => l.width >= page.columnWidth)) f.push('fullLine')
    out.push({ unit: u, features: f })
  }
  return out
}

export function score(model: SegmentModel, features: readonly string[]): number {
  let s = 0
  for (const f of features) s += model.weights[f] ?? 0
  return s
}

export const usable = (model: SegmentModel | null | undefined): model is SegmentModel =>
  !!model && model.version === SEGMENT_MODEL_VERSION && model.decision === 'headline-vs-body'

/** The cohesion model the features ask (straddling words): the page's text paragraphs. */
export const featureCohesion = (units: readonly Unit[]) => new Cohesion(units.filter((u) => u.kind === 'body' || u.kind === 'opener').map((u) => u.block.norm))

/**
 * Applies the model to the rules' classification: a candidate it scores the other way changes
 * kind. Returns the changed units with the reason, for the articles' `why`.
 */
export function applyModel(units: Unit[], page: PageLines, model: SegmentModel): Map<Unit, string> {
  const changed = new Map<Unit, string>()
  for (const { unit, features } of decisions(units, page, featureCohesion(units))) {
    const s = score(model, features)
    const headline = s > 0
    if (!overturns(model, unit.kind === 'headline', s)) continue
    const text = unit.block.norm.slice(0, 10)
    if (headline) {
      unit.kind = 'headline'
      unit.why = 'learned: headline'
    } else {
      unit.kind = 'body'
      unit.glued = unit.gluedUnder = unit.bannerShaped = undefined
      unit.why = 'learned: body'
    }
    changed.set(unit, `learned: ${text} is ${headline ? 'a headline' : 'body text'} (the project's model, trained on its reviewed pages, scores ${s.toFixed(1)} against the rules)`)
  }
  return changed
}

/** Whether a score overturns the rules' verdict (`ruleHeadline`) by the model's margin. */
export function overturns(model: Pick<SegmentModel, 'margin'>, ruleHeadline: boolean, s: number): boolean {
  if (model.margin === null) return false
  return ruleHeadline ? s < -model.margin : s > model.margin
}

/**
 * The smallest margin at which overturning the rules gains on held-out decisions (scored by
 * models that did not see them): overturns that are right minus those that are wrong; null when
 * none gains.
 */
export function chooseMargin(heldOut: readonly { s: number; ruleHeadline: boolean; ruleTitle?: boolean; y: 1 | -1 }[]): number | null {
  // Candidate overturns, most confident first; the margin is set just below a prefix's last score.
  // Right: the model's answer is the gold one and the rules' final answer (ruleTitle, else their first verdict) was not.
  const against = heldOut
    .filter((d) => (d.ruleHeadline ? d.s < 0 : d.s > 0))
    .map((d) => ({ strength: Math.abs(d.s), right: (d.y === 1) !== (d.ruleTitle ?? d.ruleHeadline) }))
    .sort((a, b) => b.strength - a.strength)
  let gain = 0
  let best = 0
  let margin: number | null = null
  for (let i = 0; i < against.length; i++) {
    gain += against[i].right ? 1 : -1
    const next = against[i + 1]?.strength ?? 0
    // Only cut between distinct strengths (ties go together).
    if (next === against[i].strength) continue
    if (gain > best) {
      best = gain
      margin = (against[i].strength + next) / 2
    }
  }
  return margin
}

/** How much of [start, end) the ranges cover. */
function covered(ranges: readonly { start: number; end: number }[], start: number, end: number): number {
  let n = 0
  for (const r of ranges) n += Math.max(0, Math.min(end, r.end) - Math.max(start, r.start))
  return n
}

/** Labelled decisions of a reviewed page: +1 where the editors' articles hold the block as a title, -1 as text. */
export function labelled(decided: readonly Decision[], gold: SegmentGold): { features: string[]; y: 1 | -1; start: number; end: number }[] {
  const out: { features: string[]; y: 1 | -1; start: number; end: number }[] = []
  for (const d of decided) {
    const { start, end } = d.unit.block
    const half = (end - start) / 2
    if (covered(gold.titles, start, end) > half) out.push({ features: d.features, y: 1, start, end })
    else if (covered(gold.body, start, end) > half) out.push({ features: d.features, y: -1, start, end })
  }
  return out
}

/** Averaged perceptron over the examples, in a fixed order (deterministic). */
export function trainPerceptron(examples: readonly { features: readonly string[]; y: 1 | -1 }[], epochs = 10): Record<string, number> {
  const w = new Map<string, number>()
  // Sum of each weight's updates, each scaled by the step it happened at (the averaging trick).
  const u = new Map<string, number>()
  let c = 1
  for (let e = 0; e < epochs; e++) {
    for (const ex of examples) {
      let s = 0
      for (const f of ex.features) s += w.get(f) ?? 0
      if (ex.y * s <= 0) {
        for (const f of ex.features) {
          w.set(f, (w.get(f) ?? 0) + ex.y)
          u.set(f, (u.get(f) ?? 0) + ex.y * c)
        }
      }
      c++
    }
  }
  const out: Record<string, number> = {}
  for (const [f, v] of w) {
    const avg = v - (u.get(f) ?? 0) / c
    if (Math.abs(avg) > 1e-9) out[f] = Math.round(avg * 1e4) / 1e4
  }
  return out
}
