// An article's spans in reading order: each with its role (changeable), reorderable by drag,
// Alt+↑/↓ or its context menu, and shown in the raw text on click.
import { memo, useRef, useState, type DragEvent } from 'react'
import { FRAGMENT_ROLES, type Fragment, type RawRange } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import type { CardHandlers } from './ArticleCard'

const SPAN_TYPE = 'application/x-banmian-span'

interface Props {
  articleId: string
  fragments: readonly Fragment[]
  raw: string
  on: CardHandlers
}

export const SpanList = memo(function SpanList({ articleId, fragments, raw, on }: Props) {
  const { t } = useI18n()
  const dragging = useRef<number | null>(null)
  const [over, setOver] = useState<number | null>(null)
  const drop = (e: DragEvent, index: number) => {
    e.preventDefault()
    setOver(null)
    if (dragging.current !== null) on.moveSpan(articleId, dragging.current, index)
    dragging.current = null
  }
  return (
    <details className="span-list" data-testid="span-list" onClick={(e) => e.stopPropagation()}>
      <summary>{t('spans.title', { n: fragments.length })}</summary>
      <ol>
        {fragments.map((f, i) => (
          <li
            key={`${f.start}-${f.end}`}
            className={`span-item${over === i ? ' is-drop-target' : ''}`}
            data-testid="span-item"
            data-span-index={i}
            tabIndex={0}
            draggable
            title={t('spans.hint')}
            onDragStart={(e) => {
              dragging.current = i
              e.dataTransfer.setData(SPAN_TYPE, String(i))
              e.dataTransfer.effectAllowed = 'move'
            }}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(SPAN_TYPE)) return
              e.preventDefault()
              setOver(i)
            }}
            onDragLeave={() => setOver((o) => (o === i ? null : o))}
            onDrop={(e) => drop(e, i)}
            onClick={() => on.revealRange(f, articleId)}
            onContextMenu={(e) => {
              e.preventDefault()
              e.stopPropagation()
              on.spanMenu(articleId, i, { x: e.clientX, y: e.clientY })
            }}
          >
            <span className="span-handle" aria-hidden>
              ⠿
            </span>
            <select
              className={`span-role role-${f.role}`}
              value={f.role}
              aria-label={t('spans.role')}
              data-testid="span-role"
              onClick={(e) => e.stopPropagation()}
              onChange={(e) => on.setSpanRole(articleId, i, e.target.value as Fragment['role'])}
            >
              {FRAGMENT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
            <span className="span-text" lang="zh-CN">
              {snippet(raw, f)}
            </span>
          </li>
        ))}
      </ol>
    </details>
  )
})

function snippet(raw: string, r: RawRange): string {
  const text = raw.slice(r.start, r.end).replace(/\s+/g, '')
  return text.length > 28 ? `${text.slice(0, 28)}…` : text
}
