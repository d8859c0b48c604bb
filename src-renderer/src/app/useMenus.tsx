// The context menus of the raw text, of a card and of a card's span, and the article pickers the
// keys open: the same gestures as the keys, named with their keys.
import { useCallback } from 'react'
import { FRAGMENT_ROLES, NOISE_ROLES, type LabelInfo, type PageDetail } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { ArticlePicker } from '../views/ArticlePicker'
import type { MenuItem } from '../views/Menu'
import type { Editing } from './useEditing'
import type { Popup } from './usePopup'

const ROLE_HINTS = { title: 'T', byline: 'B', body: 'P', caption: 'C' } as const
type Point = { x: number; y: number }

/** What the raw menu offers for tagging: a label for the selection, every occurrence of it. */
export interface MenuTagging {
  labels(): readonly LabelInfo[]
  tagWith(label: string): void
  everyOccurrence(): void
}

export function useMenus(shown: () => PageDetail | null, editing: Editing, { openMenu, openPicker }: Pick<Popup, 'openMenu' | 'openPicker'>, editMeta: (article: string) => void, tags: MenuTagging) {
  const { t } = useI18n()
  const numberOf = (page: PageDetail, id: string | null) => page.articles.findIndex((a) => a.id === id) + 1

  const pickInto = useCallback(
    (title: string, exclude: string | null, onPick: (id: string) => void) => (close: () => void) => {
      const page = shown()
      return page ? <ArticlePicker title={title} articles={page.articles} exclude={exclude} onPick={onPick} onClose={close} /> : null
    },
    [shown],
  )

  const rawMenu = useCallback(
    (at: Point) => {
      const page = shown()
      if (!page) return
      const owner = editing.articleAtSelection()
      const n = numberOf(page, owner)
      const items: MenuItem[] = [
        { id: 'add', label: t('menu.addTo'), hint: '1–9 · A', submenu: pickInto(t('menu.addTo'), null, editing.addSelectionTo) },
        { id: 'new', label: t('menu.newArticle'), hint: 'N', run: editing.newArticle },
        { id: 'role', label: t('menu.setRole'), submenu: FRAGMENT_ROLES.map((r) => ({ id: `role-${r}`, label: t(`role.${r}`), hint: ROLE_HINTS[r], run: () => editing.setRole(r) })) },
        { id: 'noise', label: t('menu.noise'), hint: 'X', submenu: NOISE_ROLES.map((r) => ({ id: `noise-${r}`, label: t(`noise.${r}`), run: () => editing.markNoise(r) })) },
        { id: 'unassign', label: t('menu.unassign'), hint: 'U', run: editing.unassign },
        { separator: true },
        { id: 'split', label: t('menu.split', { n }), hint: 'S', disabled: !owner, run: editing.split },
        { id: 'merge', label: t('menu.mergeInto', { n }), hint: 'M', disabled: !owner, submenu: owner ? pickInto(t('menu.mergeInto', { n }), owner, (into) => editing.merge(owner, into)) : undefined },
        { id: 'delete', label: t('menu.delete', { n }), hint: 'Shift+Del', disabled: !owner, run: () => owner && editing.deleteArticle(owner) },
        { separator: true },
        {
          id: 'tag',
          label: t('menu.tagAs'),
          submenu: tags.labels().map((l) => ({ id: `tag-${l.name}`, label: l.name, hint: l.key ? `Shift+${l.key.toUpperCase()}` : undefined, run: () => tags.tagWith(l.name) })),
        },
        { id: 'every', label: t('menu.everyOccurrence'), hint: 'o', run: tags.everyOccurrence },
      ]
      openMenu(items, at)
    },
    [shown, editing, openMenu, pickInto, tags, t],
  )

  const cardMenu = useCallback(
    (article: string, at: Point) => {
      const page = shown()
      if (!page) return
      const n = numberOf(page, article)
      const items: MenuItem[] = [
        { id: 'edit', label: t('menu.editMeta'), hint: 'F2', run: () => editMeta(article) },
        { id: 'up', label: t('menu.moveUp'), hint: 'Alt+↑', disabled: n <= 1, run: () => editing.moveArticleBy(article, -1) },
        { id: 'down', label: t('menu.moveDown'), hint: 'Alt+↓', disabled: n >= page.articles.length, run: () => editing.moveArticleBy(article, 1) },
        { separator: true },
        { id: 'merge', label: t('menu.mergeInto', { n }), hint: 'M', submenu: pickInto(t('menu.mergeInto', { n }), article, (into) => editing.merge(article, into)) },
        { id: 'merge-previous', label: t('menu.mergePrevious'), hint: 'Shift+M', disabled: n <= 1, run: () => editing.mergeIntoPrevious(article) },
        { id: 'delete', label: t('menu.delete', { n }), hint: 'Del', run: () => editing.deleteArticle(article) },
      ]
      openMenu(items, at)
    },
    [shown, editing, openMenu, pickInto, editMeta, t],
  )

  const pickArticle = useCallback(
    (purpose: 'add' | 'merge', article: string | null, at: Point) => {
      const page = shown()
      if (!page) return
      if (purpose === 'add') return openPicker({ title: t('menu.addTo'), articles: page.articles, onPick: editing.addSelectionTo }, at)
      if (!article) return
      const title = t('menu.mergeInto', { n: numberOf(page, article) })
      openPicker({ title, articles: page.articles, exclude: article, onPick: (into) => editing.merge(article, into) }, at)
    },
    [shown, editing, openPicker, t],
  )

  const spanMenu = useCallback(
    (article: string, index: number, at: Point) => {
      const count = shown()?.articles.find((a) => a.id === article)?.fragments.length ?? 0
      const items: MenuItem[] = [
        { id: 'span-up', label: t('menu.moveUp'), hint: 'Alt+↑', disabled: index === 0, run: () => editing.moveSpan(article, index, index - 1) },
        { id: 'span-down', label: t('menu.moveDown'), hint: 'Alt+↓', disabled: index >= count - 1, run: () => editing.moveSpan(article, index, index + 1) },
        { separator: true },
        ...FRAGMENT_ROLES.map((r) => ({ id: `span-role-${r}`, label: t(`role.${r}`), hint: ROLE_HINTS[r], run: () => editing.setSpanRole(article, index, r) })),
      ]
      openMenu(items, at)
    },
    [shown, editing, openMenu, t],
  )

  const noiseMenu = useCallback(
    (at: Point) => openMenu(NOISE_ROLES.map((r) => ({ id: `noise-${r}`, label: t(`noise.${r}`), run: () => editing.markNoise(r) })), at),
    [openMenu, editing, t],
  )

  return { rawMenu, cardMenu, spanMenu, pickArticle, noiseMenu }
}
