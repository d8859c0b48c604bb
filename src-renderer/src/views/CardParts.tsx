// Parts of an article card: its credits (overridden values marked, with a way back to the
// derived ones) and why the segmenter grouped it so, in the interface language.
import { memo } from 'react'
import type { ArticleView } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { whyText } from '../lib/whyText'

export function Credits({ article, onReset }: { article: ArticleView; onReset(field: 'bylines' | 'dateline'): void }) {
  const { t } = useI18n()
  if (!article.bylines.length && !article.dateline && article.meta.bylines === undefined && article.meta.dateline === undefined) return null
  return (
    <dl className="article-meta" lang="zh-CN">
      <div>
        <dt>{t('articles.bylines')}</dt>
        <dd data-testid="article-bylines">
          {article.bylines.join('；') || '—'}
          {article.meta.bylines !== undefined && <Overridden onReset={() => onReset('bylines')} />}
        </dd>
      </div>
      <div>
        <dt>{t('articles.dateline')}</dt>
        <dd data-testid="article-dateline">
          {article.dateline || '—'}
          {article.meta.dateline !== undefined && <Overridden onReset={() => onReset('dateline')} />}
        </dd>
      </div>
    </dl>
  )
}

/** Marks a value a person set; the button returns it to the value derived from the spans. */
export function Overridden({ onReset }: { onReset(): void }) {
  const { t } = useI18n()
  return (
    <button type="button" className="override-mark" title={t('meta.reset')} aria-label={t('meta.reset')} data-testid="meta-reset" onClick={(e) => (e.stopPropagation(), onReset())}>
      ✎↺
    </button>
  )
}

export const Why = memo(function Why({ reasons }: { reasons: readonly string[] }) {
  const { t } = useI18n()
  if (!reasons.length) return null
  return (
    <details className="article-why" data-testid="article-why" onClick={(e) => e.stopPropagation()}>
      <summary>{t('articles.why')}</summary>
      <ul>
        {reasons.map((w, i) => (
          <li key={i}>{whyText(w, t)}</li>
        ))}
      </ul>
    </details>
  )
})
