// The page's problems (unassigned text, entities outside or across articles, articles without
// title or body), each a jump to where it is; blocking ones keep the page from done/reviewed.
import type { PageDetail } from '../../../src-shared/domain/types'
import type { Problem } from '../../../src-shared/model/types'
import { useI18n } from '../i18n'
import { problemText } from '../lib/refusals'

export function ProblemsButton({ problems, open, onToggle }: { problems: readonly Problem[]; open: boolean; onToggle(): void }) {
  const { t } = useI18n()
  const blocking = problems.filter((p) => p.blocking).length
  if (!problems.length) return <span className="problem-count is-clear" data-testid="problem-count">{t('raw.noProblems')}</span>
  return (
    <button
      type="button"
      className={`problem-count${blocking ? ' is-blocking' : ''}`}
      aria-expanded={open}
      title={blocking ? t('raw.problemsBlocking', { n: blocking }) : undefined}
      onClick={onToggle}
      data-testid="problem-count"
    >
      {t('raw.problems', { n: problems.length })}
    </button>
  )
}

export function ProblemsList({ page, onJump }: { page: PageDetail; onJump(p: Problem): void }) {
  const { t } = useI18n()
  return (
    <ul className="problems-list" data-testid="problems-list" aria-label={t('problems.title')}>
      {page.problems.map((p, i) => (
        <li key={`${p.code}-${p.start}-${i}`}>
          <button type="button" className={`problem-item${p.blocking ? ' is-blocking' : ''}`} onClick={() => onJump(p)} data-testid="problem-item" data-code={p.code}>
            <span className="problem-mark" aria-hidden>
              {p.blocking ? '!' : '·'}
            </span>
            <span lang="zh-CN">{problemText(page, p, t)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
