// The project's page list (one page in full is page-editor.ts's pageDetail), read in windows so
// an archive of any size answers in the time of one window: the order and the filters run on
// the pages_source / pages_status indexes, the counts only for the pages of the window.
import { sql, type SQL } from 'drizzle-orm'
import type { PageStatus, PageSummary } from '../../src-shared/domain/types'
import type { Project } from '../store/project'

export interface PageListQuery {
  status?: PageStatus
  search?: string
  offset?: number
  limit?: number
  locate?: string
}

export interface PageWindow {
  total: number
  offset: number
  pages: PageSummary[]
  located?: number | null
}

const DEFAULT_LIMIT = 100

export function listPages(project: Project, q: PageListQuery = {}): PageWindow {
  const parts = filterOf(q)
  const filter = where(parts)
  const offset = q.offset ?? 0
  const rows = project.db.all<Omit<PageSummary, 'humanEdited'> & { edited: number }>(sql`
    with w as (select id from pages ${filter} order by source, id limit ${q.limit ?? DEFAULT_LIMIT} offset ${offset})
    select p.id, p.source, p.status, length(p.text) as chars,
      p.article_count as articleCount, p.entity_count as entityCount,
      (p.segmentation_edited or p.entities_edited) as edited
    from w join pages p on p.id = w.id
    order by p.source, p.id`)
  const total = project.db.get<{ n: number }>(sql`select count(*) as n from pages ${filter}`)?.n ?? 0
  const window: PageWindow = { total, offset, pages: rows.map(({ edited, ...r }) => ({ ...r, humanEdited: edited === 1 })) }
  if (q.locate !== undefined) window.located = locate(project, parts, q.locate)
  return window
}

/** Where a page is in the filtered order: how many listed pages come before it. */
function locate(project: Project, parts: SQL[], pageId: string): number | null {
  const page = project.db.get<{ source: string; id: string }>(sql`select source, id from pages ${where([...parts, sql`id = ${pageId}`])}`)
  if (!page) return null
  return project.db.get<{ n: number }>(sql`select count(*) as n from pages ${where([...parts, sql`(source, id) < (${page.source}, ${page.id})`])}`)?.n ?? null
}

function filterOf(q: PageListQuery): SQL[] {
  const parts: SQL[] = []
  if (q.status) parts.push(sql`status = ${q.status}`)
  if (q.search?.trim()) parts.push(sql`source like ${`%${q.search.trim().replace(/[\\%_]/g, '\\$&')}%`} escape '\\'`)
  return parts
}

const where = (parts: SQL[]) => (parts.length ? sql`where ${sql.join(parts, sql` and `)}` : sql``)
