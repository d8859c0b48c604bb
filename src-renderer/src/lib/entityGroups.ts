// The page's entities in groups kept by identity while they do not change: per card (those
// overlapping its spans) and per stretch of the raw text (for its decorations), so an edit that
// touches one entity redraws only the card and the stretch it concerns.
import type { ArticleView, EntityView } from '../../../src-shared/domain/types'

const sameEntity = (a: EntityView, b: EntityView) => a.start === b.start && a.end === b.end && a.label === b.label && a.state === b.state && a.score === b.score && a.source === b.source

const sameList = (a: readonly EntityView[], b: readonly EntityView[]) => a.length === b.length && a.every((e, i) => sameEntity(e, b[i]))

const NONE: EntityView[] = []

/** `next` with each group that equals the one in `previous` replaced by that one. */
function reuseEqual<K>(next: Map<K, EntityView[]>, previous: ReadonlyMap<K, EntityView[]>): Map<K, EntityView[]> {
  for (const [k, list] of next) {
    const before = previous.get(k)
    next.set(k, list.length === 0 ? NONE : before && sameList(before, list) ? before : list)
  }
  return next
}

/** `entities` sorted by start (the page keeps them so); `previous` is the last answer, reused where equal. */
export function entitiesByCard(articles: readonly ArticleView[], entities: readonly EntityView[], previous: ReadonlyMap<string, EntityView[]>): Map<string, EntityView[]> {
  const out = new Map<string, EntityView[]>()
  for (const a of articles) out.set(a.id, entities.filter((e) => a.fragments.some((f) => e.start < f.end && f.start < e.end)))
  return reuseEqual(out, previous)
}

/** Raw text per decoration group of entities. */
export const STRETCH = 2048

/** Entities by the stretch of raw text their start falls in. */
export function entitiesByStretch(entities: readonly EntityView[], previous: ReadonlyMap<number, EntityView[]>): Map<number, EntityView[]> {
  const out = new Map<number, EntityView[]>()
  for (const e of entities) {
    const k = Math.floor(e.start / STRETCH)
    const list = out.get(k)
    if (list) list.push(e)
    else out.set(k, [e])
  }
  return reuseEqual(out, previous)
}
