// Page-like fixtures written for these tests (no real pages): hard-wrapped columns, paragraph
// per line, interrupted articles. Also a checker of the segmentation invariant.
import fs from 'node:fs'
import path from 'node:path'
import type { Segmentation } from '../../../src-shared/domain/types'

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
