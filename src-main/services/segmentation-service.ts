// Automatic (re-)segmentation. Corrections are operations (page-editor.ts).
import { eq } from 'drizzle-orm'
import { pages } from '../../db/schema'
import { ServiceError } from '../../src-shared/api/result'
import type { Engines } from './engines'
import { systemChange, type EditorContext } from './page-editor'
import { clearEditedFlag } from './page-rows'
import { withSegmentation } from './proposals'

/**
 * Re-segments pages nobody has edited; a page with human edits is kept unless forced. Entities
 * stay. Each page is one automatic entry in its history (actor system), so it can be undone.
 */
export function resegment(ctx: EditorContext, engines: Engines, pageId: string | undefined, force: boolean) {
  const { project } = ctx
  const rows = project.db
    .select({ id: pages.id, text: pages.text, edited: pages.segmentationEdited })
    .from(pages)
    .where(pageId ? eq(pages.id, pageId) : undefined)
    .all()
  if (pageId && rows.length === 0) throw new ServiceError('not_found', `no page with id ${pageId}`)
  const resegmented: string[] = []
  const skipped: string[] = []
  for (const row of rows) {
    if (row.edited && !force) {
      skipped.push(row.id)
      continue
    }
    const seg = engines.segment(row.text)
    systemChange(ctx, row.id, { op: 'segment', version: engines.segmenterVersion }, (m) => withSegmentation(m, seg), (page) =>
      clearEditedFlag(project, page.id, 'segmentation', engines.segmenterVersion),
    )
    resegmented.push(row.id)
  }
  return { resegmented, skipped }
}
