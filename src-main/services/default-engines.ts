import { segmentPage, SEGMENTER_VERSION } from '../segment'
import type { Engines } from './engines'

export function defaultEngines(): Engines {
  return { segmenterVersion: SEGMENTER_VERSION, segment: segmentPage, suggest: () => [] }
}
