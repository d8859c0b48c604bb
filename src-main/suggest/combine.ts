// Merging the layers into one flat list. Confident model spans first: the model is trained on
// the project's reviewed pages (and any corpus the editor imported for it) with the rule and
// dictionary spans among its features, so where it is sure of something else it has learnt
// where those layers miss the conventions (a dictionary place that is part of an
// organisation, "X政府" read as the place alone). Then rules and dictionaries, longer spans
// winning (the outermost name: an ORG that contains a place), then rules over dictionary,
// then the higher score; unsure model spans and weak layer spans (names from jieba's tags
// with little support) fill only what is left free. Scores are chances of being right (see
// model/decode.ts and each layer's score), so the UI can sort by them and accept all above
// DEFAULT_ACCEPT_SCORE.
import { Trie } from './dictionaries/trie'
import { tokenIndexByChar, type Token } from './text/tokens'
import type { NameMemory } from './memory'
import type { Span } from './types'

const TIER: Record<Span['source'], number> = { rule: 0, dictionary: 1, model: 2 }
/** Model score from which a model span goes before the rule and dictionary layers. */
export const MODEL_OVERRIDE_SCORE = 0.6

/** Rule and dictionary spans scored below this are guesses (see createSuggester for their use with a model). */
export const WEAK_SCORE = 0.7

/** Layer spans scored below this are only a model's features, never suggestions. */
export const MIN_SUGGESTED_SCORE = 0.5

/** Suggestions scored at least this are the ones "accept all above" takes by default (defined with the tagging gestures). */
export { DEFAULT_ACCEPT_SCORE } from '../../src-shared/model/tagging'

const rank = (s: Span) => (s.source === 'model' ? (s.score >= MODEL_OVERRIDE_SCORE ? 0 : 2) : s.score < WEAK_SCORE ? 2 : 1)

export function resolveOverlaps(candidates: readonly Span[]): Span[] {
  const ordered = [...candidates].sort((a, b) =>
    rank(a) - rank(b) ||
    (b.end - b.start) - (a.end - a.start) || TIER[a.source] - TIER[b.source] || b.score - a.score)
  // Each candidate is checked over its own characters, not against every span taken (a 4 MiB page has many).
  const taken = new Uint8Array(candidates.reduce((n, c) => Math.max(n, c.end), 0))
  const out: Span[] = []
  for (const c of ordered) {
    if (taken.subarray(c.start, c.end).includes(1)) continue
    taken.fill(1, c.start, c.end)
    out.push(c)
  }
  return out.sort((a, b) => a.start - b.start)
}

const PROPAGATED_SCORE = 0.7
const MIN_PROPAGATED = { PER: 2, ORG: 4, LOC: 99 }

/**
 * A person or organisation recognised once on the page is the same name wherever else it
 * occurs there ("周立新介绍" … "周立新表示"); adds those mentions where nothing else is, or
 * where only a shorter reading of the same person stands ("海涛" inside "任海涛"). A person's
 * name is not copied into a word jieba reads otherwise ("张文" in "张文化"), but over such a shorter reading. `spans` do not
 * overlap (as resolveOverlaps returns them). `remembered`: names editors kept on reviewed pages
 * (memory.ts), copied the same way, places too (the page's own reading of a form goes first).
 */
export function propagateNames(text: string, spans: readonly Span[], tokens: readonly Token[], remembered: NameMemory['names'] = []): Span[] {
  const names = new Map<string, Span['label']>(remembered)
  for (const s of spans) if (s.source !== 'model' && s.end - s.start >= MIN_PROPAGATED[s.label]) names.set(text.slice(s.start, s.end), s.label)
  const tokenAt = tokenIndexByChar(tokens, text.length)
  const found = occurrences(text, names.keys())
  const layout = new Layout(text.length, spans)
  for (const [name, label] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (const i of found.get(name)!) {
      const end = i + name.length
      const hit = layout.overlapping(i, end)
      const shorter = label === 'PER' && hit.every((t) => t.label === 'PER' && t.start >= i && t.end <= end && t.end - t.start < name.length)
      // (Where a shorter reading stands, a name starts there: the full form may cut a word jieba read across its end, "王福|贵在".)
      const corrects = shorter && hit.length > 0
      if ((hit.length && !shorter) || (label === 'PER' && !corrects && (splitsWord(tokens, tokenAt, i) || splitsWord(tokens, tokenAt, end)))) continue
      for (const t of hit) layout.remove(t)
      layout.add({ start: i, end, label, source: 'rule', score: PROPAGATED_SCORE })
    }
  }
  return layout.spans()
}

/** Every start of each name in the text, ascending (overlapping ones too), in one pass over it. */
function occurrences(text: string, names: Iterable<string>): Map<string, number[]> {
  const trie = new Trie<string>()
  const found = new Map<string, number[]>()
  for (const name of names) { trie.add(name, name); found.set(name, []) }
  let at = 0
  const visit = (_: number, name: string) => found.get(name)!.push(at)
  for (; at < text.length; at++) trie.forEachAt(text, at, visit)
  return found
}

/** Non-overlapping spans with the one covering each character, so a range's spans are found by its own characters. */
class Layout {
  private readonly owner: Int32Array
  private readonly all: (Span | null)[] = []
  private readonly index = new Map<Span, number>()

  constructor(length: number, spans: readonly Span[]) {
    this.owner = new Int32Array(length).fill(-1)
    for (const s of spans) this.add(s)
  }

  add(s: Span): void {
    this.index.set(s, this.all.length)
    this.owner.fill(this.all.length, s.start, s.end)
    this.all.push(s)
  }

  remove(s: Span): void {
    this.owner.fill(-1, s.start, s.end)
    this.all[this.index.get(s)!] = null
  }

  overlapping(start: number, end: number): Span[] {
    const out: Span[] = []
    for (let i = start, last = -1; i < end; i++) {
      const k = this.owner[i]
      if (k >= 0 && k !== last) out.push(this.all[k]!)
      last = k
    }
    return out
  }

  spans(): Span[] {
    return this.all.filter((s): s is Span => s !== null).sort((a, b) => a.start - b.start)
  }
}

const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg'])

/** Whether a dictionary word runs across position `i`. */
function splitsWord(tokens: readonly Token[], tokenAt: Int32Array, i: number): boolean {
  if (i <= 0 || i >= tokenAt.length) return false
  const t = tokens[tokenAt[i]]
  return t.start < i && !NAME_TAGS.has(t.tag)
}
