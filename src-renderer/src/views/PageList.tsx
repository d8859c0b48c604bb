// The project's pages, virtualised so thousands stay smooth; j/k or arrows move, Enter opens.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react'
import { PAGE_STATUSES, type PageStatus, type PageSummary } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { StatusBadge } from './StatusBadge'

const ROW_HEIGHT = 60

interface Props {
  pages: PageSummary[] | null
  openPageId: string | null
  onOpen(pageId: string): void
  listRef: RefObject<HTMLDivElement | null>
}

export function PageList({ pages, openPageId, onOpen, listRef }: Props) {
  const { t } = useI18n()
  const [filter, setFilter] = useState<PageStatus | 'all'>('all')
  const shown = useMemo(() => (pages ?? []).filter((p) => filter === 'all' || p.status === filter), [pages, filter])
  const openIndex = shown.findIndex((p) => p.id === openPageId)
  const [cursor, setCursor] = useListCursor(shown.length, openIndex)

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const moves: Record<string, number> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 }
    if (e.key in moves) setCursor(clamp(cursor + moves[e.key], shown.length))
    else if (e.key === 'Home') setCursor(0)
    else if (e.key === 'End') setCursor(shown.length - 1)
    else if (e.key === 'Enter' && shown[cursor]) onOpen(shown[cursor].id)
    else return
    e.preventDefault()
  }

  return (
    <section className="pane pane-pages" aria-label={t('pages.title')}>
      <header className="pane-head">
        <h2>{t('pages.title')}</h2>
        <select className="select-small" value={filter} onChange={(e) => setFilter(e.target.value as PageStatus | 'all')} data-testid="page-filter" aria-label={t('status.label')}>
          <option value="all">{t('status.all')}</option>
          {PAGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </header>
      <div
        className="page-list"
        data-testid="page-list"
        role="listbox"
        tabIndex={0}
        ref={listRef}
        onKeyDown={onKeyDown}
        aria-activedescendant={cursor >= 0 ? `page-option-${cursor}` : undefined}
      >
        {pages === null ? (
          <p className="pane-empty">{t('app.loading')}</p>
        ) : shown.length === 0 ? (
          <p className="pane-empty">{pages.length ? t('pages.noMatch') : t('pages.empty')}</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const page = shown[row.index]
              return (
                <PageRow
                  key={page.id}
                  id={`page-option-${row.index}`}
                  page={page}
                  isOpen={page.id === openPageId}
                  isCursor={row.index === cursor}
                  top={row.start}
                  onClick={() => {
                    setCursor(row.index)
                    onOpen(page.id)
                  }}
                />
              )
            })}
          </div>
        )}
      </div>
    </section>
  )
}

interface RowProps {
  id: string
  page: PageSummary
  isOpen: boolean
  isCursor: boolean
  top: number
  onClick(): void
}

function PageRow({ id, page, isOpen, isCursor, top, onClick }: RowProps) {
  const { t } = useI18n()
  return (
    <div
      id={id}
      role="option"
      aria-selected={isOpen}
      data-testid="page-item"
      data-page-id={page.id}
      data-status={page.status}
      className={`page-item${isOpen ? ' is-open' : ''}${isCursor ? ' is-cursor' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={onClick}
    >
      <div className="page-item-source" lang="zh-CN" title={page.source}>
        {page.source}
      </div>
      <div className="page-item-meta">
        <StatusBadge status={page.status} />
        <span>{t('pages.counts', { articles: page.articleCount, entities: page.entityCount })}</span>
        {page.humanEdited && (
          <span className="edited-mark" title={t('pages.edited')} aria-label={t('pages.edited')}>
            ✎
          </span>
        )}
      </div>
    </div>
  )
}

/** The keyboard cursor: stays within the list and jumps to the page opened by other means. */
function useListCursor(length: number, openIndex: number) {
  const [cursor, setCursor] = useState(openIndex)
  useEffect(() => {
    if (openIndex >= 0) setCursor(openIndex)
  }, [openIndex])
  const inRange = length === 0 ? -1 : clamp(cursor < 0 ? 0 : cursor, length)
  return [inRange, setCursor] as const
}

function clamp(i: number, length: number): number {
  return Math.max(0, Math.min(length - 1, i))
}
