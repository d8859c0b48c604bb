// What a person's name looks like, and how to cut a run of credited names into names.
import { brokenLongName, joinLoneGlyphs } from '../../../src-shared/text/credits'
import { isHan } from '../text/chars'
import { Gap } from '../text/page-view'
import { isSurname, surnameLength, transliterationShare } from '../../../src-shared/text/surnames'

const MAX_TRANSLITERATED = 7
const TRANSLITERATED_SHARE = 0.6

const allHan = (s: string) => [...s].every((c) => isHan(c))

/** Han surname + one or two given characters (compound surname + one or two). */
export function isHanName(s: string): boolean {
  const sl = surnameLength(s)
  return sl > 0 && allHan(s) && s.length >= sl + 1 && s.length <= sl + 2
}

/** A name with no Han surname, spelled with characters typical of transliterations. */
export function isTransliteratedName(s: string): boolean {
  return allHan(s) && s.length >= 2 && s.length <= MAX_TRANSLITERATED && transliterationShare(s) >= TRANSLITERATED_SHARE
}

export const looksLikeName = (s: string): boolean => isHanName(s) || isTransliteratedName(s)

/** A piece of a credit line: characters with the whitespace that preceded each. */
export interface GappedText {
  text: string
  /** Offset of text[0] in the page view. */
  start: number
  gap: readonly Gap[]
}

/**
 * Cuts the names out of the text between two credit words ("赵\n建国", "孙丽萍 王晓东",
 * "乌力吉\n陈晓燕", "周 立 新"), returning view ranges. Spaces separate names unless every
 * character is spaced; a line break separates two names only when both sides are at least
 * two characters and together too long for one name or the second starts with a surname.
 */
export function splitCreditedNames(seg: GappedText): { start: number; end: number }[] {
  const n = seg.text.length
  const cuts = (kind: Gap) => [...Array(n).keys()].filter((i) => i > 0 && seg.gap[i] === kind)
  let bounds = cuts(Gap.Space)
  if (bounds.length === n - 1) bounds = [] // every character spaced out: spacing says nothing
  const spaced: [number, number][] = []
  let from = 0
  for (const b of [...bounds, n]) { spaced.push([from, b]); from = b }
  const pieces = joinLoneGlyphs(spaced, ([a, b]) => seg.text.slice(a, b), (x, y): [number, number] => [x[0], y[1]])
  const names: [number, number][] = []
  for (const [a, b] of pieces) {
    let parts: [number, number][] = []
    let s = a
    for (const c of [...cuts(Gap.LineBreak).filter((i) => i > a && i < b), b]) { parts.push([s, c]); s = c }
    parts = mergeWrapped(seg.text, parts)
    for (const p of parts) names.push(...splitRun(seg.text, p))
  }
  return names.map(([a, b]) => ({ start: seg.start + a, end: seg.start + b }))
}

function mergeWrapped(text: string, parts: [number, number][]): [number, number][] {
  const out: [number, number][] = []
  for (const p of parts) {
    const prev = out[out.length - 1]
    if (prev) {
      const la = prev[1] - prev[0], lb = p[1] - p[0]
      const longName = brokenLongName(text.slice(prev[0], prev[1]), text.slice(p[0], p[1]))
      const twoNames = la >= 2 && lb >= 2 && !longName && (la + lb > 5 || isSurname(text[p[0]]))
      if (!twoNames) { prev[1] = p[1]; continue }
    }
    out.push([p[0], p[1]])
  }
  return out
}

/** Splits an unbroken run like "孙丽萍王晓东" into Han names when that reading is clean. */
function splitRun(text: string, [a, b]: [number, number]): [number, number][] {
  const run = text.slice(a, b)
  if (run.length < 5 || isTransliteratedName(run)) return [[a, b]]
  // best[i]: a split of run[i..] into Han names, or null.
  const best: ([number, number][] | null)[] = new Array(run.length + 1).fill(null)
  best[run.length] = []
  for (let i = run.length - 1; i >= 0; i--) {
    for (const len of [3, 2, 4]) {
      const rest = best[i + len]
      if (i + len <= run.length && rest && isHanName(run.slice(i, i + len))) {
        best[i] = [[a + i, a + i + len], ...rest]
        break
      }
    }
  }
  return best[0] && best[0].length > 1 ? best[0] : [[a, b]]
}
