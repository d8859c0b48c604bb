// Running the engines again over pages (re-segmenting, re-suggesting): each page nobody edited in
// that respect (or every page, forced) gets its proposal as one automatic history entry in its own
// short transaction; a cancelled job stops before the next page.
import { ServiceError } from '../../src-shared/api/result'
import type { PageModel } from '../../src-shared/model/types'
import { untracked, type Job } from './jobs'
import { systemChange, type EditorContext } from './page-editor'
import type { PageRow } from './page-rows'
import type { Proposal, Proposer } from './proposer'
import type { ProposeTask } from './propose-worker'

export interface Repropose {
  task: ProposeTask
  /** The pages column saying a person edited what this re-run would replace. */
  editedColumn: 'segmentation_edited' | 'entities_edited'
  op: { op: string; [k: string]: unknown }
  build(m: PageModel, proposal: Proposal): PageModel
  after?(page: PageRow): void
}

export async function repropose(ctx: EditorContext, proposer: Proposer, r: Repropose, pageId: string | undefined, force: boolean, job: Job = untracked) {
  const { project } = ctx
  const rows = (pageId
    ? project.statement(`select id, ${r.editedColumn} as edited from pages where id = ?`).all(pageId)
    : project.statement(`select id, ${r.editedColumn} as edited from pages order by source, id`).all()) as { id: string; edited: number }[]
  if (pageId && rows.length === 0) throw new ServiceError('not_found', `no page with id ${pageId}`)
  const done: string[] = []
  const skipped: string[] = []
  for (const [i, row] of rows.entries()) {
    if (job.cancelled) break
    if (row.edited && !force) skipped.push(row.id)
    else {
      const text = (project.statement('select text from pages where id = ?').get(row.id) as { text: string }).text
      const proposal = await proposer.propose(text, [r.task])
      systemChange(ctx, row.id, r.op, (m) => r.build(m, proposal), r.after)
      done.push(row.id)
    }
    job.progress(i + 1, rows.length)
  }
  return { done, skipped }
}
