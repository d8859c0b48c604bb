// The editing keys of the place a key was pressed in: the raw text (acting on the selection), a
// focused card, a focused span of a card.
import type { FragmentRole } from '../../../src-shared/domain/types'
import type { Edge } from '../lib/tagging'
import type { KeyPlace } from './keyRules'
import type { ShortcutActions } from './useShortcuts'

const ROLE_KEYS: Record<string, FragmentRole> = { t: 'title', b: 'byline', p: 'body', c: 'caption' }

/** Shift+arrows on a focused entity: ←→ move its end, ↑↓ its start (↑ and → grow it). */
const RESIZE: Record<string, [Edge, 1 | -1]> = { ArrowLeft: ['end', -1], ArrowRight: ['end', 1], ArrowUp: ['start', -1], ArrowDown: ['start', 1] }

const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }

export function local(e: KeyboardEvent, a: ShortcutActions, place: KeyPlace, target: HTMLElement): boolean {
  if (e.ctrlKey || e.metaKey) return false
  if (place === 'raw') return rawKey(e, a.raw)
  const card = target.closest<HTMLElement>('[data-article-id]')?.dataset.articleId
  if (!card) return false
  if (place === 'span') {
    const index = Number(target.closest<HTMLElement>('[data-span-index]')!.dataset.spanIndex)
    return spanKey(e, a.span, card, index)
  }
  return place === 'card' && target.closest('[data-testid="article-card"]') === target ? cardKey(e, a.card, card) : false
}

function rawKey(e: KeyboardEvent, r: ShortcutActions['raw']): boolean {
  if (e.key === 'Tab' && !e.altKey) return r.stepSuggestion(e.shiftKey ? -1 : 1)
  if (e.altKey) {
    if (!e.shiftKey || !ARROWS[e.key]) return false
    r.extendExact(ARROWS[e.key])
    return true
  }
  const key = e.key
  if (/^[0-9]$/.test(key)) return r.digit(key)
  if ((key === 'Enter' || key === 'Escape') && !e.shiftKey) return r.numberEnd(key === 'Enter') || (key === 'Enter' && r.judge('accepted'))
  // Delete and x reject a focused suggestion; with none focused they keep their meaning.
  if ((key === 'Delete' || key === 'x') && !e.shiftKey && r.judge('rejected')) return true
  if (e.shiftKey && RESIZE[key]) return r.resizeEntity(...RESIZE[key])
  if (e.shiftKey) {
    if (key === 'M') r.mergePrevious()
    else if (key === 'Enter') return r.acceptArticle()
    else if (/^[A-Z]$/.test(key)) return r.tagKey(key)
    else if (key === 'Delete') r.deleteArticle()
    else if (key === 'F10') r.menu()
    else return false
    return true
  }
  if (ROLE_KEYS[key]) r.setRole(ROLE_KEYS[key])
  else if (key === 'a') r.pick()
  else if (key === 'n') r.newArticle()
  else if (key === 'x') r.noise()
  else if (key === 'u' || key === 'Delete' || key === 'Backspace') r.unassign()
  else if (key === 's') r.split()
  else if (key === 'm') r.merge()
  else if (key === 'o') r.everyOccurrence()
  else if (key === 'ContextMenu') r.menu()
  else return false
  return true
}

function cardKey(e: KeyboardEvent, c: ShortcutActions['card'], id: string): boolean {
  const vertical = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0
  if (e.altKey) {
    if (!vertical) return false
    c.moveBy(id, vertical)
    return true
  }
  if (vertical && !e.shiftKey) c.focusSibling(id, vertical)
  else if (e.key === 'M' && e.shiftKey) c.mergePrevious(id)
  else if (e.key === 'F10' && e.shiftKey) c.menu(id)
  else if (e.shiftKey) return /^[A-Z]$/.test(e.key) && c.tagKey(id, e.key)
  else if (e.key === 'Delete' || e.key === 'Backspace') c.delete(id)
  else if (e.key === 'm') c.merge(id)
  else if (e.key === 'F2') c.edit(id)
  else if (e.key === 'ContextMenu') c.menu(id)
  else return false
  return true
}

function spanKey(e: KeyboardEvent, s: ShortcutActions['span'], id: string, index: number): boolean {
  const vertical = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0
  if (e.altKey && vertical) s.moveBy(id, index, vertical)
  else if (!e.altKey && !e.shiftKey && ROLE_KEYS[e.key]) s.setRole(id, index, ROLE_KEYS[e.key])
  else return false
  return true
}
