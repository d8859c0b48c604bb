// Splits the clean text of some of an article's fragments into runs, each either plain or
// covered by one entity, by mapping every clean character back to the raw offset it came from.
import type { EntityView, Fragment } from '../../../src-shared/domain/types'
import { cleanText } from '../../../src-shared/text/clean'

export interface TextRun {
  text: string
  entity: EntityView | null
}

/** `entities` sorted by start and disjoint (the page model keeps them so). */
export function entityRuns(raw: string, fragments: readonly Fragment[], entities: readonly EntityView[]): TextRun[] {
  const clean = cleanText(raw, fragments)
  const owner = ownersWithin(fragments, entities)
  const runs: TextRun[] = []
  for (let i = 0; i < clean.text.length; i++) {
    const from = clean.toRaw[i]
    // Characters the cleaner inserted (e.g. fragment separators) consume no raw text.
    const entity = clean.toRaw[i + 1] > from ? (owner.get(from) ?? null) : null
    const last = runs[runs.length - 1]
    if (last && last.entity === entity) last.text += clean.text[i]
    else runs.push({ text: clean.text[i], entity })
  }
  return runs
}

/** For each raw offset inside the fragments, the entity drawn there (rejected ones are not drawn). */
function ownersWithin(fragments: readonly Fragment[], entities: readonly EntityView[]): Map<number, EntityView> {
  const owner = new Map<number, EntityView>()
  for (const f of fragments) {
    for (let k = firstEndingAfter(entities, f.start); k < entities.length && entities[k].start < f.end; k++) {
      const e = entities[k]
      if (e.state === 'rejected') continue
      for (let i = Math.max(e.start, f.start); i < Math.min(e.end, f.end); i++) owner.set(i, e)
    }
  }
  return owner
}

/** The first entity whose end is after `offset` (binary search). */
function firstEndingAfter(entities: readonly EntityView[], offset: number): number {
  let lo = 0
  let hi = entities.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (entities[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
