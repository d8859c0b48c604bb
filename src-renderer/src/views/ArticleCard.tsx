// One article: a header that stays in view while its card scrolls (number, kind, title, drag
// handle, actions), bylines and dateline (overridden values marked, with a way back to the
// derived value), the clean text, its spans and why the segmenter grouped it so.
import { memo, useEffect, useMemo, useRef, type DragEvent } from 'react'
import type { ArticleView, EntityView, FragmentRole, RawRange } from '../../../src-shared/domain/types'
import { useI18n } from '../i18n'
import type { MetaPatch } from '../lib/gestures'
import { currentReasons } from '../lib/whyText'
import { Credits, Overridden, Why } from './CardParts'
import { CleanText } from './CleanText'
import { EntityCounts } from './EntityCounts'
import { MetaEditor } from './MetaEditor'
import { SpanList } from './SpanList'

export const ARTICLE_TYPE = 'application/x-banmian-article'

/** What a card can ask of the workbench; one stable object for all cards. */
export interface CardHandlers {
  select(article: string): void
  menu(article: string, at: { x: number; y: number }): void
  spanMenu(article: string, index: number, at: { x: number; y: number }): void
  editMeta(article: string | null): void
  setMeta(article: string, patch: MetaPatch): void
  moveSpan(article: string, from: number, to: number): void
  setSpanRole(article: string, index: number, role: FragmentRole): void
  revealRange(range: RawRange, article: string): void
  revealEntity(e: EntityView): void
  acceptAll(article: string): void
  dragStart(article: string): void
  dragOver(article: string, after: boolean): void
  drop(article: string, after: boolean): void
}

interface Props {
  article: ArticleView
  tint: string
  raw: string
  entities: readonly EntityView[]
  focused: boolean
  editing: boolean
  dropSide: 'before' | 'after' | null
  on: CardHandlers
}

export const ArticleCard = memo(function ArticleCard({ article, tint, raw, entities, focused, editing, dropSide, on }: Props) {
  const { t } = useI18n()
  const card = useRef<HTMLElement>(null)
  useEffect(() => {
    if (!focused) return
    // In the next frame, where the layout it needs is done once for painting anyway.
    const frame = requestAnimationFrame(() => card.current?.scrollIntoView({ block: 'nearest' }))
    return () => cancelAnimationFrame(frame)
  }, [focused])
  const side = (e: DragEvent) => {
    const r = card.current!.getBoundingClientRect()
    return e.clientY > r.top + r.height / 2
  }
  const reset = (field: keyof MetaPatch) => on.setMeta(article.id, { [field]: null })
  const why = useMemo(() => currentReasons(article.why, raw, article.fragments), [article.why, raw, article.fragments])

  return (
    <article
      ref={card}
      className={`article-card ${tint}${focused ? ' is-focused' : ''}${dropSide ? ` drop-${dropSide}` : ''}`}
      data-testid="article-card"
      data-article-id={article.id}
      data-number={article.ordinal + 1}
      tabIndex={0}
      onClick={() => on.select(article.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) on.select(article.id)
      }}
      onContextMenu={(e) => {
        e.preventDefault()
        on.select(article.id)
        on.menu(article.id, { x: e.clientX, y: e.clientY })
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(ARTICLE_TYPE)) return
        e.preventDefault()
        on.dragOver(article.id, side(e))
      }}
      onDrop={(e) => {
        if (!e.dataTransfer.types.includes(ARTICLE_TYPE)) return
        e.preventDefault()
        on.drop(article.id, side(e))
      }}
    >
      <header className="article-head">
        <span
          className="drag-handle"
          draggable
          title={t('articles.drag')}
          data-testid="card-drag"
          onDragStart={(e) => {
            e.dataTransfer.setData(ARTICLE_TYPE, article.id)
            e.dataTransfer.effectAllowed = 'move'
            on.dragStart(article.id)
          }}
        >
          ⠿
        </span>
        <span className="article-ordinal">{article.ordinal + 1}</span>
        <span className="article-kind" data-testid="article-kind">
          {article.kind ? t(`kind.${article.kind}`) : t('kind.none')}
          {article.meta.kind !== undefined && <Overridden onReset={() => reset('kind')} />}
        </span>
        <h3 className="article-title" lang="zh-CN" data-testid="article-title">
          {article.title || t('articles.untitled')}
          {article.meta.title !== undefined && <Overridden onReset={() => reset('title')} />}
        </h3>
        <button type="button" className="btn-icon" title={`${t('menu.editMeta')} (F2)`} aria-label={t('menu.editMeta')} data-testid="card-edit" onClick={(e) => (e.stopPropagation(), on.editMeta(article.id))}>
          ✎
        </button>
        <button
          type="button"
          className="btn-icon"
          title={t('articles.actions')}
          aria-label={t('articles.actions')}
          data-testid="card-menu"
          onClick={(e) => {
            e.stopPropagation()
            const r = e.currentTarget.getBoundingClientRect()
            on.menu(article.id, { x: r.left, y: r.bottom })
          }}
        >
          ⋯
        </button>
      </header>
      {editing ? (
        <MetaEditor article={article} raw={raw} onSave={(patch) => on.setMeta(article.id, patch)} onCancel={() => on.editMeta(null)} />
      ) : (
        <Credits article={article} onReset={reset} />
      )}
      <EntityCounts article={article.id} raw={raw} fragments={article.fragments} entities={entities} onReveal={on.revealEntity} onAcceptAll={on.acceptAll} />
      <CleanText raw={raw} fragments={article.fragments} entities={entities} onReveal={on.revealEntity} />
      <SpanList articleId={article.id} fragments={article.fragments} raw={raw} on={on} />
      <Why reasons={why} />
    </article>
  )
})
