// Automatic (re-)segmentation. Corrections are operations (page-editor.ts).
import { eq } from 'drizzle-orm'
import { pages } from '../../db/schema'
import { ServiceError } from '../../src-shared/api/result'
import { untracked, type Job } from './jobs'
import { systemChange, type EditorContext } from './page-editor'
import { setSegmenterVersion } from './page-rows'
import type { Proposer } from './proposer'
import { rememberedNoise } from './line-memory'
import { withRememberedNoise, withSegmentation } from './proposals'

/**
 * Re-segments pages nobody has edited; a page with human edits is kept unless forced. Entities
 * stay. Each page is one automatic entry in its history (actor system), so it can be undone,
 * and its own short transaction; a cancelled job stops before the next page.
 */
export async function resegment(ctx: EditorContext, proposer: Proposer, pageId: string | undefined, force: boolean, job: Job = untracked) {
  const { project } = ctx
  const rows = project.db
    .select({ id: pages.id, edited: pages.segmentationEdited })
    .from(pages)
    .where(pageId ? eq(pages.id, pageId) : undefined)
    .all()
  if (pageId && rows.length === 0) throw new ServiceError('not_found', `no page with id ${pageId}`)
  const resegmented: string[] = []
  const skipped: string[] = []
  for (const [i, row] of rows.entries()) {
    if (job.cancelled) break
    if (row.edited && !force) skipped.push(row.id)
    else {
      const text = (project.statement('select text from pages where id = ?').get(row.id) as { text: string }).text
      const { segmentation } = await proposer.propose(text, ['segment'])
      systemChange(ctx, row.id, { op: 'segment', version: proposer.segmenterVersion }, (m) => withRememberedNoise(withSegmentation(m, segmentation!), rememberedNoise(project, m.text)), (page) =>
        setSegmenterVersion(project, page.id, proposer.segmenterVersion),
      )
      resegmented.push(row.id)
    }
    job.progress(i + 1, rows.length)
  }
  return { resegmented, skipped }
}
