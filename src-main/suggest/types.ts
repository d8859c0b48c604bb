// Internal span type shared by the layers: offsets into the normalised page view.
import type { EntitySource } from '../../src-shared/domain/types'

export type EntityLabel = 'PER' | 'LOC' | 'ORG'
export const LABELS: readonly EntityLabel[] = ['PER', 'LOC', 'ORG']

export interface Span {
  start: number
  end: number
  label: EntityLabel
  source: Extract<EntitySource, 'dictionary' | 'rule' | 'model'>
  score: number
}
