// A card's entities counted per label (rejected ones not counted), each in its label's colour.
import type { EntityView, RawRange } from '../../../src-shared/domain/types'
import { labelClass } from '../app/useLabelStyles'
import { useI18n } from '../i18n'

export function EntityCounts({ fragments, entities }: { fragments: readonly RawRange[]; entities: readonly EntityView[] }) {
  const { t } = useI18n()
  const counts = new Map<string, number>()
  for (const e of entities) {
    if (e.state === 'rejected' || !fragments.some((f) => f.start <= e.start && e.start < f.end)) continue
    counts.set(e.label, (counts.get(e.label) ?? 0) + 1)
  }
  if (!counts.size) return null
  return (
    <ul className="entity-counts" aria-label={t('articles.entityCounts')} data-testid="entity-counts">
      {[...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, n]) => (
        <li key={label} className={`entity-count ${labelClass(label)}`} data-label={label} data-testid="entity-count">
          {t('articles.entityCount', { label, n })}
        </li>
      ))}
    </ul>
  )
}
