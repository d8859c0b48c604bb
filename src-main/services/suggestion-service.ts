// Automatic entity suggestions. A person's entity edits are operations (page-editor.ts).
import type { Job } from './jobs'
import type { EditorContext } from './page-editor'
import type { Proposer } from './proposer'
import { withSuggestions } from './proposals'
import { repropose } from './repropose'

/** Re-runs the suggester on pages without human entity edits (all, with force); one automatic entry per page. */
export async function resuggest(ctx: EditorContext, proposer: Proposer, pageId: string | undefined, force: boolean, job?: Job) {
  const { done, skipped } = await repropose(
    ctx,
    proposer,
    { task: 'suggest', editedColumn: 'entities_edited', op: { op: 'suggest' }, build: (m, p) => withSuggestions(m, p.suggestions!) },
    pageId,
    force,
    job,
  )
  return { suggested: done, skipped }
}
