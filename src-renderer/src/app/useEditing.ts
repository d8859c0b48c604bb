// The editing gestures of the correction screen, on the page as shown and the raw selection:
// each builds one group (lib/gestures.ts), applies it (preview, then main) and selects the
// article it leaves in focus. Keys, context menus, buttons and drags all call these.
import { useCallback, useMemo, type RefObject } from 'react'
import type { FragmentRole, NoiseRole, PageDetail } from '../../../src-shared/domain/types'
import * as g from '../lib/gestures'
import { articleAt } from '../lib/pieces'
import type { RawTextHandle } from '../views/RawText'
import type { PageActions } from './usePageActions'

export interface Editing {
  /** The article holding the selection's first line (what split, merge and delete act on from the raw text). */
  articleAtSelection(): string | null
  addSelectionTo(article: string): void
  newArticle(): void
  setRole(role: FragmentRole): void
  markNoise(role: NoiseRole): void
  unassign(): void
  split(): void
  merge(article: string, into: string): void
  /** Into the article before it in reading order. */
  mergeIntoPrevious(article: string): void
  deleteArticle(article: string): void
  moveArticle(article: string, to: number): void
  moveArticleBy(article: string, delta: number): void
  moveSpan(article: string, from: number, to: number): void
  setSpanRole(article: string, index: number, role: FragmentRole): void
  setMeta(article: string, patch: g.MetaPatch): void
}

export function useEditing(shown: () => PageDetail | null, actions: PageActions, raw: RefObject<RawTextHandle | null>, select: (article: string) => void): Editing {
  const { apply } = actions
  /** Applies what `build` makes of the page as shown; selects the article it names. */
  const run = useCallback(
    (build: (page: PageDetail) => g.Gesture | null) => {
      const page = shown()
      const gesture = page && build(page)
      if (!gesture) return
      const done = apply(gesture)
      if (done.select) select(done.select)
    },
    [shown, apply, select],
  )
  const onSelection = useCallback(
    (build: (page: PageDetail, sel: NonNullable<ReturnType<RawTextHandle['get']>>) => g.Gesture) =>
      run((page) => {
        const sel = raw.current?.get()
        return sel ? build(page, sel) : { refused: 'gesture.nothingSelected' }
      }),
    [run, raw],
  )
  const article = (page: PageDetail, id: string) => page.articles.find((a) => a.id === id) ?? null

  return useMemo<Editing>(
    () => ({
      articleAtSelection() {
        const page = shown()
        const sel = raw.current?.get()
        return page && sel ? (articleAt(page, sel.at)?.id ?? null) : null
      },
      addSelectionTo: (id) => onSelection((page, sel) => g.addToArticle(page, sel.range, id)),
      newArticle: () => onSelection((page, sel) => g.newArticle(page, sel.range)),
      setRole: (role) => onSelection((page, sel) => g.setRole(page, sel.range, role)),
      markNoise: (role) => onSelection((page, sel) => g.markNoise(page, sel.range, role)),
      unassign: () => onSelection((page, sel) => g.unassign(page, sel.range)),
      split: () => onSelection((page, sel) => g.split(articleAt(page, sel.at), sel.at)),
      merge: (id, into) => run(() => g.merge(id, into)),
      mergeIntoPrevious: (id) =>
        run((page) => {
          const i = page.articles.findIndex((a) => a.id === id)
          return i > 0 ? g.merge(id, page.articles[i - 1].id) : { refused: 'gesture.noPrevious' }
        }),
      deleteArticle: (id) => run(() => g.deleteArticle(id)),
      moveArticle: (id, to) => run((page) => g.moveArticle(page, id, to)),
      moveArticleBy: (id, delta) => run((page) => g.moveArticle(page, id, page.articles.findIndex((a) => a.id === id) + delta)),
      moveSpan: (id, from, to) => run((page) => (article(page, id) ? g.moveSpan(article(page, id)!, from, to) : null)),
      setSpanRole: (id, index, role) =>
        run((page) => {
          const span = article(page, id)?.fragments[index]
          return span ? g.setRole(page, span, role) : null
        }),
      setMeta: (id, patch) => run(() => g.setMeta(id, patch)),
    }),
    [shown, raw, run, onSelection],
  )
}
