// The page's rules (shared/spec/edit-operations.md): what must hold after every group, and the
// problems a reviewer must clear. One validator, used by main on every write and by the tests.
import type { RawRange } from '../domain/types'
import { isWhitespaceCode } from '../text/codepoints'
import { ownerIndex, ownerOf } from './ownership'
import type { PageModel, Problem } from './types'

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** Whether [start, end) is inside the text and cuts no character in two. */
export const onCharBoundaries = (text: string, r: RawRange) =>
  Number.isInteger(r.start) &&
  Number.isInteger(r.end) &&
  r.start >= 0 &&
  r.start < r.end &&
  r.end <= text.length &&
  !isLowSurrogate(text.charCodeAt(r.start)) &&
  (r.end === text.length || !isLowSurrogate(text.charCodeAt(r.end)))

/** Whether a range holds at least one non-whitespace unit. */
export function hasText(text: string, r: RawRange): boolean {
  for (let i = r.start; i < r.end; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return true
  return false
}

function firstOverlap(ranges: readonly (RawRange & { what: string })[]): string | null {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].start < sorted[i - 1].end)
      return `${sorted[i - 1].what} ${sorted[i - 1].start}-${sorted[i - 1].end} overlaps ${sorted[i].what} ${sorted[i].start}-${sorted[i].end}`
  return null
}

/** The first broken rule of a model, or null when every rule holds. */
export function ruleViolation(m: PageModel): string | null {
  const ids = Object.keys(m.articles)
  if (ids.length !== m.order.length || new Set(m.order).size !== m.order.length || m.order.some((id) => !m.articles[id]))
    return 'the reading order must list every article exactly once'
  const ranges: (RawRange & { what: string })[] = []
  for (const id of m.order) {
    const a = m.articles[id]
    if (a.spans.length === 0) return `article ${id} has no span`
    for (const s of a.spans) ranges.push({ ...s, what: `a span of ${id}` })
  }
  for (const n of m.noise) ranges.push({ ...n, what: 'noise' })
  for (const r of ranges) {
    if (!onCharBoundaries(m.text, r)) return `${r.what} ${r.start}-${r.end} is not a range of whole characters of the page`
    if (!hasText(m.text, r)) return `${r.what} ${r.start}-${r.end} holds only whitespace`
  }
  const spanClash = firstOverlap(ranges)
  if (spanClash) return spanClash
  for (const e of m.entities) if (!onCharBoundaries(m.text, e) || !hasText(m.text, e)) return `entity ${e.start}-${e.end} is not a range of text of the page`
  return firstOverlap(m.entities.map((e) => ({ ...e, what: `entity ${e.label}` })))
}

/** Non-blank raw ranges that belong to no article and are not noise, line by line. */
function unassigned(m: PageModel, owner: Int32Array): RawRange[] {
  const covered = new Uint8Array(m.text.length)
  for (let i = 0; i < owner.length; i++) if (owner[i] !== -1) covered[i] = 1
  const out: RawRange[] = []
  let start = -1
  let end = -1
  for (let i = 0; i <= m.text.length; i++) {
    const c = i < m.text.length ? m.text.charCodeAt(i) : 10
    const free = i < m.text.length && !covered[i]
    if (free && !isWhitespaceCode(c)) {
      if (start < 0) start = i
      end = i + 1
    } else if (start >= 0 && (!free || c === 10)) {
      out.push({ start, end })
      start = -1
    }
  }
  return out
}

/** What a reviewer must look at; blocking problems keep the page from done and reviewed. */
export function pageProblems(m: PageModel): Problem[] {
  const owner = ownerIndex(m.text.length, m.order.map((id) => m.articles[id]), m.noise)
  const out: Problem[] = unassigned(m, owner).map((r) => ({ code: 'unassigned_text', ...r, blocking: true }))
  for (const e of m.entities) {
    if (e.state !== 'accepted') continue
    const own = ownerOf(owner, m.text, e.start, e.end)
    if (own.kind === 'outside') out.push({ code: 'entity_outside', start: e.start, end: e.end, blocking: true })
    else if (own.kind === 'across') out.push({ code: 'entity_across', start: e.start, end: e.end, blocking: true })
  }
  for (const id of m.order) {
    const a = m.articles[id]
    const first = a.spans[0]
    if (!a.spans.some((s) => s.role === 'title') && a.meta.title === undefined)
      out.push({ code: 'no_title', start: first.start, end: first.end, article: id, blocking: false })
    if (!a.spans.some((s) => s.role === 'body' || s.role === 'caption'))
      out.push({ code: 'no_body', start: first.start, end: first.end, article: id, blocking: false })
  }
  return out.sort((a, b) => a.start - b.start)
}
