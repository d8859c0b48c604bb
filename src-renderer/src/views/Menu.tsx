// A context menu: items with their shortcut, submenus (lists, or a picker of their own),
// keyboard-driven (arrows, Enter, Escape, Right/Left into and out of a submenu). While it has
// focus no window shortcut fires (app/keyRules.ts).
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react'

export type MenuItem =
  | { separator: true }
  | {
      id: string
      label: string
      hint?: string
      disabled?: boolean
      run?(): void
      /** A submenu: more items, or content of its own (e.g. an article picker) that closes the menu when done. */
      submenu?: MenuItem[] | ((close: () => void) => ReactNode)
    }

type Entry = Exclude<MenuItem, { separator: true }>
const isEntry = (i: MenuItem): i is Entry => !('separator' in i)

interface Props {
  items: MenuItem[]
  at: { x: number; y: number }
  onClose(): void
  testId?: string
}

export function Menu({ items, at, onClose, testId = 'context-menu' }: Props) {
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const away = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) onClose()
    }
    window.addEventListener('mousedown', away, true)
    window.addEventListener('blur', onClose)
    return () => {
      window.removeEventListener('mousedown', away, true)
      window.removeEventListener('blur', onClose)
    }
  }, [onClose])
  return (
    <div ref={root} className="menu-layer">
      <MenuList items={items} at={at} onClose={onClose} onBack={onClose} testId={testId} />
    </div>
  )
}

interface ListProps {
  items: MenuItem[]
  at: { x: number; y: number }
  onClose(): void
  /** Left arrow or Escape: back to the parent menu (or closing the menu). */
  onBack(): void
  testId: string
}

function MenuList({ items, at, onClose, onBack, testId }: ListProps) {
  const box = useRef<HTMLDivElement>(null)
  const entries = items.filter(isEntry)
  const [active, setActive] = useState(() => entries.findIndex((e) => !e.disabled))
  const [open, setOpen] = useState<{ id: string; at: { x: number; y: number } } | null>(null)
  const pos = useClampedPosition(box, at)

  useEffect(() => {
    if (!open) box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus()
  }, [active, open])

  const openSub = (index: number) => {
    const button = box.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[index]
    const r = button?.getBoundingClientRect()
    if (r) setOpen({ id: entries[index].id, at: { x: r.right - 2, y: r.top - 4 } })
  }
  const activate = (index: number) => {
    const e = entries[index]
    if (!e || e.disabled) return
    if (e.submenu) return openSub(index)
    onClose()
    e.run?.()
  }
  const move = (delta: number) => {
    for (let k = 1; k <= entries.length; k++) {
      const i = (active + delta * k + entries.length * k) % entries.length
      if (!entries[i].disabled) return setActive(i)
    }
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (open) return
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => setActive(0),
      End: () => setActive(entries.length - 1),
      Enter: () => activate(active),
      ' ': () => activate(active),
      ArrowRight: () => entries[active]?.submenu && activate(active),
      ArrowLeft: onBack,
      Escape: onBack,
      Tab: onClose,
    }
    const run = keys[e.key]
    if (!run) return
    e.preventDefault()
    e.stopPropagation()
    run()
  }

  const sub = open ? entries.find((e) => e.id === open.id)?.submenu : undefined
  const closeSub = () => setOpen(null)
  return (
    <>
      <div ref={box} className="menu" role="menu" style={{ left: pos.x, top: pos.y }} onKeyDown={onKeyDown} data-testid={testId}>
        {items.map((item, i) =>
          isEntry(item) ? (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              className={`menu-item${open?.id === item.id ? ' is-open' : ''}`}
              disabled={item.disabled}
              aria-haspopup={item.submenu ? 'menu' : undefined}
              data-testid={`menu-${item.id}`}
              tabIndex={-1}
              // Only a real move of the pointer makes an item active: a menu opened from the
              // keyboard appears at the selection, often under a resting pointer, and the
              // browser's synthetic hover must not take the keyboard's first item away.
              onMouseMove={(e) => {
                const index = entries.indexOf(item)
                if ((!e.movementX && !e.movementY) || (index === active && (!item.submenu || open?.id === item.id))) return
                setActive(index)
                if (item.submenu && !item.disabled) openSub(index)
                else if (open) setOpen(null)
              }}
              onClick={() => activate(entries.indexOf(item))}
            >
              <span className="menu-label">{item.label}</span>
              {item.hint && <kbd className="menu-hint">{item.hint}</kbd>}
              {item.submenu && <span className="menu-more">▸</span>}
            </button>
          ) : (
            <div key={`sep-${i}`} className="menu-separator" role="separator" />
          ),
        )}
      </div>
      {open && sub && (typeof sub === 'function' ? <SubPanel at={open.at}>{sub(onClose)}</SubPanel> : <MenuList items={sub} at={open.at} onClose={onClose} onBack={closeSub} testId={`${testId}-sub`} />)}
    </>
  )
}

function SubPanel({ at, children }: { at: { x: number; y: number }; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null)
  const pos = useClampedPosition(box, at)
  return (
    <div ref={box} className="menu menu-panel" role="menu" style={{ left: pos.x, top: pos.y }}>
      {children}
    </div>
  )
}

/** Keeps a popup inside the window. */
export function useClampedPosition(box: RefObject<HTMLElement | null>, at: { x: number; y: number }) {
  const [pos, setPos] = useState(at)
  useLayoutEffect(() => {
    const r = box.current?.getBoundingClientRect()
    if (!r) return setPos(at)
    setPos({ x: Math.max(4, Math.min(at.x, window.innerWidth - r.width - 4)), y: Math.max(4, Math.min(at.y, window.innerHeight - r.height - 4)) })
  }, [box, at.x, at.y])
  return pos
}
