// What a raw range is made of: the runs of it that one article span, one noise range or nothing
// holds, so a gesture can keep each line's role when it moves text (a title stays a title).
import type { ArticleView, FragmentRole, PageDetail, RawRange } from '../../../src-shared/domain/types'
import { trimRange } from '../../../src-shared/text/ranges'

export interface Piece extends RawRange {
  /** The article holding it, null for noise or unassigned text. */
  article: string | null
  role: FragmentRole | null
  noise: boolean
}

/** The pieces of `range` with text in them (without surrounding whitespace), in raw order. */
export function piecesOf(page: PageDetail, range: RawRange): Piece[] {
  const held: Piece[] = []
  for (const a of page.articles)
    for (const f of a.fragments) {
      const r = clip(f, range)
      if (r) held.push({ ...r, article: a.id, role: f.role, noise: false })
    }
  for (const n of page.noise) {
    const r = clip(n, range)
    if (r) held.push({ ...r, article: null, role: null, noise: true })
  }
  held.sort((a, b) => a.start - b.start)
  const out: Piece[] = []
  let at = range.start
  for (const p of held) {
    if (p.start > at) out.push({ start: at, end: p.start, article: null, role: null, noise: false })
    out.push(p)
    at = p.end
  }
  if (at < range.end) out.push({ start: at, end: range.end, article: null, role: null, noise: false })
  return out.flatMap((p) => {
    const r = trimRange(page.text, p)
    return r ? [{ ...p, ...r }] : []
  })
}

function clip(r: RawRange, to: RawRange): RawRange | null {
  const start = Math.max(r.start, to.start)
  const end = Math.min(r.end, to.end)
  return start < end ? { start, end } : null
}

/** The article whose span holds the offset. */
export function articleAt(page: PageDetail, offset: number): ArticleView | null {
  return page.articles.find((a) => a.fragments.some((f) => f.start <= offset && offset < f.end)) ?? null
}

/** The first offset of a range that is not whitespace (where a line's owner is read). */
export function firstTextOffset(text: string, r: RawRange): number {
  let i = r.start
  while (i < r.end && /\s/.test(text[i])) i++
  return i
}
