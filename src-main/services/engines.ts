import type { ProposedEntity, Segmentation } from '../../src-shared/domain/types'
import type { SerializedModel } from '../suggest'

/** The automatic parts of the workbench, injected so services stay testable and swappable. */
export interface Engines {
  segmenterVersion: string
  segment(raw: string): Segmentation
  suggest(raw: string): ProposedEntity[]
  /** Switches the suggester to a newly trained model (engines without a model ignore it). */
  useModel?(model: SerializedModel): void
}
