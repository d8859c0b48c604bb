// An article's clean text below its header: body and captions only (title and bylines are
// shown above it), entities highlighted and revealed in the raw text by a click; text selected
// here is tagged with a label's Shift+letter (useTagging).
import { memo, useMemo } from 'react'
import type { EntityView, Fragment } from '../../../src-shared/domain/types'
import { labelClass } from '../app/useLabelStyles'
import { useI18n } from '../i18n'
import { cardTextFragments } from '../lib/cardText'
import { entityRuns } from '../lib/entityRuns'

interface Props {
  raw: string
  /** All the article's fragments (kept by identity while they do not change, so a renumbered card is not redrawn). */
  fragments: readonly Fragment[]
  entities: readonly EntityView[]
  /** A click on an entity (not the end of a drag selecting text). */
  onReveal(e: EntityView): void
}

export const CleanText = memo(function CleanText({ raw, fragments, entities, onReveal }: Props) {
  const { t } = useI18n()
  const runs = useMemo(() => entityRuns(raw, cardTextFragments(fragments), entities), [raw, fragments, entities])
  if (!runs.length) return <p className="article-text is-empty">{t('articles.noText')}</p>
  return (
    <p className="article-text" lang="zh-CN" data-testid="article-text">
      {runs.map((run, i) =>
        run.entity ? (
          <span
            key={i}
            className={`bm-ent bm-ent-${run.entity.state} ${labelClass(run.entity.label)}`}
            data-label={run.entity.label}
            title={`${run.entity.label} · ${t(`entity.state.${run.entity.state}`)} · ${t(`entity.source.${run.entity.source}`)}`}
            onClick={(e) => {
              if (!window.getSelection()?.isCollapsed) return
              e.stopPropagation()
              onReveal(run.entity!)
            }}
          >
            {run.text}
          </span>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </p>
  )
})
