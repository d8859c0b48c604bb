// The page's articles in reading order, each with its metadata and clean text (entities
// highlighted), followed by the noise the segmenter set aside.
import { useEffect, useMemo, useRef } from 'react'
import type { ArticleView, EntityView, NoiseRange, PageDetail, RawRange } from '../../../src-shared/domain/types'
import { labelClass } from '../app/useLabelStyles'
import { useI18n } from '../i18n'
import { inReadingOrder, tintClass } from '../lib/articleOrder'
import { entityRuns } from '../lib/entityRuns'

interface Props {
  page: PageDetail
  focusedArticleId: string | null
  onFocusArticle(articleId: string): void
  onFocusNoise(range: RawRange): void
}

export function ArticlesPanel({ page, focusedArticleId, onFocusArticle, onFocusNoise }: Props) {
  const { t } = useI18n()
  const articles = useMemo(() => inReadingOrder(page.articles), [page.articles])
  return (
    <section className="pane pane-articles" data-testid="articles-panel" aria-label={t('articles.title')}>
      <header className="pane-head">
        <h2>{t('articles.title')}</h2>
        <span className="pane-hint">{t('articles.count', { n: articles.length })}</span>
      </header>
      <div className="pane-scroll">
        {articles.length === 0 && <p className="pane-empty">{t('articles.empty')}</p>}
        {articles.map((article, index) => (
          <ArticleCard
            key={article.id}
            article={article}
            tint={tintClass(index)}
            raw={page.text}
            entities={page.entities}
            focused={article.id === focusedArticleId}
            onFocus={() => onFocusArticle(article.id)}
          />
        ))}
        <NoiseList raw={page.text} noise={page.noise} onFocus={onFocusNoise} />
      </div>
    </section>
  )
}

interface CardProps {
  article: ArticleView
  tint: string
  raw: string
  entities: readonly EntityView[]
  focused: boolean
  onFocus(): void
}

function ArticleCard({ article, tint, raw, entities, focused, onFocus }: CardProps) {
  const { t } = useI18n()
  const card = useRef<HTMLElement>(null)
  useEffect(() => {
    if (focused) card.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [focused])

  return (
    <article
      ref={card}
      className={`article-card ${tint}${focused ? ' is-focused' : ''}`}
      data-testid="article-card"
      data-article-id={article.id}
      tabIndex={0}
      title={t('articles.reveal')}
      onClick={onFocus}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onFocus()
      }}
    >
      <header className="article-head">
        <span className="article-ordinal">{article.ordinal + 1}</span>
        <span className="article-kind">{article.kind ? t(`kind.${article.kind}`) : t('kind.none')}</span>
        <h3 className="article-title" lang="zh-CN">
          {article.title || t('articles.untitled')}
        </h3>
      </header>
      {(article.bylines.length > 0 || article.dateline) && (
        <dl className="article-meta" lang="zh-CN">
          {article.bylines.length > 0 && (
            <div>
              <dt>{t('articles.bylines')}</dt>
              <dd>{article.bylines.join('；')}</dd>
            </div>
          )}
          {article.dateline && (
            <div>
              <dt>{t('articles.dateline')}</dt>
              <dd>{article.dateline}</dd>
            </div>
          )}
        </dl>
      )}
      <CleanText raw={raw} article={article} entities={entities} />
      {article.why.length > 0 && (
        <details className="article-why" data-testid="article-why" onClick={(e) => e.stopPropagation()}>
          <summary>{t('articles.why')}</summary>
          <ul lang="zh-CN">
            {article.why.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </article>
  )
}

function CleanText({ raw, article, entities }: { raw: string; article: ArticleView; entities: readonly EntityView[] }) {
  const { t } = useI18n()
  const runs = useMemo(() => entityRuns(raw, article, entities), [raw, article, entities])
  return (
    <p className="article-text" lang="zh-CN">
      {runs.map((run, i) =>
        run.entity ? (
          <span
            key={i}
            className={`bm-ent bm-ent-${run.entity.state} ${labelClass(run.entity.label)}`}
            data-label={run.entity.label}
            title={`${run.entity.label} · ${t(`entity.state.${run.entity.state}`)} · ${t(`entity.source.${run.entity.source}`)}`}
          >
            {run.text}
          </span>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </p>
  )
}

function NoiseList({ raw, noise, onFocus }: { raw: string; noise: readonly NoiseRange[]; onFocus(range: RawRange): void }) {
  const { t } = useI18n()
  return (
    <section className="noise-list" data-testid="noise-list">
      <h3>{t('articles.noise')}</h3>
      {noise.length === 0 ? (
        <p className="pane-empty">{t('articles.noNoise')}</p>
      ) : (
        <ul>
          {noise.map((n) => (
            <li key={`${n.start}-${n.end}`}>
              <button type="button" className="noise-item" onClick={() => onFocus(n)} title={t('articles.reveal')}>
                <span className="noise-role">{t(`noise.${n.role}`)}</span>
                <span className="noise-text" lang="zh-CN">
                  {raw.slice(n.start, n.end)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
