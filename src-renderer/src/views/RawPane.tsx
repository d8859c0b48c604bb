// The middle pane: the open page's name, size, problems, status and "done, next page" above
// its raw text.
import type { ReactNode, Ref } from 'react'
import type { PageDetail, PageStatus } from '../../../src-shared/domain/types'
import { DEFAULT_ACCEPT_SCORE } from '../../../src-shared/model/tagging'
import type { Problem } from '../../../src-shared/model/types'
import { useI18n } from '../i18n'
import { acceptable } from '../lib/tagging'
import { ProblemsButton, ProblemsList } from './ProblemsList'
import { RawText, type RawFocus, type RawTextHandle } from './RawText'
import { StatusSelect } from './StatusSelect'

interface Props {
  page: PageDetail | null
  /** Shown instead of the text when no page is displayed (loading, nothing chosen, not found). */
  placeholder: string
  focus: RawFocus | null
  raw: Ref<RawTextHandle>
  problemsOpen: boolean
  onToggleProblems(): void
  onJump(p: Problem): void
  onClickText(offset: number): void
  onContextMenu(x: number, y: number): void
  onSetStatus(status: PageStatus): void
  onDoneNext(): void
  /** Accept the page's suggestions, or those scored at least minScore. */
  onAcceptAll(minScore?: number): void
  /** The article number being typed, shown while it is. */
  typing: ReactNode
}

export function RawPane({ page, placeholder, focus, raw, problemsOpen, onToggleProblems, onJump, onClickText, onContextMenu, onSetStatus, onDoneNext, onAcceptAll, typing }: Props) {
  const { t } = useI18n()
  // Counted as the buttons accept: suggestions in noise or over a blank line are left for Tab and reject.
  const suggested = page ? acceptable(page) : []
  const sure = suggested.filter((e) => e.score >= DEFAULT_ACCEPT_SCORE).length
  return (
    <section className="pane pane-raw" aria-label={page?.source}>
      {page && (
        <header className="pane-head">
          <h2 className="raw-source" lang="zh-CN" title={page.source}>
            {page.source}
          </h2>
          <span className="pane-hint">{t('raw.chars', { chars: page.text.length })}</span>
          <ProblemsButton problems={page.problems} open={problemsOpen} onToggle={onToggleProblems} />
          {typing}
          {suggested.length > 0 && (
            <button type="button" className="btn btn-small" onClick={() => onAcceptAll()} title={t('tag.acceptAllHint')} data-testid="accept-all">
              {t('tag.acceptAll', { n: suggested.length })}
            </button>
          )}
          {sure > 0 && sure < suggested.length && (
            <button type="button" className="btn btn-small" onClick={() => onAcceptAll(DEFAULT_ACCEPT_SCORE)} title={t('tag.acceptAboveHint')} data-testid="accept-above">
              {t('tag.acceptAbove', { score: DEFAULT_ACCEPT_SCORE.toFixed(1), n: sure })}
            </button>
          )}
          <StatusSelect status={page.status} onChange={onSetStatus} />
          <button type="button" className="btn btn-primary btn-small" onClick={onDoneNext} title={`${t('review.doneNext')} (Ctrl+Enter)`} data-testid="done-next">
            {t('review.doneNext')}
          </button>
        </header>
      )}
      {page && problemsOpen && page.problems.length > 0 && <ProblemsList page={page} onJump={onJump} />}
      <RawText page={page} focus={focus} onClickText={onClickText} onContextMenu={onContextMenu} selection={raw} />
      {!page && <p className="pane-empty pane-empty-center">{placeholder}</p>}
    </section>
  )
}
