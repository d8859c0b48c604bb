// The workbench's keyboard: window-wide keys, and the editing keys of the raw text, of a focused
// card and of a focused span. Listens in the capture phase so Ctrl+Z reaches us before the
// read-only editor swallows it; keyRules.ts says when a key is no shortcut at all. Status keys
// need Alt: a digit in the raw text adds the selection to that article, it never sets a status.
import { useEffect, useRef } from 'react'
import { PAGE_STATUSES, type FragmentRole, type PageStatus } from '../../../src-shared/domain/types'
import type { Edge } from '../lib/tagging'
import { isDialogOpen } from '../views/Modal'
import { isComposing, placeOf, trackComposition } from './keyRules'
import { local } from './localKeys'

export interface ShortcutActions {
  undo(): void
  redo(): void
  toggleHelp(): void
  focusList(): void
  focusRaw(): void
  stepArticle(delta: 1 | -1): void
  stepProblem(delta: 1 | -1): void
  setStatus(status: PageStatus): void
  doneNext(): void
  openImport(): void
  openExport(): void
  raw: {
    digit(d: string): boolean
    /** Enter or Escape while an article number is typed: take it, or drop it; false when none is. */
    numberEnd(commit: boolean): boolean
    pick(): void
    newArticle(): void
    setRole(role: FragmentRole): void
    noise(): void
    unassign(): void
    split(): void
    merge(): void
    mergePrevious(): void
    deleteArticle(): void
    menu(): void
    extendExact(direction: 'left' | 'right' | 'up' | 'down'): void
    /** Shift+a label's letter: tag the selection (or relabel the focused suggestion); false when no label has it. */
    tagKey(letter: string): boolean
    stepSuggestion(delta: 1 | -1): boolean
    /** Accept or reject the focused suggestion; false when none is focused. */
    judge(state: 'accepted' | 'rejected'): boolean
    /** Move an edge of the focused entity; false when none is focused. */
    resizeEntity(edge: Edge, delta: 1 | -1): boolean
    /** Shift+Enter: accept the suggestions of the article holding the selection; false when none does. */
    acceptArticle(): boolean
    /** Tag every occurrence of the selected form (a list to confirm first). */
    everyOccurrence(): void
  }
  card: {
    moveBy(article: string, delta: number): void
    focusSibling(article: string, delta: number): void
    delete(article: string): void
    merge(article: string): void
    mergePrevious(article: string): void
    edit(article: string): void
    menu(article: string): void
    /** Shift+a label's letter: tag the selection in the card's text; false when no label has it. */
    tagKey(article: string, letter: string): boolean
  }
  span: {
    moveBy(article: string, index: number, delta: number): void
    setRole(article: string, index: number, role: FragmentRole): void
  }
}


export function useShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions)
  latest.current = actions

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isComposing(e) || e.defaultPrevented) return
      const place = placeOf(e.target)
      if (place === 'typing' || place === 'menu') return
      const a = latest.current
      const handled = isDialogOpen() ? e.key === '?' && (a.toggleHelp(), true) : global(e, a) || local(e, a, place, e.target as HTMLElement)
      if (handled) {
        e.preventDefault()
        e.stopPropagation()
      }
    }
    window.addEventListener('keydown', onKeyDown, true)
    const untrack = trackComposition()
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      untrack()
    }
  }, [])
}

function global(e: KeyboardEvent, a: ShortcutActions): boolean {
  const key = e.key.toLowerCase()
  if (e.ctrlKey || e.metaKey) {
    if (e.altKey) return false
    if (key === 'z') (e.shiftKey ? a.redo : a.undo)()
    else if (key === 'y' && !e.shiftKey) a.redo()
    else if (e.key === 'Enter') a.doneNext()
    else return false
    return true
  }
  if (e.altKey) {
    // By physical key: Alt changes what a digit types on some layouts.
    const status = /^Digit([1-4])$/.exec(e.code)
    if (!status || e.shiftKey) return false
    a.setStatus(PAGE_STATUSES[Number(status[1]) - 1])
    return true
  }
  if (e.key === 'F8') a.stepProblem(e.shiftKey ? -1 : 1)
  else if (e.key === '?') a.toggleHelp()
  else if (e.shiftKey) return false
  else if (key === 'l') a.focusList()
  else if (key === 'r') a.focusRaw()
  else if (e.key === ']') a.stepArticle(1)
  else if (e.key === '[') a.stepArticle(-1)
  else if (key === 'i') a.openImport()
  else if (key === 'e') a.openExport()
  else return false
  return true
}
