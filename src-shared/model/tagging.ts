// Pure helpers for tagging: a selection snapped to the name it holds, and every occurrence of a
// surface form in a text (also where a line break or stray spaces run through it, as in a name
// wrapped across two lines). The UI and the services use the same ones.
import type { RawRange } from '../domain/types'
import { isWhitespaceCode } from '../text/codepoints'

/** The calibrated score at and above which "accept all above" takes a suggestion by default. */
export const DEFAULT_ACCEPT_SCORE = 0.8

/** Letters whose Shift+letter is already a gesture (Shift+M: merge into the previous article): no label may take them. */
export const RESERVED_LABEL_KEYS: ReadonlySet<string> = new Set(['m'])

/** Punctuation a selection may catch at its edges but a name never starts or ends with. */
const EDGE_PUNCT = new Set('，。、；：？！…—·“”‘’（）《》〈〉【】「」『』〔〕,.;:?!()[]{}<>"\'-/\\|~`@#$%^&*_+=□■●◆★☆')

const isEdge = (c: string) => isWhitespaceCode(c.charCodeAt(0)) || EDGE_PUNCT.has(c)

/** The selection without surrounding whitespace and punctuation; null when nothing is left. */
export function snapToName(text: string, r: RawRange): RawRange | null {
  let { start, end } = r
  while (start < end && isEdge(text[start])) start++
  while (end > start && isEdge(text[end - 1])) end--
  // Never split a surrogate pair.
  if (start > 0 && text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff) start--
  if (end < text.length && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end++
  return start < end ? { start, end } : null
}

/** A prose line (sentence punctuation inside) at least this long ending in none runs on over a blank line after it. */
const RUN_ON_WIDTH = 8
const CLOSING = /[。！？!?；;：:，,、”’」』）)】…—]$/
const PROSE = /[，、；：。,;:]/

/**
 * Whether a range runs over a blank line between two paragraphs: a name may wrap across a line
 * break, never across paragraphs. A blank line the text runs on over (a column break in the
 * middle of a sentence: a long prose line ending in no punctuation before it, "…需求；联合包头市⏎⏎
 * 蓝天救援队…") parts no paragraphs; one after a headline, a banner or a short line does.
 */
export function crossesParagraph(text: string, r: RawRange): boolean {
  const blank = /\n[^\S\n]*\n/g
  const inside = text.slice(r.start, r.end)
  for (let m = blank.exec(inside); m; m = blank.exec(inside)) {
    const at = r.start + m.index
    const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at).replace(/\s+/g, '')
    if (before.length < RUN_ON_WIDTH || CLOSING.test(before) || !PROSE.test(before)) return true
  }
  return false
}

/** The whitespace-free form of a surface text: how occurrences and forms are compared. */
export const surfaceForm = (s: string) => s.replace(/\s+/g, '')

/**
 * Every occurrence of `form` (whitespace-free) in text, left to right and not overlapping; the
 * text may hold whitespace between its characters. Raw ranges start and end on characters of it.
 */
export function occurrences(text: string, form: string): RawRange[] {
  const want = surfaceForm(form)
  if (!want) return []
  // The text without whitespace, with each unit's raw offset.
  const units: number[] = []
  let flat = ''
  for (let i = 0; i < text.length; i++) {
    if (isWhitespaceCode(text.charCodeAt(i))) continue
    flat += text[i]
    units.push(i)
  }
  const out: RawRange[] = []
  for (let k = flat.indexOf(want); k >= 0; k = flat.indexOf(want, k + 1)) {
    const start = units[k]
    const end = units[k + want.length - 1] + 1
    if (crossesParagraph(text, { start, end })) continue
    if (out.length && start < out[out.length - 1].end) continue
    out.push({ start, end })
  }
  return out
}
