// The project's pages: virtualised rows fetched in windows (usePageWindow), filtered by status
// and searched by file name; j/k or arrows move, Enter opens.
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref, type RefObject } from 'react'
import { PAGE_STATUSES, type PageChange, type PageStatus, type PageSummary } from '../../../src-shared/domain/types'
import { usePageWindow, type ListQuery } from '../app/usePageWindow'
import { useI18n } from '../i18n'
import { PageRow, ROW_HEIGHT } from './PageRow'

/** What the rest of the workbench asks of the list. */
export interface PageListHandle {
  pageChanged(pc: PageChange): void
  reload(): void
  /** The page after the open one in the list as filtered, null at its end. */
  nextAfterOpen(): Promise<PageSummary | null>
}

interface Props {
  openPageId: string | null
  onOpen(pageId: string): void
  listRef: RefObject<HTMLDivElement | null>
  handle: Ref<PageListHandle>
}

/** Memoised: an edit of the open page changes nothing here but its row (usePageWindow). */
export const PageList = memo(function PageList({ openPageId, onOpen, listRef, handle }: Props) {
  const { t } = useI18n()
  const [query, setQuery] = useState<ListQuery>({ status: null, search: '' })
  const [search, setSearch] = useSearchDebounce((s) => setQuery((q) => ({ ...q, search: s })))
  const list = usePageWindow(query, openPageId)
  const count = list.total ?? 0
  const [cursor, setCursor] = useListCursor(count, list.openIndex)

  useImperativeHandle(
    handle,
    () => ({
      pageChanged: list.pageChanged,
      reload: list.reload,
      nextAfterOpen: async () => (list.openIndex === null || list.openIndex + 1 >= count ? null : list.pageAt(list.openIndex + 1)),
    }),
    [list, count],
  )

  const virtualizer = useVirtualizer({ count, getScrollElement: () => listRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  useEffect(() => list.want(first, last), [list, first, last])
  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])

  const openAt = (index: number) => {
    const page = list.row(index)
    if (page) onOpen(page.id)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const moves: Record<string, number> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 }
    if (e.key in moves) setCursor(clamp(cursor + moves[e.key], count))
    else if (e.key === 'Home') setCursor(0)
    else if (e.key === 'End') setCursor(count - 1)
    else if (e.key === 'Enter') openAt(cursor)
    else return
    e.preventDefault()
  }

  return (
    <section className="pane pane-pages" aria-label={t('pages.title')}>
      <header className="pane-head pane-head-pages">
        <h2>{t('pages.title')}</h2>
        <span className="pane-hint" data-testid="page-total">
          {list.total === null ? '' : t('pages.total', { n: list.total })}
        </span>
        <select
          className="select-small"
          value={query.status ?? 'all'}
          onChange={(e) => setQuery((q) => ({ ...q, status: e.target.value === 'all' ? null : (e.target.value as PageStatus) }))}
          data-testid="page-filter"
          aria-label={t('status.label')}
        >
          <option value="all">{t('status.all')}</option>
          {PAGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <input
          type="search"
          className="page-search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t('pages.search')}
          aria-label={t('pages.search')}
          data-testid="page-search"
        />
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
        {list.total === null ? (
          <p className="pane-empty">{t('app.loading')}</p>
        ) : count === 0 ? (
          <p className="pane-empty">{query.status || query.search.trim() ? t('pages.noMatch') : t('pages.empty')}</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const page = list.row(item.index)
              return (
                <PageRow
                  key={item.index}
                  id={`page-option-${item.index}`}
                  page={page}
                  isOpen={!!page && page.id === openPageId}
                  isCursor={item.index === cursor}
                  top={item.start}
                  onClick={() => {
                    setCursor(item.index)
                    openAt(item.index)
                  }}
                />
              )
            })}
          </div>
        )}
      </div>
    </section>
  )
})

/** The search box shows every key at once; the list asks again only once typing pauses. */
function useSearchDebounce(commit: (s: string) => void, ms = 200) {
  const [value, setValue] = useState('')
  const latest = useRef(commit)
  latest.current = commit
  useEffect(() => {
    const timer = setTimeout(() => latest.current(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return [value, setValue] as const
}

/** The keyboard cursor: stays within the list and jumps to the page opened by other means. */
function useListCursor(length: number, openIndex: number | null) {
  const [cursor, setCursor] = useState(openIndex ?? -1)
  useEffect(() => {
    if (openIndex !== null && openIndex >= 0) setCursor(openIndex)
  }, [openIndex])
  const inRange = length === 0 ? -1 : clamp(cursor < 0 ? 0 : cursor, length)
  return [inRange, setCursor] as const
}

function clamp(i: number, length: number): number {
  return Math.max(0, Math.min(length - 1, i))
}
