// Character BIO: the corpus reader ("char tag" per line, blank line between sentences) and
// conversion between spans and per-character tags.
import type { TrainingExample } from './training'

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const
export type Tag = (typeof TAGS)[number]
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]))

/** Reads a character BIO corpus; throws with the 1-based line number on malformed input. */
export function readBio(text: string): TrainingExample[] {
  const out: TrainingExample[] = []
  let chars: string[] = []
  let tags: string[] = []
  const flush = () => {
    if (chars.length) out.push({ text: chars.join(''), spans: tagsToSpans(tags.map((t) => TAG_INDEX.get(t)!)) })
    chars = []
    tags = []
  }
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return flush()
    const m = /^(\S+)\s+(\S+)\s*$/u.exec(line)
    if (!m || [...m[1]].length !== 1) throw new Error(`BIO line ${i + 1}: expected "<char> <tag>", got ${JSON.stringify(line)}`)
    const tag = m[2]
    if (!TAG_INDEX.has(tag)) throw new Error(`BIO line ${i + 1}: unknown tag ${JSON.stringify(tag)} (expected one of ${TAGS.join(', ')})`)
    chars.push(m[1])
    tags.push(tag)
  })
  flush()
  return out
}

/** Spans of a tag-index sequence; a stray I- starts a span of its own label. */
export function tagsToSpans(tags: readonly number[]): { start: number; end: number; label: string }[] {
  const out: { start: number; end: number; label: string }[] = []
  let cur: { start: number; end: number; label: string } | null = null
  tags.forEach((t, i) => {
    const name = TAGS[t]
    const label = name.slice(2)
    if (name === 'O' || name.startsWith('B-') || (cur && cur.label !== label)) {
      if (cur) out.push(cur)
      cur = name === 'O' ? null : { start: i, end: i + 1, label }
    } else if (cur) cur.end = i + 1
    else cur = { start: i, end: i + 1, label }
  })
  if (cur) out.push(cur)
  return out
}

/** Tag indices of `length` characters holding `spans` (later spans do not overwrite). */
export function spansToTags(length: number, spans: readonly { start: number; end: number; label: string }[]): number[] {
  const tags = new Array<number>(length).fill(0)
  for (const s of spans) {
    const b = TAG_INDEX.get(`B-${s.label}`)
    if (b === undefined || s.start < 0 || s.end > length || s.start >= s.end) continue
    if (tags.slice(s.start, s.end).some((t) => t !== 0)) continue
    tags[s.start] = b
    for (let i = s.start + 1; i < s.end; i++) tags[i] = b + 1
  }
  return tags
}
