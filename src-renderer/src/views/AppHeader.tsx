// Project identity and counts on the left, global actions on the right.
import type { ReactNode } from 'react'
import type { ProjectInfo, UndoState } from '../../../src-shared/domain/types'
import { LOCALES, setLocale, useI18n, type Locale } from '../i18n'
import { describeOps } from '../lib/opNames'

export function AppHeader({ info, children }: { info: ProjectInfo | null; children: ReactNode }) {
  const { t } = useI18n()
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          版
        </span>
        <div className="brand-text">
          <div className="project-name" data-testid="project-name">
            {info?.name ?? t('app.name')}
          </div>
          {info && (
            <div className="project-path" title={info.path}>
              <bdi>{info.path}</bdi>
            </div>
          )}
        </div>
      </div>
      {info && (
        <div className="project-counts" data-testid="project-counts">
          {t('header.counts', { pages: info.pages, articles: info.articles, entities: info.entities })}
        </div>
      )}
      <div className="header-actions">{children}</div>
    </header>
  )
}

export function LangSwitch() {
  const { t, locale } = useI18n()
  return (
    <select className="select-small" value={locale} onChange={(e) => setLocale(e.target.value as Locale)} aria-label={t('header.lang')} data-testid="lang-switch">
      {LOCALES.map((l) => (
        <option key={l.id} value={l.id}>
          {l.name}
        </option>
      ))}
    </select>
  )
}

/** Undo and redo of the open page (null: no page open); the titles name the step each would take. */
export function HistoryButtons({ undo, onUndo, onRedo }: { undo: UndoState | null; onUndo(): void; onRedo(): void }) {
  const { t } = useI18n()
  const undoTitle = undo?.canUndo ? t('header.undoNext', { op: describeOps(undo.undoOps, t) }) : t('header.nothingToUndo')
  const redoTitle = undo?.canRedo ? t('header.redoNext', { op: describeOps(undo.redoOps, t) }) : t('header.nothingToRedo')
  return (
    <div className="btn-group">
      <button type="button" className="btn" onClick={onUndo} disabled={!undo?.canUndo} title={`${undoTitle} (Ctrl+Z)`} data-testid="undo-button">
        ↶ {t('header.undo')}
      </button>
      <button type="button" className="btn" onClick={onRedo} disabled={!undo?.canRedo} title={`${redoTitle} (Ctrl+Shift+Z)`} data-testid="redo-button">
        ↷ {t('header.redo')}
      </button>
    </div>
  )
}
