// When a key may be a shortcut, and where it was pressed. Never while typing in a field, while a
// menu or a select has focus, or while an input method is composing a character (its keys
// belong to the composition, whatever they look like).

/** Where a key was pressed: a field or menu (no shortcuts), the raw text, a card, a span of a card, elsewhere. */
export type KeyPlace = 'typing' | 'menu' | 'raw' | 'card' | 'span' | 'other'

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'])

export function placeOf(target: EventTarget | null): KeyPlace {
  if (!(target instanceof HTMLElement)) return 'other'
  if (target.closest('[role="menu"]') || target.tagName === 'SELECT') return 'menu'
  // Monaco's search box is a real text field; the raw text itself is read-only.
  if (target.closest('.find-widget')) return 'typing'
  if (target.closest('.monaco-editor')) return 'raw'
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return 'typing'
  if (target instanceof HTMLInputElement) return NOT_TYPED.has(target.type) ? 'other' : 'typing'
  if (target.closest('[data-span-index]')) return 'span'
  if (target.closest('[data-testid="article-card"]')) return 'card'
  return 'other'
}

let composing = false

/** Follows input method compositions anywhere in the window (the raw text's hidden textarea too). */
export function trackComposition(): () => void {
  const start = () => (composing = true)
  // The key that ends a composition (Enter, a digit choosing a candidate) arrives right after it.
  const end = () => setTimeout(() => (composing = false))
  window.addEventListener('compositionstart', start, true)
  window.addEventListener('compositionend', end, true)
  return () => {
    window.removeEventListener('compositionstart', start, true)
    window.removeEventListener('compositionend', end, true)
  }
}

export const isComposing = (e: KeyboardEvent) => composing || e.isComposing || e.keyCode === 229 || e.key === 'Process'
