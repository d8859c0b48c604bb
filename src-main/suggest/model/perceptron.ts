// An averaged structured perceptron over BIO tags with first-order transitions and Viterbi
// decoding under BIO constraints (I-X only after B-X or I-X).
import { TAGS } from './bio'
import type { FeatureRows } from './features'
import type { NameMemory } from '../memory'

/** Bumped whenever features change: a model saved with other features must not load. */
export const MODEL_VERSION = 3
const T = TAGS.length
const START = T // row of the transition table used before the first character

export interface SerializedModel {
  kind: 'banmian-perceptron'
  version: 3
  tags: readonly string[]
  /** Feature (number, see features.ts) → weight per tag. */
  weights: Record<string, number[]>
  /** (T + 1) × T transition weights; row T is the start state. */
  transitions: number[][]
  trainedOn: { examples: number; characters: number; epochs: number }
  /** Names kept and suggestions rejected on the reviewed pages it was trained with (memory.ts). */
  memory?: NameMemory
}

/** Whether tag `b` may follow tag `a` (a = START at the beginning). */
export function allowed(a: number, b: number): boolean {
  const name = TAGS[b]
  if (!name.startsWith('I-')) return true
  if (a === START) return false
  return TAGS[a].slice(2) === name.slice(2)
}
const ALLOWED = Uint8Array.from({ length: (T + 1) * T }, (_, k) => (allowed(Math.floor(k / T), k % T) ? 1 : 0))

/**
 * Emission weights in an open-addressing table (feature number + 1 per slot, 0 = empty; T
 * weights per slot): the suggester looks up ~25 features per character, and a typed-array
 * probe is several times faster than a Map of that size.
 */
export interface Weights {
  keys: Int32Array
  values: Float64Array
  transitions: Float64Array // (T + 1) * T
}

export function emissionTable(entries: Iterable<[number, ArrayLike<number>]>, count: number): Pick<Weights, 'keys' | 'values'> {
  let size = 1024
  while (size < count * 2) size *= 2
  const keys = new Int32Array(size), values = new Float64Array(size * T)
  for (const [f, v] of entries) {
    let slot = f & (size - 1)
    while (keys[slot] !== 0) slot = (slot + 1) & (size - 1)
    keys[slot] = f + 1
    for (let t = 0; t < T; t++) values[slot * T + t] = v[t]
  }
  return { keys, values }
}

/** Emission scores: character i's score for tag t at i * T + t. */
export function emissionScores(w: Weights, rows: FeatureRows): Float64Array {
  const { keys, values } = w
  const mask = keys.length - 1
  const n = rows.offsets.length - 1
  const s = new Float64Array(n * T)
  for (let i = 0; i < n; i++) {
    for (let j = rows.offsets[i]; j < rows.offsets[i + 1]; j++) {
      const f = rows.values[j]
      let slot = f & mask
      for (let k = keys[slot]; k !== 0; k = keys[slot]) {
        if (k === f + 1) {
          for (let t = 0; t < T; t++) s[i * T + t] += values[slot * T + t]
          break
        }
        slot = (slot + 1) & mask
      }
    }
  }
  return s
}

/** The best tag sequence for emission scores laid out as emissionScores gives them. */
export function viterbi(w: Pick<Weights, 'transitions'>, emissions: Float64Array): number[] {
  const n = emissions.length / T
  if (!n) return []
  const score = new Float64Array(n * T)
  const back = new Int32Array(n * T)
  for (let t = 0; t < T; t++) score[t] = ALLOWED[START * T + t] ? w.transitions[START * T + t] + emissions[t] : -Infinity
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity, arg = 0
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue
        const v = score[(i - 1) * T + p] + w.transitions[p * T + t]
        if (v > best) { best = v; arg = p }
      }
      score[i * T + t] = best + emissions[i * T + t]
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
  if (m.kind !== 'banmian-perceptron' || m.version !== MODEL_VERSION || m.tags.join() !== TAGS.join()) throw new Error('unsupported entity model')
  const entries = Object.entries(m.weights)
  const table = emissionTable(entries.map(([f, v]) => [Number(f), v]), entries.length)
  return { ...table, transitions: Float64Array.from(m.transitions.flat()) }
}

