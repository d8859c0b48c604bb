// Tagging from the raw text: a label's key letter (with Shift) tags the selection or relabels the
// focused suggestion; Tab / Shift+Tab focus the suggestions in reading order (selected exactly and
// scrolled to); Enter accepts the focused one, Delete or x rejects it; all of a page's at once.
// A suggestion stays focused while the raw selection is exactly it.
import { useMemo, useRef, type RefObject } from 'react'
import type { EntityView, LabelInfo, PageDetail, RawRange } from '../../../src-shared/domain/types'
import type { Gesture } from '../lib/gestures'
import * as tg from '../lib/tagging'
import type { RawTextHandle } from '../views/RawText'
import type { PageActions } from './usePageActions'

export interface Tagging {
  /** Shift+letter: false when no label has that key. */
  labelKey(letter: string): boolean
  step(delta: 1 | -1): boolean
  /** Enter, Delete / x: false when no suggestion is focused (the key keeps its other meaning). */
  judge(state: 'accepted' | 'rejected'): boolean
  acceptAll(): void
}

export function useTagging(shown: () => PageDetail | null, actions: PageActions, raw: RefObject<RawTextHandle | null>, labels: readonly LabelInfo[]): Tagging {
  const focused = useRef<RawRange | null>(null)
  const labelsRef = useRef(labels)
  labelsRef.current = labels
  return useMemo<Tagging>(() => {
    const run = (g: Gesture) => void actions.apply(g)
    /** The focused entity, while the selection is still exactly it. */
    const current = (page: PageDetail): EntityView | null => {
      const f = focused.current
      const sel = raw.current?.get()
      if (!f || !sel?.exact || sel.range.start !== f.start || sel.range.end !== f.end) return (focused.current = null)
      return page.entities.find((e) => e.start === f.start && e.end === f.end) ?? null
    }
    return {
      labelKey(letter) {
        const label = labelsRef.current.find((l) => l.key === letter.toLowerCase())
        const page = shown()
        if (!label || !page) return false
        const e = current(page)
        if (e) run(tg.relabel(e, label.name))
        else {
          const sel = raw.current?.get()
          run(sel ? tg.tag(page, sel.range, label.name) : { refused: 'gesture.nothingSelected' })
        }
        return true
      },
      step(delta) {
        const page = shown()
        if (!page) return false
        const next = tg.stepSuggestion(page, current(page), delta)
        // With none, Tab keeps its ordinary meaning.
        if (!next) return false
        focused.current = { start: next.start, end: next.end }
        raw.current?.selectExactRange(next)
        return true
      },
      judge(state) {
        const page = shown()
        const e = page && current(page)
        if (!e || e.state !== 'suggested') return false
        run(tg.judge(e, state))
        return true
      },
      acceptAll() {
        const page = shown()
        if (page) run(tg.acceptAll(page))
      },
    }
  }, [shown, actions, raw])
}
