// The normalised view every layer works on: whitespace between characters removed (kept as
// one space only between two ASCII letters/digits), doubled headline lines shown once, and a
// map back to raw UTF-16 offsets so a suggestion may cross a hard line break.
import { isAsciiAlnum, isSpace } from './chars'
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
  let text = ''
  const toRaw: number[] = []
  const gap: Gap[] = []
  let pending: Gap = Gap.None
  let lastKept = ''
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]
    if (isSpace(ch)) {
      const kind: Gap = ch === '\n' ? (pending >= Gap.LineBreak ? Gap.Paragraph : Gap.LineBreak) : Gap.Space
      if (kind > pending) pending = kind
      continue
    }
    if (!keep[i]) continue
    if (pending !== Gap.None && isAsciiAlnum(lastKept) && isAsciiAlnum(ch)) {
      text += ' '
      toRaw.push(i - 1)
      gap.push(pending)
    }
    text += ch
    toRaw.push(i)
    gap.push(pending)
    pending = Gap.None
    lastKept = ch
  }
  return { text, toRaw, gap }
}

/** Raw half-open range of the normalised range [start, end). */
export function rawRange(view: PageView, start: number, end: number): { start: number; end: number } {
  return { start: view.toRaw[start], end: view.toRaw[end - 1] + 1 }
}

function keepMask(raw: string): boolean[] {
  const keep = new Array<boolean>(raw.length).fill(true)
  let lineStart = 0
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw[i] !== '\n') continue
    // Doubling is judged on the visible characters: stray spaces do not break it.
    const visible: number[] = []
    for (let j = lineStart; j < i; j++) if (!isSpace(raw[j])) visible.push(j)
    const kept = undoubledIndices(visible.map((j) => raw[j]).join(''))
    if (kept) {
      for (const j of visible) keep[j] = false
      for (const v of kept) keep[visible[v]] = true
    }
    lineStart = i + 1
  }
  return keep
}
