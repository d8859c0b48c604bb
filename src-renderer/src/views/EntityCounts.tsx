// A card's entities: counted per label (rejected ones not counted), each in its label's colour;
// unfolded, every entity and suggestion in reading order, a click revealing it in the raw text;
// and "accept" for the card's suggestions when it has some.
import { memo } from 'react'
import type { EntityView, RawRange } from '../../../src-shared/domain/types'
import { crossesParagraph } from '../../../src-shared/model/tagging'
import { labelClass } from '../app/useLabelStyles'
import { useI18n } from '../i18n'

interface Props {
  article: string
  raw: string
  fragments: readonly RawRange[]
  entities: readonly EntityView[]
  onReveal(e: EntityView): void
  onAcceptAll(article: string): void
}

const within = (fragments: readonly RawRange[], e: RawRange) => fragments.some((f) => f.start <= e.start && e.start < f.end)

export const EntityCounts = memo(function EntityCounts({ article, raw, fragments, entities, onReveal, onAcceptAll }: Props) {
  const { t } = useI18n()
  const mine = entities.filter((e) => e.state !== 'rejected' && within(fragments, e)).sort((a, b) => a.start - b.start)
  if (!mine.length) return null
  const counts = new Map<string, number>()
  for (const e of mine) counts.set(e.label, (counts.get(e.label) ?? 0) + 1)
  // Counted as accepting takes them (lib/tagging acceptable): ending in this article too, within one paragraph.
  const suggested = mine.filter((e) => e.state === 'suggested' && within(fragments, { start: e.end - 1, end: e.end }) && !crossesParagraph(raw, e)).length
  return (
    <details className="entity-box" onClick={(e) => e.stopPropagation()}>
      <summary>
        <ul className="entity-counts" aria-label={t('articles.entityCounts')} data-testid="entity-counts">
          {[...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, n]) => (
            <li key={label} className={`entity-count ${labelClass(label)}`} data-label={label} data-testid="entity-count">
              {t('articles.entityCount', { label, n })}
            </li>
          ))}
        </ul>
        {suggested > 0 && (
          <button type="button" className="btn btn-small" onClick={(e) => (e.preventDefault(), onAcceptAll(article))} title="Shift+Enter" data-testid="card-accept-all">
            {t('tag.acceptArticle', { n: suggested })}
          </button>
        )}
      </summary>
      <ul className="entity-list" data-testid="entity-list">
        {mine.map((e) => (
          <li key={`${e.start}:${e.end}`}>
            <button type="button" className={`entity-item bm-ent-${e.state} ${labelClass(e.label)}`} onClick={() => onReveal(e)} data-testid="entity-item" data-state={e.state}>
              <span lang="zh-CN">{e.text.replace(/\s+/g, '')}</span> <small>{e.label}{e.state === 'suggested' ? ` · ${t('entity.state.suggested')}` : ''}</small>
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
})
