// An averaged structured perceptron over BIO tags with first-order transitions and Viterbi
// decoding under BIO constraints (I-X only after B-X or I-X).
import { TAGS } from './bio'

const T = TAGS.length
const START = T // row of the transition table used before the first character

export interface SerializedModel {
  kind: 'banmian-perceptron'
  version: 1
  tags: readonly string[]
  /** Feature (number, see features.ts) → weight per tag. */
  weights: Record<string, number[]>
  /** (T + 1) × T transition weights; row T is the start state. */
  transitions: number[][]
  trainedOn: { examples: number; characters: number; epochs: number }
}

/** Whether tag `b` may follow tag `a` (a = START at the beginning). */
export function allowed(a: number, b: number): boolean {
  const name = TAGS[b]
  if (!name.startsWith('I-')) return true
  if (a === START) return false
  return TAGS[a].slice(2) === name.slice(2)
}

export interface Weights {
  emission: Map<number, Float64Array>
  transitions: Float64Array // (T + 1) * T
}

/** Emission scores of each character for each tag. */
export function emissionScores(w: Weights, feats: readonly number[][]): Float64Array[] {
  return feats.map((fs) => {
    const s = new Float64Array(T)
    for (const f of fs) {
      const v = w.emission.get(f)
      if (v) for (let t = 0; t < T; t++) s[t] += v[t]
    }
    return s
  })
}

export function viterbi(w: Weights, emissions: readonly Float64Array[]): number[] {
  const n = emissions.length
  if (!n) return []
  const score = new Float64Array(n * T)
  const back = new Int32Array(n * T)
  for (let t = 0; t < T; t++) score[t] = allowed(START, t) ? w.transitions[START * T + t] + emissions[0][t] : -Infinity
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity, arg = 0
      for (let p = 0; p < T; p++) {
        if (!allowed(p, t)) continue
        const v = score[(i - 1) * T + p] + w.transitions[p * T + t]
        if (v > best) { best = v; arg = p }
      }
      score[i * T + t] = best + emissions[i][t]
      back[i * T + t] = arg
    }
  }
  let arg = 0
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + arg]) arg = t
  const tags = new Array<number>(n)
  for (let i = n - 1; i >= 0; i--) { tags[i] = arg; arg = back[i * T + arg] }
  return tags
}

export function toWeights(m: SerializedModel): Weights {
  if (m.kind !== 'banmian-perceptron' || m.version !== 1 || m.tags.join() !== TAGS.join()) throw new Error('unsupported entity model')
  const emission = new Map<number, Float64Array>()
  for (const [f, v] of Object.entries(m.weights)) emission.set(Number(f), Float64Array.from(v))
  return { emission, transitions: Float64Array.from(m.transitions.flat()) }
}

export function serialize(w: Weights, trainedOn: SerializedModel['trainedOn']): SerializedModel {
  const round = (x: number) => Math.round(x * 1000) / 1000
  const weights: Record<string, number[]> = {}
  for (const [f, v] of w.emission) {
    const r = Array.from(v, round)
    if (r.some((x) => x !== 0)) weights[String(f)] = r
  }
  const transitions: number[][] = []
  for (let a = 0; a <= T; a++) transitions.push(Array.from(w.transitions.subarray(a * T, a * T + T), round))
  return { kind: 'banmian-perceptron', version: 1, tags: [...TAGS], weights, transitions, trainedOn }
}

/** Averaged perceptron training state (w and the time-weighted sum of updates). */
export class PerceptronTrainer {
  readonly w: Weights = { emission: new Map(), transitions: new Float64Array((T + 1) * T) }
  private readonly acc: Weights = { emission: new Map(), transitions: new Float64Array((T + 1) * T) }
  private step = 1

  /** One example: decode with the current weights and update towards the gold tags. */
  learn(feats: readonly number[][], gold: readonly number[]): void {
    const pred = viterbi(this.w, emissionScores(this.w, feats))
    for (let i = 0; i < gold.length; i++) {
      const prevG = i ? gold[i - 1] : START, prevP = i ? pred[i - 1] : START
      if (gold[i] === pred[i] && prevG === prevP) continue
      if (gold[i] !== pred[i]) for (const f of feats[i]) { this.bump(f, gold[i], 1); this.bump(f, pred[i], -1) }
      this.bumpTransition(prevG * T + gold[i], 1)
      this.bumpTransition(prevP * T + pred[i], -1)
    }
    this.step++
  }

  /** The averaged weights. */
  averaged(): Weights {
    const emission = new Map<number, Float64Array>()
    for (const [f, v] of this.w.emission) {
      const a = this.acc.emission.get(f)!
      emission.set(f, v.map((x, t) => x - a[t] / this.step))
    }
    return { emission, transitions: this.w.transitions.map((x, k) => x - this.acc.transitions[k] / this.step) }
  }

  private bump(f: number, tag: number, d: number): void {
    let v = this.w.emission.get(f)
    if (!v) { v = new Float64Array(T); this.w.emission.set(f, v); this.acc.emission.set(f, new Float64Array(T)) }
    v[tag] += d
    this.acc.emission.get(f)![tag] += this.step * d
  }

  private bumpTransition(k: number, d: number): void {
    this.w.transitions[k] += d
    this.acc.transitions[k] += this.step * d
  }
}
