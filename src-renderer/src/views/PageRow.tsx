// One row of the page list: the file name, status, counts and whether a person edited it; a
// placeholder while its window of the list is being fetched.
import type { PageSummary } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { StatusBadge } from './StatusBadge'

export const ROW_HEIGHT = 60

interface RowProps {
  id: string
  page: PageSummary | undefined
  isOpen: boolean
  isCursor: boolean
  top: number
  onClick(): void
}

export function PageRow({ id, page, isOpen, isCursor, top, onClick }: RowProps) {
  const { t } = useI18n()
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT }
  if (!page)
    return (
      <div id={id} role="option" aria-selected={false} className={`page-item is-loading${isCursor ? ' is-cursor' : ''}`} style={style} data-testid="page-item-loading">
        <div className="page-item-source">…</div>
      </div>
    )
  return (
    <div
      id={id}
      role="option"
      aria-selected={isOpen}
      data-testid="page-item"
      data-page-id={page.id}
      data-status={page.status}
      className={`page-item${isOpen ? ' is-open' : ''}${isCursor ? ' is-cursor' : ''}`}
      style={style}
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
