// The tagging gestures as the one group of operations each sends: a selection tagged with a
// label (snapped off whitespace and punctuation), a suggestion accepted, rejected, relabelled or
// resized, the suggestions of an article or the page accepted at once (all, or those scored at
// least a threshold), every occurrence of a form tagged.
import type { EntityView, Occurrence, PageDetail, RawRange } from '../../../src-shared/domain/types'
import { crossesParagraph, snapToName } from '../../../src-shared/model/tagging'
import type { Operation } from '../../../src-shared/model/operations'
import type { MessageKey } from '../i18n'
import type { Gesture } from './gestures'
import { articleAt } from './pieces'

const overlaps = (a: RawRange, b: RawRange) => a.start < b.end && b.start < a.end
const same = (a: RawRange, b: RawRange) => a.start === b.start && a.end === b.end

/** The page's suggestions in reading order (raw order). */
export const suggestions = (page: PageDetail): EntityView[] => page.entities.filter((e) => e.state === 'suggested').sort((a, b) => a.start - b.start)

/** Where new entities may not go: over an accepted one. Suggestions and rejected ones under it give way. */
function placeEntity(entities: readonly EntityView[], r: RawRange, label: string): Operation[] | null {
  const hit = entities.filter((e) => overlaps(e, r))
  if (hit.some((e) => e.state === 'accepted')) return null
  return [...hit.map((e) => ({ op: 'delete_entity' as const, start: e.start, end: e.end })), { op: 'add_entity', start: r.start, end: r.end, label }]
}

/** Why an entity cannot go on this range: it must lie in one article, within one paragraph. */
function misplaced(page: PageDetail, r: RawRange): MessageKey | null {
  if (crossesParagraph(page.text, r)) return 'tag.acrossParagraphs'
  const owner = articleAt(page, r.start)
  return owner && articleAt(page, r.end - 1) === owner ? null : 'tag.outsideArticle'
}

/** The selection tagged with `label`; an entity on exactly that range takes the label instead. */
export function tag(page: PageDetail, range: RawRange, label: string): Gesture {
  const r = snapToName(page.text, range)
  if (!r) return { refused: 'gesture.nothingSelected' }
  const exact = page.entities.find((e) => same(e, r))
  if (exact) return relabel(page, exact, label)
  const why = misplaced(page, r)
  if (why) return { refused: why }
  const ops = placeEntity(page.entities, r, label)
  return ops ? { ops } : { refused: 'tag.overlap' }
}

export function relabel(page: PageDetail, e: EntityView, label: string): Gesture {
  if (e.label === label && e.state === 'accepted') return { refused: 'gesture.nothingToChange' }
  // A suggestion may lie in noise or run over a blank line; accepting it would only make a blocking problem.
  const why = e.state !== 'accepted' && misplaced(page, e)
  if (why) return { refused: why }
  return { ops: [{ op: 'set_entity', start: e.start, end: e.end, label, state: 'accepted' }] }
}

export function judge(page: PageDetail, e: RawRange, state: 'accepted' | 'rejected'): Gesture {
  const why = state === 'accepted' && misplaced(page, e)
  if (why) return { refused: why }
  return { ops: [{ op: 'set_entity', start: e.start, end: e.end, state }] }
}

export type Edge = 'start' | 'end'

/** The entity with one edge moved by `delta` characters (a surrogate pair counts as one); accepted by doing so. */
export function resize(page: PageDetail, e: EntityView, edge: Edge, delta: 1 | -1): { gesture: Gesture; range: RawRange } {
  const text = page.text
  const step = (at: number, d: 1 | -1) => {
    const next = at + d
    const inPair = (i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]) && /[\ud800-\udbff]/.test(text[i - 1])
    return inPair(next) ? next + d : next
  }
  const range = edge === 'start' ? { start: step(e.start, delta), end: e.end } : { start: e.start, end: step(e.end, delta) }
  if (range.start < 0 || range.end > text.length || range.start >= range.end) return { gesture: { refused: 'tag.cannotResize' }, range: e }
  if (page.entities.some((o) => o !== e && o.state !== 'rejected' && overlaps(o, range))) return { gesture: { refused: 'tag.overlap' }, range: e }
  return { gesture: { ops: [{ op: 'set_entity', start: e.start, end: e.end, new_start: range.start, new_end: range.end, state: 'accepted' }] }, range }
}

/** What "accept all" takes: the page, or one article's spans; optionally only suggestions scored at least `minScore`. */
export interface AcceptScope {
  within?: readonly RawRange[]
  minScore?: number
}

/** The suggestions "accept all" takes: never one outside an article or over a blank line, which would be a blocking problem once accepted. */
export function acceptable(page: PageDetail, scope: AcceptScope = {}): EntityView[] {
  return suggestions(page).filter((e) => !misplaced(page, e) && (scope.minScore === undefined || e.score >= scope.minScore) && (!scope.within || scope.within.some((f) => f.start <= e.start && e.start < f.end)))
}

export function acceptAll(page: PageDetail, scope: AcceptScope = {}): Gesture {
  const all = acceptable(page, scope)
  if (!all.length) return { refused: 'tag.noSuggestions' }
  return { ops: all.map((e) => ({ op: 'set_entity', start: e.start, end: e.end, state: 'accepted' })) }
}

/**
 * Tags the chosen occurrences of one page: each untagged place gets the label, a suggestion or
 * rejected entity exactly there is accepted with it; places overlapping an accepted entity of
 * another extent are left alone (the list showed them so), and so are places outside an article.
 */
export function tagOccurrences(page: PageDetail, places: readonly RawRange[], label: string): Operation[] {
  const ops: Operation[] = []
  // A long suggestion under two places is deleted once.
  let left = page.entities
  for (const p of places) {
    if (misplaced(page, p)) continue
    const exact = left.find((e) => same(e, p))
    if (exact) {
      if (exact.state !== 'accepted' || exact.label !== label) ops.push({ op: 'set_entity', start: p.start, end: p.end, label, state: 'accepted' })
      continue
    }
    const placed = placeEntity(left, p, label)
    if (!placed) continue
    ops.push(...placed)
    left = left.filter((e) => !overlaps(e, p))
  }
  return ops
}

/** Whether an occurrence would change: not already accepted with this label, not under an accepted entity of another extent. */
export function occurrenceChanges(o: Occurrence, label: string): boolean {
  if (!o.entity) return true
  if (o.entity.state === 'accepted') return same(o.entity, o) && o.entity.label !== label
  return true
}

/** The suggestion after (or before) `from` in reading order, wrapping round. */
export function stepSuggestion(page: PageDetail, from: RawRange | null, delta: 1 | -1): EntityView | null {
  const all = suggestions(page)
  if (!all.length) return null
  if (!from) return delta > 0 ? all[0] : all[all.length - 1]
  if (delta > 0) return all.find((e) => e.start > from.start) ?? all[0]
  return [...all].reverse().find((e) => e.start < from.start) ?? all[all.length - 1]
}
