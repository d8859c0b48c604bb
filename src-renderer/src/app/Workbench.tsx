// The correction screen: header, then three panes — page list | raw text | articles — and the
// one popup (menu or picker) of the moment. Wires the gestures to keys, menus and views.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ImportSummary } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { infoAfter } from '../lib/pageCounts'
import { AppHeader, HistoryButtons, LangSwitch } from '../views/AppHeader'
import { ArticlesPanel, type PanelHandlers } from '../views/ArticlesPanel'
import { ExportDialog } from '../views/ExportDialog'
import { HelpOverlay } from '../views/HelpOverlay'
import { ImportDrop } from '../views/ImportDrop'
import { PageList, type PageListHandle } from '../views/PageList'
import { RawPane } from '../views/RawPane'
import type { RawTextHandle } from '../views/RawText'
import { useFeedback } from './feedback'
import { useArticleFocus } from './useArticleFocus'
import { useArticleNumber } from './useArticleNumber'
import { useEditing } from './useEditing'
import { useEntityLabels, useLabelSet, useLabelStyles } from './useLabelStyles'
import { useMenus } from './useMenus'
import { useOpenPage } from './useOpenPage'
import { usePageActions } from './usePageActions'
import { usePopup } from './usePopup'
import { useProblemJump } from './useProblemJump'
import { useReview } from './useReview'
import { useTagging } from './useTagging'
import { useTagTools } from './useTagTools'
import { useRoleMarks } from './useRoleMarks'
import { useWorkbenchKeys } from './useWorkbenchKeys'
import { useNoticesOnce, useOpenPageId, useProjectEvents, useProjectInfo } from './useWorkspace'

