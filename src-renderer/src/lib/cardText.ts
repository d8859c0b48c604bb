// What a card shows as its text (body and captions; titles and bylines are in its header), and a
// selection in it taken back to the raw page: one definition for drawing and for tagging.
import type { Fragment, RawRange } from '../../../src-shared/domain/types'
import { cleanSelectionToRaw } from '../../../src-shared/model/locate'
import { cleanTextMapped, fromRawMap } from '../../../src-shared/text/clean'

export const cardTextFragments = (fragments: readonly Fragment[]): Fragment[] => fragments.filter((f) => f.role === 'body' || f.role === 'caption')

/** A range of the card's text (as drawn) on the raw page, doubled glyphs and joined lines included. */
export function cardRangeToRaw(raw: string, fragments: readonly Fragment[], start: number, end: number): RawRange | null {
  const clean = cleanTextMapped(raw, cardTextFragments(fragments))
  return cleanSelectionToRaw(raw, clean.toRaw, fromRawMap(clean, raw.length), start, end)
}

/** The document selection as offsets into `container`'s text, when it lies wholly inside it. */
export function selectionWithin(container: Element): { start: number; end: number } | null {
  const sel = window.getSelection()
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null
  const r = sel.getRangeAt(0)
  if (!container.contains(r.startContainer) || !container.contains(r.endContainer)) return null
  const offset = (node: Node, at: number) => {
    const before = document.createRange()
    before.selectNodeContents(container)
    before.setEnd(node, at)
    return before.toString().length
  }
  return { start: offset(r.startContainer, r.startOffset), end: offset(r.endContainer, r.endOffset) }
}
