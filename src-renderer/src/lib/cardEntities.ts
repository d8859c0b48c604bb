// Each card's own entities (those overlapping its spans, in raw order), kept by identity while
// they do not change: an edit that touches one entity redraws only the cards it concerns.
import type { ArticleView, EntityView } from '../../../src-shared/domain/types'

const sameEntity = (a: EntityView, b: EntityView) => a.start === b.start && a.end === b.end && a.label === b.label && a.state === b.state && a.score === b.score && a.source === b.source

const sameList = (a: readonly EntityView[], b: readonly EntityView[]) => a.length === b.length && a.every((e, i) => sameEntity(e, b[i]))

const NONE: EntityView[] = []

/** `entities` sorted by start (the page keeps them so); `previous` is the last answer, reused where equal. */
export function entitiesByCard(articles: readonly ArticleView[], entities: readonly EntityView[], previous: ReadonlyMap<string, EntityView[]>): Map<string, EntityView[]> {
  const out = new Map<string, EntityView[]>()
  for (const a of articles) {
    const mine = entities.filter((e) => a.fragments.some((f) => e.start < f.end && f.start < e.end))
    const before = previous.get(a.id)
    out.set(a.id, mine.length === 0 ? NONE : before && sameList(before, mine) ? before : mine)
  }
  return out
}
