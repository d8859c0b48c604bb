// The middle pane: the open page's name, size, problems and status above its raw text.
import type { PageDetail, PageStatus } from '../../../src-shared/domain/types'
import type { Problem } from '../../../src-shared/model/types'
import { useI18n } from '../i18n'
import { RawText, type RawFocus } from './RawText'
import { StatusSelect } from './StatusSelect'

interface Props {
  page: PageDetail | null
  /** Shown instead of the text when no page is displayed (loading, nothing chosen, not found). */
  placeholder: string
  focus: RawFocus | null
  onPickArticle(articleId: string): void
  onSetStatus(status: PageStatus): void
}

export function RawPane({ page, placeholder, focus, onPickArticle, onSetStatus }: Props) {
  const { t } = useI18n()
  return (
    <section className="pane pane-raw" aria-label={page?.source}>
      {page && (
        <header className="pane-head">
          <h2 className="raw-source" lang="zh-CN" title={page.source}>
            {page.source}
          </h2>
          <span className="pane-hint">{t('raw.chars', { chars: page.text.length })}</span>
          <ProblemCount problems={page.problems} />
          <StatusSelect status={page.status} onChange={onSetStatus} />
        </header>
      )}
      <RawText page={page} focus={focus} onPickArticle={onPickArticle} />
      {!page && <p className="pane-empty pane-empty-center">{placeholder}</p>}
    </section>
  )
}

/** How many things on the page need a look; blocking ones keep it from done and reviewed. */
function ProblemCount({ problems }: { problems: readonly Problem[] }) {
  const { t } = useI18n()
  if (!problems.length) return null
  const blocking = problems.filter((p) => p.blocking).length
  return (
    <span className={`problem-count${blocking ? ' is-blocking' : ''}`} title={blocking ? t('raw.problemsBlocking', { n: blocking }) : undefined} data-testid="problem-count">
      {t('raw.problems', { n: problems.length })}
    </span>
  )
}
