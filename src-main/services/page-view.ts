import { eq, sql } from 'drizzle-orm'
import { pages } from '../../db/schema'
import type { ArticleView, EntityView, PageDetail, PageStatus, PageSummary } from '../../src-shared/domain/types'
import { cleanText } from '../../src-shared/text/clean'
import type { Project } from '../store/project'
import { editPage } from './edit-log'
import { readArticles, readEntities, readNoise, requirePage, type StoredArticle, type StoredEntity } from './page-state'

export const entityView = (text: string, e: StoredEntity): EntityView => ({ ...e, text: text.slice(e.start, e.end) })

export const articleView = (text: string, a: StoredArticle): ArticleView => ({
  id: a.id,
  ordinal: a.ordinal,
  kind: a.kind,
  title: a.title,
  bylines: a.bylines,
  dateline: a.dateline,
  fragments: a.fragments,
  text: cleanText(text, a.fragments).text,
  why: a.why,
})

export function pageDetail(project: Project, pageId: string): PageDetail {
  const page = requirePage(project, pageId)
  return {
    id: page.id,
    source: page.source,
    sha256: page.sha256,
    text: page.text,
    status: page.status as PageStatus,
    humanEdited: page.segmentationEdited || page.entitiesEdited,
    articles: readArticles(project, pageId).map((a) => articleView(page.text, a)),
    noise: readNoise(project, pageId),
    entities: readEntities(project, pageId).map((e) => entityView(page.text, e)),
  }
}

export function listPages(project: Project, status?: PageStatus, pageId?: string): PageSummary[] {
  const where = [status ? sql`p.status = ${status}` : undefined, pageId ? sql`p.id = ${pageId}` : undefined].filter(Boolean)
  const rows = project.db.all<{
    id: string
    source: string
    status: PageStatus
    chars: number
    articleCount: number
    entityCount: number
    edited: number
  }>(sql`
    select p.id, p.source, p.status, length(p.text) as chars,
      (select count(*) from articles a where a.page_id = p.id) as articleCount,
      (select count(*) from entities e where e.page_id = p.id and e.state != 'rejected') as entityCount,
      (p.segmentation_edited or p.entities_edited) as edited
    from ${pages} p ${where.length ? sql`where ${sql.join(where as never[], sql` and `)}` : sql``}
    order by p.source, p.id`)
  return rows.map(({ edited, ...r }) => ({ ...r, humanEdited: edited === 1 }))
}

export function setPageStatus(project: Project, pageId: string, status: PageStatus): PageSummary {
  requirePage(project, pageId)
  editPage(project, pageId, `status ${status}`, () => project.db.update(pages).set({ status }).where(eq(pages.id, pageId)).run())
  return listPages(project, undefined, pageId)[0]
}
