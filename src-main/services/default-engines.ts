import { segmentPage, SEGMENTER_VERSION } from '../segment'
import { createSuggester, type SerializedModel } from '../suggest'
import type { Engines } from './engines'

/** The shipped segmenter and suggester; the suggester uses a project's trained model when it has one. */
export function defaultEngines(model: SerializedModel | null = null): Engines {
  let suggester = createSuggester({ model })
  return {
    segmenterVersion: SEGMENTER_VERSION,
    segment: segmentPage,
    suggest: (raw) => suggester.suggest(raw),
    useModel: (next) => {
      suggester = createSuggester({ model: next })
    },
  }
}