export function serialize(w: Weights, trainedOn: SerializedModel['trainedOn']): SerializedModel {
  const round = (x: number) => Math.round(x * 1000) / 1000
  const weights: Record<string, number[]> = {}
  w.keys.forEach((k, slot) => {
    const r = Array.from(w.values.subarray(slot * T, slot * T + T), round)
    if (k !== 0 && r.some((x) => x !== 0)) weights[String(k - 1)] = r
  })
  const transitions: number[][] = []
  for (let a = 0; a <= T; a++) transitions.push(Array.from(w.transitions.subarray(a * T, a * T + T), round))
  return { kind: 'banmian-perceptron', version: MODEL_VERSION, tags: [...TAGS], weights, transitions, trainedOn }
}

/**
 * One training sequence: its features as dense ids (see PerceptronTrainer), `offsets[i]` to
 * `offsets[i + 1]` for character i, and the gold tags.
 */
export interface DenseSequence {
  ids: Int32Array
  offsets: Int32Array
  gold: Uint8Array
}

/**
 * Averaged perceptron training state over dense feature ids 0 … featureCount − 1: flat weight
 * and time-weighted update arrays, so scoring in the training loop needs no Map lookups.
 */
export class PerceptronTrainer {
  private readonly w: Float64Array
  private readonly acc: Float64Array
  private readonly transitions = new Float64Array((T + 1) * T)
  private readonly transitionsAcc = new Float64Array((T + 1) * T)
  private step = 1

  constructor(featureCount: number) {
    this.w = new Float64Array(featureCount * T)
    this.acc = new Float64Array(featureCount * T)
  }

  /**
   * One sequence: decode with the current weights and update towards the gold tags. `keep`
   * (when given) says which feature occurrences take part: dropping some at random each time
   * makes the model spread weight over redundant features instead of memorising one.
   */
  learn(seq: DenseSequence, keep?: Uint8Array): void {
    const { ids, offsets, gold } = seq
    const n = gold.length
    const emissions = new Float64Array(n * T)
    for (let i = 0; i < n; i++) {
      for (let j = offsets[i]; j < offsets[i + 1]; j++) {
        if (keep && !keep[j]) continue
        const base = ids[j] * T
        for (let t = 0; t < T; t++) emissions[i * T + t] += this.w[base + t]
      }
    }
    const pred = viterbi({ transitions: this.transitions }, emissions)
    for (let i = 0; i < n; i++) {
      const prevG = i ? gold[i - 1] : START, prevP = i ? pred[i - 1] : START
      if (gold[i] === pred[i] && prevG === prevP) continue
      if (gold[i] !== pred[i]) {
        for (let j = offsets[i]; j < offsets[i + 1]; j++) {
          if (keep && !keep[j]) continue
          this.bump(ids[j] * T + gold[i], 1)
          this.bump(ids[j] * T + pred[i], -1)
        }
      }
      this.bumpTransition(prevG * T + gold[i], 1)
      this.bumpTransition(prevP * T + pred[i], -1)
    }
    this.step++
  }

  /** The averaged weights, keyed by each dense id's feature number (`features[id]`). */
  averaged(features: readonly number[]): Weights {
    const entries: [number, Float64Array][] = []
    features.forEach((f, id) => {
      const v = new Float64Array(T)
      for (let t = 0; t < T; t++) v[t] = this.w[id * T + t] - this.acc[id * T + t] / this.step
      if (v.some((x) => x !== 0)) entries.push([f, v])
    })
    return { ...emissionTable(entries, entries.length), transitions: this.transitions.map((x, k) => x - this.transitionsAcc[k] / this.step) }
  }

  private bump(k: number, d: number): void {
    this.w[k] += d
    this.acc[k] += this.step * d
  }

  private bumpTransition(k: number, d: number): void {
    this.transitions[k] += d
    this.transitionsAcc[k] += this.step * d
  }
}
