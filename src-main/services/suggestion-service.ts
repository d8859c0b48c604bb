// Automatic entity suggestions. A person's entity edits are operations (page-editor.ts).
import { eq } from 'drizzle-orm'
import { pages } from '../../db/schema'
import { ServiceError } from '../../src-shared/api/result'
import { untracked, type Job } from './jobs'
import { systemChange, type EditorContext } from './page-editor'
import type { Proposer } from './proposer'
import { withSuggestions } from './proposals'

/** Re-runs the suggester on pages without human entity edits (or all, with force); one automatic entry per page. */
export async function resuggest(ctx: EditorContext, proposer: Proposer, pageId: string | undefined, force: boolean, job: Job = untracked) {
  const rows = ctx.project.db
    .select({ id: pages.id, edited: pages.entitiesEdited })
    .from(pages)
    .where(pageId ? eq(pages.id, pageId) : undefined)
    .all()
  if (pageId && rows.length === 0) throw new ServiceError('not_found', `no page with id ${pageId}`)
  const suggested: string[] = []
  const skipped: string[] = []
  for (const [i, row] of rows.entries()) {
    if (job.cancelled) break
    if (row.edited && !force) skipped.push(row.id)
    else {
      const text = (ctx.project.statement('select text from pages where id = ?').get(row.id) as { text: string }).text
      const { suggestions } = await proposer.propose(text, ['suggest'])
      systemChange(ctx, row.id, { op: 'suggest' }, (m) => withSuggestions(m, suggestions!))
      suggested.push(row.id)
    }
    job.progress(i + 1, rows.length)
  }
  return { suggested, skipped }
}
