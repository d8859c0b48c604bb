// The workbench: header, then three panes — page list | raw text | articles.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ImportSummary, PageDetail, ProjectInfo, RawRange } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { inReadingOrder } from '../lib/articleOrder'
import { infoAfter, summaryAfter } from '../lib/pageCounts'
import { AppHeader, HistoryButtons, LangSwitch } from '../views/AppHeader'
import { ArticlesPanel } from '../views/ArticlesPanel'
import { ExportDialog } from '../views/ExportDialog'
import { HelpOverlay } from '../views/HelpOverlay'
import { ImportDrop } from '../views/ImportDrop'
import { PageList } from '../views/PageList'
import { RawPane } from '../views/RawPane'
import type { RawFocus } from '../views/RawText'
import { FeedbackProvider, useFeedback } from './feedback'
import { useGlobalShortcuts } from './useGlobalShortcuts'
import { useLabelStyles } from './useLabelStyles'
import { useOpenPage } from './useOpenPage'
import { usePageActions } from './usePageActions'
import { useOpenPageId, usePageList, useProjectEvents, useProjectInfo } from './useWorkspace'

export function App() {
  return (
    <FeedbackProvider>
      <Workbench />
    </FeedbackProvider>
  )
}

function Workbench() {
  const { t } = useI18n()
  const { info, reload: reloadInfo, setInfo } = useProjectInfo()
  const { pages, reload: reloadPages, setPages } = usePageList()
  const [openPageId, openPage] = useOpenPageId()
  const open = useOpenPage(openPageId)
  const { page, failed: pageFailed } = open
  const [overlay, setOverlay] = useState<'help' | 'export' | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const importInputRef = useRef<HTMLInputElement>(null)
  const { focus, focusArticle, focusRange, stepArticle } = useRawFocus(page)
  const { setStatus, undo, redo } = usePageActions(open)

  useLabelStyles(info?.labels ?? NO_LABELS, useEntityLabels(page))
  useNoticesOnce(info)

  // Every change arrives here once, ours included, so the list and the header counts follow
  // the feed; the answers to our own edits only move the open page on sooner.
  useProjectEvents({
    page: (pc) => {
      open.receive(pc)
      setPages((list) => list?.map((p) => (p.id === pc.pageId ? summaryAfter(p, pc) : p)) ?? null)
      setInfo((i) => i && infoAfter(i, pc))
    },
    project: () => {
      void reloadInfo()
      void reloadPages()
      open.refresh()
    },
  })

  // The import's `project` event refreshes the list and counts.
  const onImported = useCallback(
    (summary: ImportSummary) => {
      if (!openPageId && summary.imported.length) openPage(summary.imported[0].pageId)
    },
    [openPageId, openPage],
  )

  // Start keyboard-first: the page list has focus, so j/k work right away.
  useEffect(() => listRef.current?.focus(), [])

  useGlobalShortcuts({
    undo,
    redo,
    toggleHelp: () => setOverlay((o) => (o === 'help' ? null : 'help')),
    focusList: () => listRef.current?.focus(),
    stepArticle,
    setStatus,
    openImport: () => importInputRef.current?.click(),
    openExport: () => setOverlay('export'),
  })

  return (
    <div className="app">
      <AppHeader info={info}>
        <HistoryButtons undo={page?.undo ?? null} onUndo={undo} onRedo={redo} />
        <ImportDrop inputRef={importInputRef} onImported={onImported} />
        <button type="button" className="btn" onClick={() => setOverlay('export')} data-testid="export-button">
          {t('export.button')}
        </button>
        <LangSwitch />
        <button type="button" className="btn btn-round" onClick={() => setOverlay('help')} title={t('header.help')} aria-label={t('header.help')} data-testid="help-button">
          ?
        </button>
      </AppHeader>
      <main className="panes">
        <PageList pages={pages} openPageId={openPageId} onOpen={openPage} listRef={listRef} />
        <RawPane
          page={page}
          placeholder={openPageId && !pageFailed ? t('app.loading') : t('raw.none')}
          focus={focus}
          onPickArticle={(id) => focusArticle(id, false)}
          onSetStatus={setStatus}
        />
        {page ? (
          <ArticlesPanel page={page} focusedArticleId={focus?.articleId ?? null} onFocusArticle={(id) => focusArticle(id, true)} onFocusNoise={focusRange} />
        ) : (
          <section className="pane pane-articles" data-testid="articles-panel" />
        )}
      </main>
      {overlay === 'help' && <HelpOverlay onClose={() => setOverlay(null)} />}
      {overlay === 'export' && <ExportDialog onClose={() => setOverlay(null)} />}
    </div>
  )
}

const NO_LABELS: never[] = []

/** What opening the project changed (e.g. old history dropped) is said once per window, until dismissed. */
function useNoticesOnce(info: ProjectInfo | null) {
  const { notify } = useFeedback()
  const told = useRef(false)
  useEffect(() => {
    if (!info || told.current) return
    told.current = true
    if (info.notices.length) notify(info.notices.join(' '), { sticky: true })
  }, [info, notify])
}

/** Labels used on the page, so entities with labels the project no longer lists still get a colour. */
function useEntityLabels(page: PageDetail | null): string[] {
  const key = page ? [...new Set(page.entities.map((e) => e.label))].sort().join(',') : ''
  return useMemo(() => (key ? key.split(',') : []), [key])
}

/** Which article or range the raw text outlines, and stepping through articles with [ and ]. */
function useRawFocus(page: PageDetail | null) {
  const [focus, setFocus] = useState<RawFocus | null>(null)
  const seq = useRef(0)
  const pageId = page?.id ?? null
  useEffect(() => setFocus(null), [pageId])

  const focusArticle = useCallback(
    (articleId: string, reveal: boolean) => {
      const article = page?.articles.find((a) => a.id === articleId)
      if (article) setFocus({ articleId, ranges: article.fragments, reveal, seq: ++seq.current })
    },
    [page],
  )
  const focusRange = useCallback((range: RawRange) => setFocus({ articleId: null, ranges: [range], reveal: true, seq: ++seq.current }), [])
  const stepArticle = useCallback(
    (delta: 1 | -1) => {
      if (!page?.articles.length) return
      const ordered = inReadingOrder(page.articles)
      const at = ordered.findIndex((a) => a.id === focus?.articleId)
      const next = at < 0 ? (delta > 0 ? 0 : ordered.length - 1) : Math.max(0, Math.min(ordered.length - 1, at + delta))
      focusArticle(ordered[next].id, true)
    },
    [page, focus, focusArticle],
  )
  return { focus, focusArticle, focusRange, stepArticle }
}
