// The workbench's keys wired to its gestures, pickers, menus and panes (useShortcuts says which
// key does what where, and when a key is no shortcut at all).
import type { RefObject } from 'react'
import type { PageDetail } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import type { RawTextHandle } from '../views/RawText'
import { useFeedback } from './feedback'
import type { ArticleFocus } from './useArticleFocus'
import type { useArticleNumber } from './useArticleNumber'
import type { Editing } from './useEditing'
import type { useMenus } from './useMenus'
import type { PageActions } from './usePageActions'
import type { useReview } from './useReview'
import type { Tagging } from './useTagging'
import { useShortcuts, type ShortcutActions } from './useShortcuts'

type Point = { x: number; y: number }

interface Deps {
  shown(): PageDetail | null
  actions: PageActions
  editing: Editing
  focus: ArticleFocus
  menus: ReturnType<typeof useMenus>
  review: ReturnType<typeof useReview>
  number: ReturnType<typeof useArticleNumber>
  tagging: Tagging
  raw: RefObject<RawTextHandle | null>
  /** Where a menu opened from the keyboard goes: at the raw selection. */
  anchor(): Point
  jumpStep(delta: 1 | -1): void
  everyOccurrence(): void
  editMeta(article: string): void
  toggleHelp(): void
  openExport(): void
  openImport(): void
  focusList(): void
}

export function useWorkbenchKeys({ shown, actions, editing, focus, menus, review, number, tagging, raw, anchor, jumpStep, everyOccurrence, editMeta, toggleHelp, openExport, openImport, focusList }: Deps): void {
  const { t } = useI18n()
  const { notify } = useFeedback()
  const cardAnchor = (id: string) => {
    const r = cardElement(id)?.getBoundingClientRect()
    return r ? { x: r.left + 24, y: r.top + 32 } : anchor()
  }
  /** A gesture on the article holding the raw selection. */
  const onOwner = (act: (article: string) => void) => () => {
    const owner = editing.articleAtSelection()
    if (owner) act(owner)
    else notify(t('gesture.notInArticle'))
  }

  const shortcuts: ShortcutActions = {
    undo: actions.undo,
    redo: actions.redo,
    toggleHelp,
    focusList,
    focusRaw: () => raw.current?.focus(),
    stepArticle: focus.stepArticle,
    stepProblem: jumpStep,
    setStatus: review.setStatus,
    doneNext: () => void review.doneNext(),
    openImport,
    openExport,
    raw: {
      digit: number.digit,
      numberEnd: (commit) => {
        if (!number.typed) return false
        if (commit) number.finish()
        else number.cancel()
        return true
      },
      pick: () => menus.pickArticle('add', null, anchor()),
      newArticle: editing.newArticle,
      setRole: editing.setRole,
      noise: () => menus.noiseMenu(anchor()),
      unassign: editing.unassign,
      split: editing.split,
      merge: onOwner((a) => menus.pickArticle('merge', a, anchor())),
      mergePrevious: onOwner(editing.mergeIntoPrevious),
      deleteArticle: onOwner(editing.deleteArticle),
      menu: () => menus.rawMenu(anchor()),
      extendExact: (d) => raw.current?.extendExact(d),
      tagKey: tagging.labelKey,
      stepSuggestion: tagging.step,
      judge: tagging.judge,
      resizeEntity: tagging.resize,
      acceptArticle: tagging.acceptArticleAtSelection,
      everyOccurrence,
    },
    card: {
      moveBy: (id, delta) => {
        editing.moveArticleBy(id, delta)
        refocus(() => cardElement(id))
      },
      focusSibling: (id, delta) => {
        const articles = shown()?.articles ?? []
        const next = articles[articles.findIndex((a) => a.id === id) + delta]
        if (!next) return
        focus.selectArticle(next.id, true)
        cardElement(next.id)?.focus()
      },
      delete: editing.deleteArticle,
      merge: (id) => menus.pickArticle('merge', id, cardAnchor(id)),
      mergePrevious: editing.mergeIntoPrevious,
      edit: editMeta,
      menu: (id) => menus.cardMenu(id, cardAnchor(id)),
      tagKey: tagging.cardLabelKey,
    },
    span: {
      moveBy: (id, index, delta) => {
        editing.moveSpan(id, index, index + delta)
        refocus(() => cardElement(id)?.querySelector<HTMLElement>(`[data-span-index="${index + delta}"]`) ?? null)
      },
      setRole: editing.setSpanRole,
    },
  }
  useShortcuts(shortcuts)
}

const cardElement = (id: string) => document.querySelector<HTMLElement>(`[data-testid="article-card"][data-article-id="${CSS.escape(id)}"]`)

/** Focus again after React moved the element (a moved node may lose focus). */
const refocus = (find: () => HTMLElement | null) => requestAnimationFrame(() => find()?.focus())
