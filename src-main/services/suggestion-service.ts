// Automatic entity suggestions. A person's entity edits are operations (page-editor.ts).
import { eq } from 'drizzle-orm'
import { pages } from '../../db/schema'
import { ServiceError } from '../../src-shared/api/result'
import type { Engines } from './engines'
import { systemChange, type EditorContext } from './page-editor'
import { withSuggestions } from './proposals'

/** Re-runs the suggester on pages without human entity edits (or all, with force); one automatic entry per page. */
export function resuggest(ctx: EditorContext, engines: Engines, pageId: string | undefined, force: boolean) {
  const rows = ctx.project.db
    .select({ id: pages.id, text: pages.text, edited: pages.entitiesEdited })
    .from(pages)
    .where(pageId ? eq(pages.id, pageId) : undefined)
    .all()
  if (pageId && rows.length === 0) throw new ServiceError('not_found', `no page with id ${pageId}`)
  const suggested: string[] = []
  const skipped: string[] = []
  for (const row of rows) {
    if (row.edited && !force) {
      skipped.push(row.id)
      continue
    }
    const proposed = engines.suggest(row.text)
    systemChange(ctx, row.id, { op: 'suggest' }, (m) => withSuggestions(m, proposed))
    suggested.push(row.id)
  }
  return { suggested, skipped }
}
