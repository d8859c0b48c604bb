// The page's articles in reading order (cards, reorderable by dragging their handle), followed by
// the noise the segmenter or an editor set aside.
import { useMemo, useRef, useState } from 'react'
import type { PageDetail, RawRange } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import { tintClass } from '../lib/articleOrder'
import { entitiesByCard } from '../lib/entityGroups'
import { ArticleCard, type CardHandlers } from './ArticleCard'
import { NoiseList } from './NoiseList'

/** The card handlers except dragging, which the panel handles itself. */
export type PanelHandlers = Omit<CardHandlers, 'dragStart' | 'dragOver' | 'drop'> & { moveArticle(article: string, to: number): void }

interface Props {
  page: PageDetail
  focusedArticleId: string | null
  editingArticleId: string | null
  on: PanelHandlers
  onFocusNoise(range: RawRange): void
}

export function ArticlesPanel({ page, focusedArticleId, editingArticleId, on, onFocusNoise }: Props) {
  const { t } = useI18n()
  const drag = useArticleDrag(page, on)
  const byCard = useCardEntities(page)
  return (
    <section className="pane pane-articles" data-testid="articles-panel" data-revision={page.revision} aria-label={t('articles.title')}>
      <header className="pane-head">
        <h2>{t('articles.title')}</h2>
        <span className="pane-hint">{t('articles.count', { n: page.articles.length })}</span>
      </header>
      <div className="pane-scroll" data-testid="articles-scroll" onDragEnd={drag.end}>
        {page.articles.length === 0 && <p className="pane-empty">{t('articles.empty')}</p>}
        {page.articles.map((article) => (
          <ArticleCard
            key={article.id}
            article={article}
            tint={tintClass(article.id)}
            raw={page.text}
            entities={byCard.get(article.id)!}
            focused={article.id === focusedArticleId}
            editing={article.id === editingArticleId}
            dropSide={drag.over?.id === article.id ? (drag.over.after ? 'after' : 'before') : null}
            on={drag.handlers}
          />
        ))}
        <NoiseList raw={page.text} noise={page.noise} onFocus={onFocusNoise} />
      </div>
    </section>
  )
}

function useCardEntities(page: PageDetail) {
  const last = useRef(new Map<string, PageDetail['entities']>())
  return useMemo(() => (last.current = entitiesByCard(page.articles, page.entities, last.current)), [page.articles, page.entities])
}

/** Dragging a card by its handle onto another: it goes before or after that card. */
function useArticleDrag(page: PageDetail, on: PanelHandlers) {
  const dragging = useRef<string | null>(null)
  const [over, setOver] = useState<{ id: string; after: boolean } | null>(null)
  const ids = useRef<string[]>([])
  ids.current = page.articles.map((a) => a.id)
  const handlers = useMemo<CardHandlers>(
    () => ({
      ...on,
      dragStart: (id) => (dragging.current = id),
      dragOver: (id, after) => setOver((o) => (o?.id === id && o.after === after ? o : { id, after })),
      drop: (id, after) => {
        const moving = dragging.current
        dragging.current = null
        setOver(null)
        if (!moving || moving === id) return
        const rest = ids.current.filter((x) => x !== moving)
        on.moveArticle(moving, rest.indexOf(id) + (after ? 1 : 0))
      },
    }),
    [on],
  )
  const end = () => {
    dragging.current = null
    setOver(null)
  }
  return { handlers, over, end }
}
