// Tagging: a label's key letter (with Shift) tags the raw selection, or a selection in a card's
// text, or relabels the focused entity; Tab / Shift+Tab focus the suggestions in reading order
// (selected exactly and scrolled to); Enter accepts the focused one, Delete or x rejects it,
// Shift+arrows move its edges; all of an article's or a page's at once, or those scored at least
// the threshold. An entity stays focused while the raw selection is exactly it.
import { useMemo, useRef, type RefObject } from 'react'
import type { EntityView, LabelInfo, PageDetail, RawRange } from '../../../src-shared/domain/types'
import { cardRangeToRaw, selectionWithin } from '../lib/cardText'
import type { Gesture } from '../lib/gestures'
import { articleAt } from '../lib/pieces'
import * as tg from '../lib/tagging'
import type { RawTextHandle } from '../views/RawText'
import type { PageActions } from './usePageActions'

export interface Tagging {
  /** Shift+letter in the raw text: false when no label has that key. */
  labelKey(letter: string): boolean
  /** Tags the raw selection with a label (the raw menu). */
  tagWith(label: string): void
  /** Shift+letter on a card: tags the selection in its text. */
  cardLabelKey(article: string, letter: string): boolean
  step(delta: 1 | -1): boolean
  /** Enter, Delete / x: false when no suggestion is focused (the key keeps its other meaning). */
  judge(state: 'accepted' | 'rejected'): boolean
  /** Shift+arrows: false when no entity is focused (the key selects lines as usual). */
  resize(edge: tg.Edge, delta: 1 | -1): boolean
  /** Selects an entity exactly in the raw text and focuses it there. */
  reveal(e: RawRange): void
  acceptAll(scope?: tg.AcceptScope): void
  /** The suggestions of the article holding the raw selection. */
  acceptArticleAtSelection(): boolean
  acceptArticle(article: string): void
}

export function useTagging(shown: () => PageDetail | null, actions: PageActions, raw: RefObject<RawTextHandle | null>, labels: readonly LabelInfo[]): Tagging {
  const focused = useRef<RawRange | null>(null)
  const labelsRef = useRef(labels)
  labelsRef.current = labels
  return useMemo<Tagging>(() => {
    const run = (g: Gesture) => actions.apply(g).ok
    const labelOf = (letter: string) => labelsRef.current.find((l) => l.key === letter.toLowerCase())
    /** The focused entity, while the selection is still exactly it. */
    const current = (page: PageDetail): EntityView | null => {
      const f = focused.current
      const sel = raw.current?.get()
      if (!f || !sel?.exact || sel.range.start !== f.start || sel.range.end !== f.end) return (focused.current = null)
      return page.entities.find((e) => e.start === f.start && e.end === f.end) ?? null
    }
    const focus = (r: RawRange) => {
      focused.current = { start: r.start, end: r.end }
      raw.current?.selectExactRange(r)
    }
    const acceptIn = (page: PageDetail, article: string) => {
      const a = page.articles.find((x) => x.id === article)
      if (a) run(tg.acceptAll(page, { within: a.fragments }))
    }
    const tagWith = (label: string) => {
      const page = shown()
      if (!page) return
      const e = current(page)
      if (e) run(tg.relabel(page, e, label))
      else {
        const sel = raw.current?.get()
        run(sel ? tg.tag(page, sel.range, label) : { refused: 'gesture.nothingSelected' })
      }
    }
    return {
      labelKey(letter) {
        const label = labelOf(letter)
        if (!label || !shown()) return false
        tagWith(label.name)
        return true
      },
      tagWith,
      cardLabelKey(article, letter) {
        const label = labelOf(letter)
        const page = shown()
        const a = page?.articles.find((x) => x.id === article)
        const text = document.querySelector(`[data-testid="article-card"][data-article-id="${CSS.escape(article)}"] [data-testid="article-text"]`)
        if (!label || !page || !a) return false
        const sel = text && selectionWithin(text)
        const r = sel && cardRangeToRaw(page.text, a.fragments, sel.start, sel.end)
        if (run(r ? tg.tag(page, r, label.name) : { refused: 'tag.selectInText' })) window.getSelection()?.removeAllRanges()
        return true
      },
      step(delta) {
        const page = shown()
        if (!page) return false
        const next = tg.stepSuggestion(page, current(page), delta)
        // With none, Tab keeps its ordinary meaning.
        if (!next) return false
        focus(next)
        return true
      },
      judge(state) {
        const page = shown()
        const e = page && current(page)
        if (!page || !e || e.state !== 'suggested') return false
        run(tg.judge(page, e, state))
        return true
      },
      resize(edge, delta) {
        const page = shown()
        const e = page && current(page)
        if (!page || !e) return false
        const { gesture, range } = tg.resize(page, e, edge, delta)
        if (run(gesture)) focus(range)
        return true
      },
      reveal(e) {
        focus(e)
        raw.current?.focus()
      },
      acceptAll(scope) {
        const page = shown()
        if (page) run(tg.acceptAll(page, scope))
      },
      acceptArticleAtSelection() {
        const page = shown()
        const sel = raw.current?.get()
        const owner = page && sel && articleAt(page, sel.at)
        if (!owner) return false
        acceptIn(page, owner.id)
        return true
      },
      acceptArticle(article) {
        const page = shown()
        if (page) acceptIn(page, article)
      },
    }
  }, [shown, actions, raw])
}