export function Workbench() {
  const { t } = useI18n()
  const { notify } = useFeedback()
  const { info, reload: reloadInfo, setInfo } = useProjectInfo()
  const [openPageId, openPage] = useOpenPageId()
  const open = useOpenPage(openPageId)
  const { page, shown } = open
  const labels = useLabelSet(info)
  const actions = usePageActions(open, labels)
  const raw = useRef<RawTextHandle>(null)
  const list = useRef<PageListHandle>(null)
  const listEl = useRef<HTMLDivElement>(null)
  const importInput = useRef<HTMLInputElement>(null)
  const [overlay, setOverlay] = useState<'help' | 'export' | null>(null)
  const [problemsOpen, setProblemsOpen] = useState(false)
  const [editingMeta, setEditingMeta] = useState<string | null>(null)
  const focus = useArticleFocus(openPageId, shown)
  const editing = useEditing(shown, actions, raw, focus.selectArticle)
  const tagging = useTagging(shown, actions, raw, info?.labels ?? NO_LABELS)
  const tools = useTagTools({ page, shown, raw, tagging, labels: info?.labels ?? NO_LABELS, openPage, reloadInfo })
  const popup = usePopup()
  const labelList = useRef(info?.labels ?? NO_LABELS)
  labelList.current = info?.labels ?? NO_LABELS
  const menuTags = useMemo(() => ({ labels: () => labelList.current, tagWith: tagging.tagWith, everyOccurrence: tools.everyOccurrence }), [tagging, tools.everyOccurrence])
  const menus = useMenus(shown, editing, popup, setEditingMeta, menuTags)
  const nextPage = useCallback(() => list.current?.nextAfterOpen() ?? Promise.resolve(null), [])
  const review = useReview({ shown, actions, nextPage, openPage, showProblems: () => setProblemsOpen(true) })
  const jump = useProblemJump(shown, raw, focus.outlineRange)
  const number = useArticleNumber(
    () => shown()?.articles.length ?? 0,
    (n) => {
      const target = shown()?.articles[n - 1]
      if (target) editing.addSelectionTo(target.id)
      else notify(t('gesture.noArticle', { n }))
    },
  )

  useLabelStyles(info?.labels ?? NO_LABELS, useEntityLabels(page))
  useRoleMarks()
  useNoticesOnce(info)
  useEffect(() => setEditingMeta(null), [openPageId])

  // Every change arrives here once, ours included, so the list row and the header counts follow
  // the feed; nothing is reloaded for an edit. A project event (imports, other writers) reloads.
  useProjectEvents({
    page: (pc) => {
      open.receive(pc)
      list.current?.pageChanged(pc)
      setInfo((i) => i && infoAfter(i, pc))
    },
    project: () => {
      void reloadInfo()
      list.current?.reload()
      open.refresh()
    },
  })

  const onImported = useCallback(
    (summary: ImportSummary) => {
      if (!openPageId && summary.imported.length) openPage(summary.imported[0].pageId)
    },
    [openPageId, openPage],
  )

  // Start keyboard-first: the page list has focus, so j/k work right away.
  useEffect(() => listEl.current?.focus(), [])

  const anchor = () => raw.current?.anchorPoint() ?? { x: window.innerWidth / 2, y: window.innerHeight / 3 }
  useWorkbenchKeys({
    ...{ shown, actions, editing, focus, menus, review, number, tagging, raw, anchor },
    everyOccurrence: tools.everyOccurrence,
    jumpStep: jump.step,
    editMeta: setEditingMeta,
    toggleHelp: () => setOverlay((o) => (o === 'help' ? null : 'help')),
    openExport: () => setOverlay('export'),
    focusList: () => listEl.current?.focus(),
    openImport: () => importInput.current?.click(),
  })

  const { selectArticle, outlineRange } = focus
  const panel = useMemo<PanelHandlers>(
    () => ({
      select: (id) => selectArticle(id, true),
      menu: menus.cardMenu,
      spanMenu: menus.spanMenu,
      editMeta: setEditingMeta,
      setMeta: (id, patch) => {
        editing.setMeta(id, patch)
        setEditingMeta(null)
      },
      moveSpan: editing.moveSpan,
      setSpanRole: editing.setSpanRole,
      revealRange: (r, id) => {
        outlineRange(r, id)
        raw.current?.selectLines(r)
      },
      moveArticle: editing.moveArticle,
      revealEntity: tagging.reveal,
      acceptAll: tagging.acceptArticle,
    }),
    [selectArticle, outlineRange, menus.cardMenu, menus.spanMenu, editing, tagging],
  )

  return (
    <div className="app">
      <AppHeader info={info}>
        <HistoryButtons undo={page?.undo ?? null} onUndo={actions.undo} onRedo={actions.redo} />
        <ImportDrop inputRef={importInput} onImported={onImported} />
        <button type="button" className="btn" onClick={tools.openLabels} data-testid="labels-button">
          {t('labels.button')}
        </button>
        <button type="button" className="btn" onClick={tools.openConsistency} data-testid="consistency-button">
          {t('consistency.button')}
        </button>
        <button type="button" className="btn" onClick={() => setOverlay('export')} data-testid="export-button">
          {t('export.button')}
        </button>
        <LangSwitch />
        <button type="button" className="btn btn-round" onClick={() => setOverlay('help')} title={t('header.help')} aria-label={t('header.help')} data-testid="help-button">
          ?
        </button>
      </AppHeader>
      <main className="panes">
        <PageList openPageId={openPageId} onOpen={openPage} listRef={listEl} handle={list} />
        <RawPane
          page={page}
          placeholder={openPageId && !open.failed ? t('app.loading') : t('raw.none')}
          focus={focus.focus}
          raw={raw}
          problemsOpen={problemsOpen}
          onToggleProblems={() => setProblemsOpen((o) => !o)}
          onJump={jump.to}
          onClickText={(offset) => {
            const owner = shown()?.articles.find((a) => a.fragments.some((f) => f.start <= offset && offset < f.end))
            if (owner) focus.selectArticle(owner.id, false)
          }}
          onContextMenu={(x, y) => menus.rawMenu({ x, y })}
          onSetStatus={review.setStatus}
          onDoneNext={() => void review.doneNext()}
          onAcceptAll={(minScore) => tagging.acceptAll(minScore === undefined ? {} : { minScore })}
          typing={number.typed ? <span className="number-chip" data-testid="number-chip">{t('raw.typingNumber', { n: number.typed })}</span> : null}
        />
        {page ? (
          <ArticlesPanel page={page} focusedArticleId={focus.focus?.articleId ?? null} editingArticleId={editingMeta} on={panel} onFocusNoise={(r) => focus.outlineRange(r)} />
        ) : (
          <section className="pane pane-articles" data-testid="articles-panel" />
        )}
      </main>
      {popup.element}
      {tools.element}
      {overlay === 'help' && <HelpOverlay labels={info?.labels ?? NO_LABELS} onClose={() => setOverlay(null)} />}
      {overlay === 'export' && <ExportDialog onClose={() => setOverlay(null)} />}
    </div>
  )
}

const NO_LABELS: never[] = []
