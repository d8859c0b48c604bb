// Automatic (re-)segmentation. Corrections are operations (page-editor.ts).
import type { Job } from './jobs'
import type { EditorContext } from './page-editor'
import { setSegmenterVersion } from './page-rows'
import type { Proposer } from './proposer'
import { rememberedNoise } from './line-memory'
import { withRememberedNoise, withSegmentation } from './proposals'
import { repropose } from './repropose'

/** Re-segments pages nobody has edited (all, with force); entities stay; each page is one undoable automatic entry. */
export async function resegment(ctx: EditorContext, proposer: Proposer, pageId: string | undefined, force: boolean, job?: Job) {
  const { project } = ctx
  const { done, skipped } = await repropose(
    ctx,
    proposer,
    {
      task: 'segment',
      editedColumn: 'segmentation_edited',
      op: { op: 'segment', version: proposer.segmenterVersion },
      build: (m, p) => withRememberedNoise(withSegmentation(m, p.segmentation!), rememberedNoise(project, m.text)),
      after: (page) => setSegmenterVersion(project, page.id, proposer.segmenterVersion),
    },
    pageId,
    force,
    job,
  )
  return { resegmented: done, skipped }
}
