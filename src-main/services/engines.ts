import type { ProposedEntity, Segmentation } from '../../src-shared/domain/types'

/** The automatic parts of the workbench, injected so services stay testable and swappable. */
export interface Engines {
  segmenterVersion: string
  segment(raw: string): Segmentation
  suggest(raw: string): ProposedEntity[]
}
