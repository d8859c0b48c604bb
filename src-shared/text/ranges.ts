// Pure operations on raw ranges.
import type { RawRange } from '../domain/types'

export const overlaps = (a: RawRange, b: RawRange) => a.start < b.end && b.start < a.end

/** Removes `cut` from each range, splitting ranges it falls inside; empty pieces are dropped. */
export function subtractRange<T extends RawRange>(ranges: readonly T[], cut: RawRange): T[] {
  const out: T[] = []
  for (const r of ranges) {
    if (!overlaps(r, cut)) {
      out.push(r)
      continue
    }
    if (r.start < cut.start) out.push({ ...r, end: cut.start })
    if (cut.end < r.end) out.push({ ...r, start: cut.end })
  }
  return out
}

/** Shrinks a range so it neither starts nor ends with whitespace; null when nothing is left. */
export function trimRange(text: string, r: RawRange): RawRange | null {
  let { start, end } = r
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return start < end ? { start, end } : null
}
