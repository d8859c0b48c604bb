// Choosing an article by its number or title: type to filter, arrows to move, Enter to pick.
// Used as a submenu ("Add to article ▸") and on its own from the keyboard (a, m).
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { ArticleView } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { tintClass } from '../lib/articleOrder'
import { useClampedPosition } from './Menu'

interface Props {
  articles: readonly ArticleView[]
  /** An article that cannot be picked (the one being merged). */
  exclude?: string | null
  title: string
  onPick(articleId: string): void
  onClose(): void
}

export function ArticlePicker({ articles, exclude, title, onPick, onClose }: Props) {
  const { t } = useI18n()
  const [filter, setFilter] = useState('')
  const [active, setActive] = useState(0)
  const list = useRef<HTMLUListElement>(null)
  const shown = useMemo(() => {
    const q = filter.trim()
    return articles.filter((a) => a.id !== exclude && (!q || String(a.ordinal + 1).startsWith(q) || a.title.includes(q)))
  }, [articles, exclude, filter])
  const at = Math.min(active, shown.length - 1)

  const pick = (a: ArticleView | undefined) => {
    if (!a) return
    onClose()
    onPick(a.id)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 }
    if (e.key in moves) {
      const next = Math.max(0, Math.min(shown.length - 1, at + moves[e.key]))
      setActive(next)
      list.current?.children[next]?.scrollIntoView({ block: 'nearest' })
    } else if (e.key === 'Enter') pick(shown[at])
    else if (e.key === 'Escape' || (e.key === 'ArrowLeft' && !filter)) onClose()
    else return
    e.preventDefault()
    e.stopPropagation()
  }

  return (
    <div className="picker" data-testid="article-picker" onKeyDown={onKeyDown}>
      <div className="picker-title">{title}</div>
      <input
        className="picker-filter"
        autoFocus
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value)
          setActive(0)
        }}
        placeholder={t('picker.filter')}
        aria-label={t('picker.filter')}
        data-testid="article-picker-filter"
      />
      <ul className="picker-list" ref={list} role="listbox">
        {shown.length === 0 && <li className="picker-empty">{t('picker.none')}</li>}
        {shown.map((a, i) => (
          <li
            key={a.id}
            role="option"
            aria-selected={i === at}
            className={`picker-item ${tintClass(a.id)}${i === at ? ' is-active' : ''}`}
            data-testid="article-picker-item"
            data-article-id={a.id}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(a)}
          >
            <span className="picker-number">{a.ordinal + 1}</span>
            <span className="picker-name" lang="zh-CN">
              {a.title || t('articles.untitled')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The picker on its own, at a point on screen (opened from the keyboard). */
export function FloatingPicker(props: Props & { at: { x: number; y: number } }) {
  const box = useRef<HTMLDivElement>(null)
  const pos = useClampedPosition(box, props.at)
  return (
    <div className="menu-backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onClose()}>
      <div ref={box} className="menu menu-panel" role="menu" style={{ left: pos.x, top: pos.y }}>
        <ArticlePicker {...props} />
      </div>
    </div>
  )
}
