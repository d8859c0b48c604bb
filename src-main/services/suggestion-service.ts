import { and, eq, ne } from 'drizzle-orm'
import { entities, pages } from '../../db/schema'
import type { ProposedEntity } from '../../src-shared/domain/types'
import type { Project } from '../store/project'
import type { Engines } from './engines'
import { readEntities } from './page-state'

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

/**
 * Stores suggestions for a page, keeping every entity a person touched (accepted, rejected or
 * human-made): a suggestion overlapping one of those is dropped. Returns how many were stored.
 */
export function storeSuggestions(project: Project, pageId: string, text: string, proposed: readonly ProposedEntity[]): number {
  project.db.delete(entities).where(and(eq(entities.pageId, pageId), eq(entities.state, 'suggested'), ne(entities.source, 'human'))).run()
  const kept = readEntities(project, pageId)
  const taken = [...kept]
  let stored = 0
  for (const p of [...proposed].sort((a, b) => a.start - b.start)) {
    if (!(p.start >= 0 && p.end <= text.length && p.start < p.end)) continue
    if (!/\S/.test(text.slice(p.start, p.end))) continue
    if (taken.some((t) => overlaps(t, p))) continue
    project.db.insert(entities).values({ pageId, start: p.start, end: p.end, label: p.label, source: p.source, score: p.score, state: 'suggested' }).run()
    taken.push({ ...p, id: -1, state: 'suggested' })
    stored++
  }
  return stored
}

/** Re-runs the suggester on pages without human entity edits (or all, with force). */
export function resuggest(project: Project, engines: Engines, pageId: string | undefined, force: boolean) {
  const rows = project.db
    .select({ id: pages.id, text: pages.text, edited: pages.entitiesEdited })
    .from(pages)
    .where(pageId ? eq(pages.id, pageId) : undefined)
    .all()
  const suggested: string[] = []
  const skipped: string[] = []
  for (const row of rows) {
    if (row.edited && !force) {
      skipped.push(row.id)
      continue
    }
    const proposed = engines.suggest(row.text)
    project.tx(() => storeSuggestions(project, row.id, row.text, proposed))
    suggested.push(row.id)
  }
  return { suggested, skipped }
}
