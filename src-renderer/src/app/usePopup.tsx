// The one popup of the window at a time: a context menu or an article picker. Closing it gives
// the keyboard focus back to where it was (the raw text, a card).
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ArticleView } from '../../../src-shared/domain/types'
import { FloatingPicker } from '../views/ArticlePicker'
import { Menu, type MenuItem } from '../views/Menu'

export interface PickerSpec {
  title: string
  articles: readonly ArticleView[]
  exclude?: string | null
  onPick(articleId: string): void
}

type Shown = { kind: 'menu'; items: MenuItem[]; at: Point } | { kind: 'picker'; spec: PickerSpec; at: Point }
type Point = { x: number; y: number }

export interface Popup {
  openMenu(items: MenuItem[], at: Point): void
  openPicker(spec: PickerSpec, at: Point): void
  element: ReactNode
}

export function usePopup(): Popup {
  const [shown, setShown] = useState<Shown | null>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  const remember = () => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
  }
  const close = useCallback(() => {
    setShown(null)
    const back = returnTo.current
    returnTo.current = null
    if (back?.isConnected) back.focus()
  }, [])
  const openMenu = useCallback((items: MenuItem[], at: Point) => {
    remember()
    setShown({ kind: 'menu', items, at })
  }, [])
  const openPicker = useCallback((spec: PickerSpec, at: Point) => {
    remember()
    setShown({ kind: 'picker', spec, at })
  }, [])
  const element = useMemo(() => {
    if (!shown) return null
    if (shown.kind === 'menu') return <Menu items={shown.items} at={shown.at} onClose={close} />
    return <FloatingPicker {...shown.spec} at={shown.at} onClose={close} />
  }, [shown, close])
  return useMemo(() => ({ openMenu, openPicker, element }), [openMenu, openPicker, element])
}
