// The project's page list (one page in full is page-editor.ts's pageDetail).
import { sql } from 'drizzle-orm'
import { pages } from '../../db/schema'
import type { PageStatus, PageSummary } from '../../src-shared/domain/types'
import type { Project } from '../store/project'

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
