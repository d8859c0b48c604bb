// The normalised view every layer works on: whitespace between characters removed (kept as
// one space only between two ASCII letters/digits), doubled headline lines shown once, and a
// map back to raw UTF-16 offsets so a suggestion may cross a hard line break.
import { isAsciiAlnumAt, isSpaceAt } from './chars'
import { undoubledIndices } from '../../../src-shared/text/doubled-glyphs'

/** What separated a normalised character from the previous one in the raw text. */
export const Gap = { None: 0, Space: 1, LineBreak: 2, Paragraph: 3 } as const
export type Gap = (typeof Gap)[keyof typeof Gap]

export interface PageView {
  text: string
  /** Raw index of each normalised character. */
  toRaw: number[]
  /** Whitespace that preceded each normalised character in the raw text. */
  gap: Gap[]
}

export function buildPageView(raw: string): PageView {
  const keep = keepMask(raw)
  // The text as runs of raw text, not grown a character at a time (a chain of a string per character).
  const parts: string[] = []
  let runStart = 0
  const toRaw: number[] = []
  const gap: Gap[] = []
  let pending: Gap = Gap.None
  let lastKept = -1
  for (let i = 0; i < raw.length; i++) {
    if (isSpaceAt(raw, i)) {
      const kind: Gap = raw.charCodeAt(i) === NEWLINE ? (pending >= Gap.LineBreak ? Gap.Paragraph : Gap.LineBreak) : Gap.Space
      if (kind > pending) pending = kind
      continue
    }
    if (!keep[i]) continue
    const space = pending !== Gap.None && isAsciiAlnumAt(raw, lastKept) && isAsciiAlnumAt(raw, i)
    if (space || i !== lastKept + 1) {
      if (lastKept >= 0) parts.push(raw.slice(runStart, lastKept + 1))
      runStart = i
    }
    if (space) {
      parts.push(' ')
      toRaw.push(i - 1)
      gap.push(pending)
    }
    toRaw.push(i)
    gap.push(pending)
    pending = Gap.None
    lastKept = i
  }
  if (lastKept >= 0) parts.push(raw.slice(runStart, lastKept + 1))
  return { text: parts.join(''), toRaw, gap }
}

const NEWLINE = 0x0a

/** Where each line of the view starts (after a line break or a paragraph), in order. */
export function lineStarts(view: PageView): number[] {
  const out: number[] = []
  view.gap.forEach((g, i) => { if (i === 0 || g >= Gap.LineBreak) out.push(i) })
  return out
}

/** Raw half-open range of the normalised range [start, end). */
export function rawRange(view: PageView, start: number, end: number): { start: number; end: number } {
  return { start: view.toRaw[start], end: view.toRaw[end - 1] + 1 }
}

function keepMask(raw: string): Uint8Array {
  const keep = new Uint8Array(raw.length).fill(1)
  for (let lineStart = 0; lineStart <= raw.length; ) {
    const nl = raw.indexOf('\n', lineStart)
    const i = nl < 0 ? raw.length : nl
    // Doubling is judged on the visible characters: stray spaces do not break it.
    const visible = visibleIndices(raw, lineStart, i)
    // (Most lines have no space: their text is the raw line itself, not built a character at a time.)
    const kept = undoubledIndices(visible ? visible.map((j) => raw[j]).join('') : raw.slice(lineStart, i))
    if (kept) {
      const at = (v: number) => (visible ? visible[v] : lineStart + v)
      if (visible) for (const j of visible) keep[j] = 0
      else keep.fill(0, lineStart, i)
      for (const v of kept) keep[at(v)] = 1
    }
    lineStart = i + 1
  }
  return keep
}

/** Indices of the non-space characters of raw[from, to), or null when there is no space there (all are visible). */
function visibleIndices(raw: string, from: number, to: number): number[] | null {
  let j = from
  while (j < to && !isSpaceAt(raw, j)) j++
  if (j === to) return null
  const out: number[] = []
  for (let k = from; k < to; k++) if (!isSpaceAt(raw, k)) out.push(k)
  return out
}
