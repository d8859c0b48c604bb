// Page-like fixtures written for these tests (no real pages): hard-wrapped columns, paragraph
// per line, interrupted articles. Also a checker of the segmentation invariant, and where a
// segmentation put a piece of text.
import fs from 'node:fs'
import path from 'node:path'
import type { Segmentation } from '../../../src-shared/domain/types'
import { classifyBlocks } from '../../../src-main/segment/classify'
import { buildSequence } from '../../../src-main/segment/grouping'
import { splitLines } from '../../../src-main/segment/lines'
import { Cohesion } from '../../../src-main/segment/similarity'

const dir = path.join(__dirname, '../../fixtures/segment')
export const fixture = (name: string): string => fs.readFileSync(path.join(dir, name), 'utf8')
export const FIXTURES = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))

/** 1-based line number of a raw offset. */
export const lineOf = (raw: string, offset: number): number => raw.slice(0, offset).split('\n').length

/** Problems with the invariant: every non-blank character in exactly one range; sane ranges. */
export function invariantProblems(raw: string, seg: Segmentation): string[] {
  const problems: string[] = []
  const cover = new Uint8Array(raw.length)
  const ranges = [
    ...seg.articles.flatMap((a) => a.fragments),
    ...seg.noise,
    ...seg.unassigned,
  ]
  for (const r of ranges) {
    if (!(r.start >= 0 && r.start < r.end && r.end <= raw.length)) problems.push(`bad range ${r.start}-${r.end}`)
    if (raw[r.end - 1] === '\n') problems.push(`range ${r.start}-${r.end} ends with a line end`)
    for (let i = r.start; i < r.end; i++) cover[i]++
  }
  for (let i = 0; i < raw.length; i++) {
    if (/\s/.test(raw[i])) continue
    if (cover[i] !== 1) problems.push(`'${raw[i]}' at ${i} (line ${lineOf(raw, i)}) covered ${cover[i]} times`)
  }
  return problems
}

type Seg = Segmentation

/** The proposed article holding the first occurrence of `needle` (-1: none). */
export const articleOf = (raw: string, seg: Seg, needle: string): number => {
  const at = raw.indexOf(needle)
  return seg.articles.findIndex((a) => a.fragments.some((f) => f.start <= at && at < f.end))
}

/** The noise role of the range holding the first occurrence of `needle` (undefined: no noise there). */
export const noiseAt = (raw: string, seg: Seg, needle: string) => {
  const at = raw.indexOf(needle)
  return seg.noise.find((n) => n.start <= at && at < n.end)?.role
}

/** The raw text of article a's fragments of one role, joined by spaces. */
export const fragmentText = (raw: string, seg: Seg, a: number, role: string): string =>
  seg.articles[a].fragments.filter((f) => f.role === role).map((f) => raw.slice(f.start, f.end)).join(' ')

/** The role of the fragment holding the first occurrence of `needle`. */
export const roleOf = (raw: string, seg: Seg, needle: string): string | undefined => {
  const at = raw.indexOf(needle)
  return seg.articles.flatMap((a) => a.fragments).find((f) => f.start <= at && at < f.end)?.role
}

/** The reason the grouping stage gives a unit that starts with `needle`. */
export const reasonOf = (raw: string, needle: string): string | undefined => {
  const page = splitLines(raw)
  const units = classifyBlocks(page, raw)
  buildSequence(units, page, () => new Cohesion(units.filter((u) => u.kind === 'body' || u.kind === 'opener').map((u) => u.block.norm)))
  return units.find((u) => u.block.norm.startsWith(needle))?.why
}

/** Hard-wraps a paragraph into column lines of `n` characters. */
export const wrap = (text: string, n: number): string[] => Array.from({ length: Math.ceil(text.length / n) }, (_, i) => text.slice(i * n, (i + 1) * n))
