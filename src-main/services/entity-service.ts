// Entity edits by a person: validated, flat (no overlaps), recorded in the edit log.
import { and, eq } from 'drizzle-orm'
import { entities, labels, pages } from '../../db/schema'
import type { EntityState, EntityView } from '../../src-shared/domain/types'
import { ServiceError } from '../../src-shared/api/result'
import { overlaps } from '../../src-shared/text/ranges'
import type { Project } from '../store/project'
import { editPage } from './edit-log'
import { readArticles, readEntities, requirePage } from './page-state'
import { entityView } from './page-view'

function requireLabel(project: Project, label: string) {
  if (!project.db.select().from(labels).where(eq(labels.name, label)).get())
    throw new ServiceError('invalid_input', `unknown label ${label}: add it to the project first`)
}

function checkRange(text: string, start: number, end: number) {
  if (!(start < end)) throw new ServiceError('invalid_input', `empty or inverted range ${start}-${end}`)
  if (end > text.length) throw new ServiceError('invalid_input', `range ${start}-${end} is outside the page (length ${text.length})`)
  if (/\s/.test(text[start]) || /\s/.test(text[end - 1]))
    throw new ServiceError('invalid_input', `an entity may not start or end with whitespace (${start}-${end})`)
  const code = text.charCodeAt(start)
  const before = text.charCodeAt(end - 1)
  if ((code >= 0xdc00 && code <= 0xdfff) || (before >= 0xd800 && before <= 0xdbff))
    throw new ServiceError('invalid_input', `range ${start}-${end} splits a character outside the BMP`)
}

/**
 * Flat annotation: a range a person draws replaces the suggestions (open or rejected) it
 * overlaps; overlapping an accepted entity is refused.
 */
function clearWay(project: Project, pageId: string, text: string, start: number, end: number, except?: number) {
  for (const e of readEntities(project, pageId)) {
    if (e.id === except || !overlaps(e, { start, end })) continue
    if (e.state !== 'accepted') project.db.delete(entities).where(eq(entities.id, e.id)).run()
    else
      throw new ServiceError(
        'conflict',
        `overlaps ${e.label} “${text.slice(e.start, e.end)}” at ${e.start}-${e.end}; annotation is flat: change that one first`,
      )
  }
}

function requireEntity(project: Project, pageId: string, entityId: number) {
  const e = readEntities(project, pageId).find((x) => x.id === entityId)
  if (!e) throw new ServiceError('not_found', `no entity ${entityId} on page ${pageId}`)
  return e
}

const markEdited = (project: Project, pageId: string) =>
  project.db.update(pages).set({ entitiesEdited: true }).where(eq(pages.id, pageId)).run()

export function addEntity(project: Project, pageId: string, start: number, end: number, label: string): EntityView {
  const { text } = requirePage(project, pageId)
  checkRange(text, start, end)
  requireLabel(project, label)
  return editPage(project, pageId, `add ${label}`, () => {
    clearWay(project, pageId, text, start, end)
    const row = project.db
      .insert(entities)
      .values({ pageId, start, end, label, source: 'human', score: 1, state: 'accepted' })
      .returning()
      .get()
    markEdited(project, pageId)
    return entityView(text, requireEntity(project, pageId, row.id))
  })
}

export function updateEntity(
  project: Project,
  pageId: string,
  entityId: number,
  change: { label?: string; start?: number; end?: number; state?: EntityState },
): EntityView {
  const { text } = requirePage(project, pageId)
  const current = requireEntity(project, pageId, entityId)
  const start = change.start ?? current.start
  const end = change.end ?? current.end
  if (change.start !== undefined) checkRange(text, start, end)
  if (change.label) requireLabel(project, change.label)
  const op = change.label ? `relabel ${change.label}` : change.state ? change.state.replace(/ed$/, '') : 'resize'
  return editPage(project, pageId, op, () => {
    if (change.start !== undefined) clearWay(project, pageId, text, start, end, entityId)
    // A person's edit of a suggestion makes it accepted unless they rejected it.
    const state = change.state ?? 'accepted'
    project.db
      .update(entities)
      .set({ start, end, label: change.label ?? current.label, state })
      .where(and(eq(entities.id, entityId), eq(entities.pageId, pageId)))
      .run()
    markEdited(project, pageId)
    return entityView(text, requireEntity(project, pageId, entityId))
  })
}

export function deleteEntity(project: Project, pageId: string, entityId: number) {
  requireEntity(project, pageId, entityId)
  return editPage(project, pageId, 'delete entity', () => {
    project.db.delete(entities).where(eq(entities.id, entityId)).run()
    markEdited(project, pageId)
    return { deleted: entityId }
  })
}

/** A page's entities, or those inside one article's fragments. */
export function listEntities(project: Project, pageId: string, articleId?: string): EntityView[] {
  const { text } = requirePage(project, pageId)
  let list = readEntities(project, pageId)
  if (articleId) {
    const article = readArticles(project, pageId).find((a) => a.id === articleId)
    if (!article) throw new ServiceError('not_found', `no article ${articleId} on page ${pageId}`)
    list = list.filter((e) => article.fragments.some((f) => f.start <= e.start && e.end <= f.end))
  }
  return list.map((e) => entityView(text, e))
}
