// Window-wide keyboard shortcuts. Listens in the capture phase so Ctrl+Z reaches us before the
// read-only editor swallows it; never fires while the user types into a real text field, and a
// focused select (the status just chosen) keeps only its plain keys (type-ahead).
import { useEffect, useRef } from 'react'
import { PAGE_STATUSES, type PageStatus } from '../../../src-shared/domain/types'

export interface ShortcutActions {
  undo(): void
  redo(): void
  toggleHelp(): void
  focusList(): void
  stepArticle(delta: 1 | -1): void
  setStatus(status: PageStatus): void
  openImport(): void
  openExport(): void
}

export function useGlobalShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions)
  latest.current = actions

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing || e.defaultPrevented || isTypingTarget(e.target, e.ctrlKey || e.metaKey)) return
      const handled = dispatch(e, latest.current, isDialogOpen())
      if (handled) {
        e.preventDefault()
        e.stopPropagation()
      }
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}

function dispatch(e: KeyboardEvent, a: ShortcutActions, dialogOpen: boolean): boolean {
  const key = e.key.toLowerCase()
  if (e.key === '?') {
    // The help overlay is itself a dialog, so ? must work while one is open to close it again.
    a.toggleHelp()
    return true
  }
  if (dialogOpen || e.altKey) return false
  if (e.ctrlKey || e.metaKey) {
    if (key === 'z') (e.shiftKey ? a.redo : a.undo)()
    else if (key === 'y' && !e.shiftKey) a.redo()
    else return false
    return true
  }
  const statusIndex = ['1', '2', '3', '4'].indexOf(e.key)
  if (statusIndex >= 0) a.setStatus(PAGE_STATUSES[statusIndex])
  else if (key === 'l') a.focusList()
  else if (e.key === ']') a.stepArticle(1)
  else if (e.key === '[') a.stepArticle(-1)
  else if (key === 'i') a.openImport()
  else if (key === 'e') a.openExport()
  else return false
  return true
}

function isTypingTarget(target: EventTarget | null, withModifier: boolean): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest('.find-widget')) return true // Monaco's search box is a real text field
  if (target.closest('.monaco-editor')) return false // the raw text itself is read-only
  if (target.tagName === 'SELECT') return !withModifier
  return target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName)
}

function isDialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null
}
