// Project identity and counts on the left, global actions on the right.
import type { ReactNode } from 'react'
import type { ProjectInfo } from '../../../src-shared/domain/types'
import { LOCALES, setLocale, useI18n, type Locale } from '../i18n'

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

export function HistoryButtons({ onUndo, onRedo }: { onUndo(): void; onRedo(): void }) {
  const { t } = useI18n()
  return (
    <div className="btn-group">
      <button type="button" className="btn" onClick={onUndo} title={`${t('header.undo')} (Ctrl+Z)`} data-testid="undo-button">
        ↶ {t('header.undo')}
      </button>
      <button type="button" className="btn" onClick={onRedo} title={`${t('header.redo')} (Ctrl+Shift+Z)`} data-testid="redo-button">
        ↷ {t('header.redo')}
      </button>
    </div>
  )
}
