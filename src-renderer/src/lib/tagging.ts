// The tagging gestures as the one group of operations each sends: a selection tagged with a
// label (snapped off whitespace and punctuation), a suggestion accepted, rejected or relabelled,
// every suggestion of the page accepted at once.
import type { EntityView, PageDetail, RawRange } from '../../../src-shared/domain/types'
import { snapToName } from '../../../src-shared/model/tagging'
import type { Gesture } from './gestures'

const overlaps = (a: RawRange, b: RawRange) => a.start < b.end && b.start < a.end
const same = (a: RawRange, b: RawRange) => a.start === b.start && a.end === b.end

/** The page's suggestions in reading order (raw order). */
export const suggestions = (page: PageDetail): EntityView[] => page.entities.filter((e) => e.state === 'suggested').sort((a, b) => a.start - b.start)

/** The selection tagged with `label`; an entity on exactly that range takes the label instead. */
export function tag(page: PageDetail, range: RawRange, label: string): Gesture {
  const r = snapToName(page.text, range)
  if (!r) return { refused: 'gesture.nothingSelected' }
  const hit = page.entities.filter((e) => overlaps(e, r))
  if (hit.length === 1 && same(hit[0], r)) return relabel(hit[0], label)
  if (hit.some((e) => e.state !== 'rejected')) return { refused: 'tag.overlap' }
  // Rejected suggestions under the new name give way to it.
  return { ops: [...hit.map((e) => ({ op: 'delete_entity' as const, start: e.start, end: e.end })), { op: 'add_entity', ...r, label }] }
}

export function relabel(e: EntityView, label: string): Gesture {
  if (e.label === label && e.state === 'accepted') return { refused: 'gesture.nothingToChange' }
  return { ops: [{ op: 'set_entity', start: e.start, end: e.end, label, state: 'accepted' }] }
}

export const judge = (e: RawRange, state: 'accepted' | 'rejected'): Gesture => ({ ops: [{ op: 'set_entity', start: e.start, end: e.end, state }] })

export function acceptAll(page: PageDetail): Gesture {
  const all = suggestions(page)
  if (!all.length) return { refused: 'tag.noSuggestions' }
  return { ops: all.map((e) => ({ op: 'set_entity', start: e.start, end: e.end, state: 'accepted' })) }
}

/** The suggestion after (or before) `from` in reading order, wrapping round. */
export function stepSuggestion(page: PageDetail, from: RawRange | null, delta: 1 | -1): EntityView | null {
  const all = suggestions(page)
  if (!all.length) return null
  if (!from) return delta > 0 ? all[0] : all[all.length - 1]
  if (delta > 0) return all.find((e) => e.start > from.start) ?? all[0]
  return [...all].reverse().find((e) => e.start < from.start) ?? all[all.length - 1]
}
