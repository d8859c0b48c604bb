import type { ProposedEntity, Segmentation } from '../../src-shared/domain/types'
import type { SerializedModel } from '../suggest'
import type { SegmentModel } from '../segment/learned'

/** The automatic parts of the workbench, injected so services stay testable and swappable. */
export interface Engines {
  segmenterVersion: string
  /** `model`: the project's trained segmentation model, if any (engines without one ignore it). */
  segment(raw: string, model?: SegmentModel | null): Segmentation
  suggest(raw: string): ProposedEntity[]
  /** Switches the suggester to a newly trained model (engines without a model ignore it). */
  useModel?(model: SerializedModel): void
}
